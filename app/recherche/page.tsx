import type { Metadata } from "next";

import { ArticleGrid } from "@/components/listing/ArticleGrid";
import { RubriqueLinks } from "@/components/layout/RubriqueLinks";
import { SearchForm } from "@/components/layout/SearchForm";
import { SearchResultList } from "@/components/search/SearchResultList";
import { Pagination } from "@/components/ui/Pagination";
import { getArticles, getRubriques, type Article } from "@/lib/content";
import { parsePageNumber } from "@/lib/pagination";
import { paths } from "@/lib/routes/paths";
import { getSearchIndex, search, type SearchResults } from "@/lib/search";
import { searchMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

export const metadata: Metadata = searchMetadata();

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<Record<string, Param>> };

function firstValue(value: Param): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A `page` that is not a number or past the last page gives the first page. */
async function resultsFor(articles: Article[], q: Param, rawPage: string | undefined): Promise<SearchResults> {
  const index = await getSearchIndex(articles);
  const requested = parsePageNumber(rawPage) ?? 1;
  const found = await search(index, q, { page: requested, pageSize: site.pageSize });
  return requested > found.totalPages ? search(index, q, { page: 1, pageSize: site.pageSize }) : found;
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const articles = await getArticles();
  const results = await resultsFor(articles, params.q, firstValue(params.page));
  const hrefFor = (n: number) => paths.search(results.query, n);

  return (
    <>
      <h1 className="font-serif text-4xl font-bold">{t.searchTitle}</h1>
      <SearchForm id="recherche-page" label={t.searchRefine} defaultValue={results.query} className="mt-4 flex max-w-2xl gap-2" />
      {results.query === "" ? (
        <section aria-labelledby="dernieres" className="mt-8">
          <h2 id="dernieres" className="text-ink-muted">
            {t.searchEmpty}
          </h2>
          <ArticleGrid articles={articles.slice(0, site.pageSize)} />
        </section>
      ) : results.total === 0 ? (
        <section aria-labelledby="aucun-resultat" className="mt-8">
          <h2 id="aucun-resultat" className="font-serif text-2xl font-bold">
            {t.searchNoResults(results.query)}
          </h2>
          <p className="mt-2">{t.searchSuggestions}</p>
          <RubriqueLinks
            rubriques={await getRubriques()}
            className="mt-3 flex flex-wrap gap-x-5 gap-y-2"
            linkClassName="text-accent underline"
          />
        </section>
      ) : (
        <section aria-labelledby="resultats" className="mt-8">
          <p id="resultats" role="status" className="font-semibold">
            {t.searchResults(results.total, results.query)}
          </p>
          <SearchResultList results={results.results} start={(results.page - 1) * site.pageSize + 1} />
          <Pagination page={results.page} totalPages={results.totalPages} hrefFor={hrefFor} />
        </section>
      )}
    </>
  );
}
