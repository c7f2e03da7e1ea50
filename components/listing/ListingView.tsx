import { Pagination } from "@/components/ui/Pagination";
import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

import { ArticleGrid } from "./ArticleGrid";

/** A paginated list of articles under a heading: rubrique, tag, author. */
export function ListingView({
  title,
  description,
  header,
  hrefFor,
  items,
  page,
  totalPages,
  withRubrique = true,
}: {
  title: string;
  description?: string;
  /** Shown under the title instead of the description (an author's portrait and bio). */
  header?: React.ReactNode;
  /** The address of each page of the listing. */
  hrefFor: (page: number) => string;
  items: Article[];
  page: number;
  totalPages: number;
  withRubrique?: boolean;
}) {
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">
          {title}
          {page > 1 ? <span className="text-ink-muted"> — {t.pageOf(page, totalPages)}</span> : null}
        </h1>
        {header ?? (description ? <p className="mt-2 text-ink-muted">{description}</p> : null)}
      </header>
      <ArticleGrid articles={items} withRubrique={withRubrique} />
      <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />
    </>
  );
}
