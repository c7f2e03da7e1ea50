import { ArticleCard } from "@/components/cards/ArticleCard";
import { Headline } from "@/components/cards/Headline";
import type { RubriqueBlock as Block } from "@/lib/front-page";
import { t } from "@/lib/strings";

/** Headlines under the small lead on a phone, where the blocks follow one another. */
const MOBILE_HEADLINES = 2;

/** A rubrique on the home page: its small lead, then a few headlines. */
export function RubriqueBlock({ block: { rubrique, lead, headlines } }: { block: Block }) {
  return (
    <section aria-labelledby={`bloc-${rubrique.id}`} className="flex flex-col">
      <h2 id={`bloc-${rubrique.id}`} className="mb-4 border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
        <a href={rubrique.url} className="hover:underline">
          {rubrique.name}
        </a>
      </h2>
      <ArticleCard article={lead} withRubrique={false} />
      {headlines.length > 0 ? (
        <ul className="mt-3 divide-y divide-rule border-t border-rule">
          {headlines.map((article, i) => (
            <li key={article.slug} className={`py-2.5 ${i >= MOBILE_HEADLINES ? "max-sm:hidden" : ""}`}>
              <Headline article={article} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-auto pt-2">
        <a href={rubrique.url} className="inline-flex min-h-11 items-center text-sm font-semibold text-accent underline">
          {t.seeAllRubrique(rubrique.name)}
        </a>
      </p>
    </section>
  );
}
