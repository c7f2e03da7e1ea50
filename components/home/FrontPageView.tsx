import { MostRead } from "@/components/audience/MostRead";
import { ArticleCard } from "@/components/cards/ArticleCard";
import { LeadStory } from "@/components/cards/LeadStory";
import type { MostRead as MostReadLists } from "@/lib/audience";
import type { FrontPage } from "@/lib/front-page";
import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

import { LiveBand } from "./LiveBand";
import { RubriqueBlock } from "./RubriqueBlock";
import { WireStrip } from "./WireStrip";

/**
 * The home page: live coverages going on, « À la une » (the lead, then the secondary stories) beside
 * « En continu », « Les plus lus », then one block per rubrique, closed by a link to every story.
 */
export function FrontPageView({ front, mostRead }: { front: FrontPage; mostRead: MostReadLists | null }) {
  const { live, lead, secondary, wire, rubriqueBlocks } = front;
  if (!lead && live.length === 0) return <p>{t.noArticles}</p>;
  return (
    <>
      {live.length > 0 ? <LiveBand articles={live} /> : null}
      {lead ? (
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
      ) : null}
      <MostRead mostRead={mostRead} className="mt-12" />
      {rubriqueBlocks.length > 0 ? (
        <div className="mt-12 grid gap-x-8 gap-y-12 md:grid-cols-2 lg:grid-cols-3">
          {rubriqueBlocks.map((block) => (
            <RubriqueBlock key={block.rubrique.id} block={block} />
          ))}
        </div>
      ) : null}
      <p className="mt-12 border-t-2 border-ink pt-4 text-center">
        <a href={paths.wire()} className="inline-flex min-h-11 items-center font-serif text-xl font-bold text-accent underline">
          {t.allNews}
        </a>
      </p>
    </>
  );
}
