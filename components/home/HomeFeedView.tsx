import { ArticleCard } from "@/components/cards/ArticleCard";
import { CardRow } from "@/components/cards/CardRow";
import { LeadStory } from "@/components/cards/LeadStory";
import { Pagination } from "@/components/ui/Pagination";
import type { HomeFeed } from "@/lib/home";
import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

export function HomeFeedView({ feed }: { feed: HomeFeed }) {
  const { lead, latest, rubriqueBlocks } = feed;
  return (
    <>
      {lead ? <LeadStory article={lead} /> : null}
      <section aria-labelledby="dernieres" className="pt-8">
        <h2 id="dernieres" className="mb-6 border-b-2 border-ink pb-1 text-sm font-bold tracking-wider uppercase">
          {t.latest}
        </h2>
        {latest.items.length === 0 ? <p>{t.noArticles}</p> : null}
        <ol className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {latest.items.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ol>
        <Pagination page={latest.page} totalPages={latest.totalPages} hrefFor={paths.home} />
      </section>
      {rubriqueBlocks.map(({ rubrique, articles }) => (
        <section key={rubrique.id} aria-labelledby={`bloc-${rubrique.id}`} className="pt-12">
          <h2 id={`bloc-${rubrique.id}`} className="mb-6 flex items-baseline justify-between border-b-2 border-ink pb-1">
            <span className="font-serif text-2xl font-bold">{rubrique.name}</span>
            <a href={rubrique.url} className="text-sm font-semibold text-accent hover:underline">
              {t.seeAllRubrique(rubrique.name)}
            </a>
          </h2>
          <CardRow articles={articles} />
        </section>
      ))}
    </>
  );
}
