import { paginationLinks } from "@/lib/seo/metadata";

/**
 * `<link rel="prev|next">` between the pages of a listing. The Metadata API
 * has no field for them; React 19 hoists `<link>` elements rendered anywhere
 * into the document's <head>.
 */
export function PaginationLinks({ page, totalPages, pathFor }: { page: number; totalPages: number; pathFor: (page: number) => string }) {
  const { prev, next } = paginationLinks(page, totalPages, pathFor);
  return (
    <>
      {prev ? <link rel="prev" href={prev} /> : null}
      {next ? <link rel="next" href={next} /> : null}
    </>
  );
}
