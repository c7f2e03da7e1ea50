import { Headline } from "@/components/cards/Headline";
import { RubriqueKicker } from "@/components/cards/RubriqueKicker";
import { DateTime } from "@/components/ui/DateTime";
import type { Article } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

/** Items shown on narrow screens, where the strip is not a column beside the lead but a stretch of the page. */
const MOBILE_ITEMS = 5;

/** « En continu »: the newest stories with their time, leading to the whole wire. */
export function WireStrip({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="en-continu" className="border-t-2 border-ink pt-2 lg:border-t-0 lg:border-l lg:border-rule lg:pt-0 lg:pl-6">
      <h2 id="en-continu" className="flex items-center gap-2 text-sm font-bold tracking-wider text-accent uppercase">
        <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-accent" />
        {t.liveStrip}
      </h2>
      <ol className="mt-2 divide-y divide-rule">
        {articles.map((article, i) => (
          <li key={article.slug} className={`grid grid-cols-[3.75rem_1fr] gap-x-3 py-2.5 ${i >= MOBILE_ITEMS ? "max-lg:hidden" : ""}`}>
            <span className="pt-0.5 text-sm font-semibold tabular-nums">
              <DateTime date={article.publishedAt} style="stamp" />
            </span>
            <div>
              <Headline article={article} />
              <RubriqueKicker rubrique={article.rubrique} />
            </div>
          </li>
        ))}
      </ol>
      <p className="border-t border-rule pt-2">
        <a href={paths.wire()} className="inline-flex min-h-11 items-center text-sm font-semibold text-accent underline">
          {t.liveStripAll}
        </a>
      </p>
    </section>
  );
}
