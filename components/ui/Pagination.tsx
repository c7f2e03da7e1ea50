import { PaginationLinks } from "@/components/seo/PaginationLinks";
import { t } from "@/lib/strings";

/**
 * Previous/next links between the pages of a listing, for readers and, in
 * the head, for crawlers. `hrefFor(1)` must be the listing's own address.
 */
export function Pagination({ page, totalPages, hrefFor }: { page: number; totalPages: number; hrefFor: (page: number) => string }) {
  if (totalPages <= 1) return null;
  const linkClass = "inline-flex min-h-11 items-center rounded border border-rule px-4 font-semibold hover:bg-paper-muted";
  return (
    <nav aria-label={t.pagination} className="mt-10 flex items-center justify-between gap-4 text-sm">
      <PaginationLinks page={page} totalPages={totalPages} pathFor={hrefFor} />
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← {t.previousPage}
        </a>
      ) : (
        <span />
      )}
      <span className="text-ink-muted">{t.pageOf(page, totalPages)}</span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t.nextPage} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
