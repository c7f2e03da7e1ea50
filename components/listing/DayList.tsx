import { StatusBadge } from "@/components/article/StatusBadge";
import { RubriqueKicker } from "@/components/cards/RubriqueKicker";
import { LiveMark } from "@/components/live/LiveMark";
import { DateTime } from "@/components/ui/DateTime";
import type { DayGroup } from "@/lib/calendar";
import { formatDayHeading } from "@/lib/dates";

/** Articles under French day headings ("Samedi 15 mars 2025"), each with its time. */
export function DayList({ days }: { days: DayGroup[] }) {
  return (
    <div className="mt-6 space-y-10">
      {days.map(({ day, articles }) => (
        <section key={day} aria-labelledby={`jour-${day}`}>
          <h2 id={`jour-${day}`} className="border-b border-rule pb-1 font-serif text-2xl font-bold">
            {formatDayHeading(articles[0]!.publishedAt)}
          </h2>
          <ol className="mt-2 divide-y divide-rule">
            {articles.map((article) => (
              <li key={article.slug} className="grid grid-cols-[4.5rem_1fr] gap-x-4 py-3">
                <span className="pt-0.5 text-sm font-semibold tabular-nums">
                  <DateTime date={article.publishedAt} style="time" />
                </span>
                <div>
                  <p className="flex flex-wrap items-center gap-2">
                    <StatusBadge article={article} />
                    <LiveMark article={article} />
                    <RubriqueKicker rubrique={article.rubrique} />
                  </p>
                  <h3 className="mt-1 font-serif text-lg leading-snug font-bold">
                    <a href={article.url} className="hover:underline">
                      {article.title}
                    </a>
                  </h3>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
