import type { Article } from "@/lib/content";
import type { MostRead as MostReadLists } from "@/lib/audience";
import { t } from "@/lib/strings";

/**
 * « Les plus lus », over 24 hours and 7 days (the latter from medium screens
 * on: the home stays short on a phone). Nothing at all without figures.
 */
export function MostRead({ mostRead, className = "" }: { mostRead: MostReadLists | null; className?: string }) {
  if (!mostRead) return null;
  return (
    <section aria-labelledby="les-plus-lus" className={`border-t-2 border-ink pt-4 print:hidden ${className}`}>
      <h2 id="les-plus-lus" className="font-serif text-2xl font-bold">
        {t.mostRead}
      </h2>
      <div className="mt-4 grid gap-x-8 gap-y-6 md:grid-cols-2">
        <RankedList title={t.mostReadDay} articles={mostRead.day} />
        <RankedList title={t.mostReadWeek} articles={mostRead.week} className="max-md:hidden" />
      </div>
    </section>
  );
}

function RankedList({ title, articles, className = "" }: { title: string; articles: Article[]; className?: string }) {
  if (articles.length === 0) return null;
  return (
    <div className={className}>
      <h3 className="text-sm font-bold tracking-wider text-accent uppercase">{title}</h3>
      <ol className="mt-2 list-inside list-decimal divide-y divide-rule font-serif text-lg font-bold marker:text-accent">
        {articles.map((article) => (
          <li key={article.slug} className="py-2 leading-snug">
            <a href={article.url} className="hover:underline">
              {article.title}
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}
