import { ArticleCard } from "@/components/cards/ArticleCard";
import { LeadStory } from "@/components/cards/LeadStory";
import type { FrontPage } from "@/lib/front-page";
import { t } from "@/lib/strings";

import { RubriqueBlock } from "./RubriqueBlock";
import { WireStrip } from "./WireStrip";

/**
 * The home page: « À la une » (the lead, then the secondary stories) beside
 * « En continu », then one block per rubrique, closed by a link to every story.
 */
export function FrontPageView({ front }: { front: FrontPage }) {
  const { lead, secondary, wire, rubriqueBlocks } = front;
  if (!lead) return <p>{t.noArticles}</p>;
  return (
    <>
      <div className="grid gap-8 lg:grid-cols-12">
        <section aria-labelledby="a-la-une" className="lg:col-span-8">
          <h2 id="a-la-une" className="sr-only">
            {t.leadStory}
          </h2>
          <LeadStory article={lead} />
          {secondary.length > 0 ? (
            <ul className="mt-8 grid gap-x-6 gap-y-5 border-t border-rule pt-6 sm:grid-cols-2">
              {secondary.map((article) => (
                <li key={article.slug}>
                  <ArticleCard article={article} />
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <div className="lg:col-span-4">
          <WireStrip articles={wire} />
        </div>
      </div>
      {/* Live coverage and alerts (newsroom formats) and « Les plus lus » (audience) take their place here. */}
      {rubriqueBlocks.length > 0 ? (
        <div className="mt-12 grid gap-x-8 gap-y-12 md:grid-cols-2 lg:grid-cols-3">
          {rubriqueBlocks.map((block) => (
            <RubriqueBlock key={block.rubrique.id} block={block} />
          ))}
        </div>
      ) : null}
      <p className="mt-12 border-t-2 border-ink pt-4 text-center">
        <a href="/fil-info" className="inline-flex min-h-11 items-center font-serif text-xl font-bold text-accent underline">
          {t.allNews}
        </a>
      </p>
    </>
  );
}
