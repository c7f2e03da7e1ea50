import { LeadStory } from "@/components/cards/LeadStory";
import { Pagination } from "@/components/ui/Pagination";
import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

import { ArticleGrid } from "./ArticleGrid";

/** A paginated list of articles under a heading: rubrique, tag, author. The first page opens on its newest story, as a lead. */
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
  const lead = page === 1 ? items[0] : undefined;
  const list = lead ? items.slice(1) : items;
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">
          {title}
          {page > 1 ? <span className="text-ink-muted"> — {t.pageOf(page, totalPages)}</span> : null}
        </h1>
        {header ?? (description ? <p className="mt-2 text-ink-muted">{description}</p> : null)}
      </header>
      {lead ? (
        <div className="mt-8 border-b border-rule pb-8">
          <LeadStory article={lead} headingLevel="h2" withRubrique={withRubrique} wide />
        </div>
      ) : null}
      {lead && list.length === 0 ? null : <ArticleGrid articles={list} withRubrique={withRubrique} priority={!lead} />}
      <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />
    </>
  );
}
