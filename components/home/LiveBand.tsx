import { LiveBadge } from "@/components/live/LiveBadge";
import { DateTime } from "@/components/ui/DateTime";
import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

/** The live coverages going on, above the lead of the home page: badge, time of the last update, headline, chapô (not on phones). */
export function LiveBand({ articles }: { articles: Article[] }) {
  return (
    <section aria-labelledby="en-direct" className="mb-8 border-y-2 border-accent py-4">
      <h2 id="en-direct" className="sr-only">
        {t.live}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {articles.map((article) => (
          <li key={article.slug} className="flex flex-col gap-2">
            <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
              <LiveBadge />
              {article.live?.lastUpdateAt ? <DateTime date={article.live.lastUpdateAt} style="time" /> : null}
            </p>
            <h3 className="font-serif text-2xl leading-tight font-bold">
              <a href={article.url} className="hover:underline">
                {article.title}
              </a>
            </h3>
            <p className="font-serif leading-relaxed max-sm:hidden">{article.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
