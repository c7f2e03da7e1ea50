import { Pagination } from "@/components/ui/Pagination";
import type { Article, Rubrique } from "@/lib/content";
import { t } from "@/lib/strings";

import { ArticleGrid } from "./ArticleGrid";

export function RubriqueView({ rubrique, items, page, totalPages }: {
  rubrique: Rubrique;
  items: Article[];
  page: number;
  totalPages: number;
}) {
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">
          {rubrique.name}
          {page > 1 ? <span className="text-ink-muted"> — {t.pageOf(page, totalPages)}</span> : null}
        </h1>
        <p className="mt-2 text-ink-muted">{rubrique.description}</p>
      </header>
      <ArticleGrid articles={items} withRubrique={false} />
      <Pagination page={page} totalPages={totalPages} hrefFor={(n) => (n === 1 ? rubrique.url : `${rubrique.url}/page/${n}`)} />
    </>
  );
}
