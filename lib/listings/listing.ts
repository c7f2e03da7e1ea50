/**
 * A paginated listing (home pages, rubrique, author, tag, wire), described
 * once: its key, its items, its page size, its metadata, how it renders and
 * which pages the build renders. The route files of its first and later pages
 * are built from the description (`firstPageRoute`, `laterPageRoute`).
 *
 * Those route files still write `export const revalidate = 60` themselves:
 * Next.js reads segment options from the file's source and takes a literal
 * only (a value re-exported from here would be ignored, with a warning).
 * `generateStaticParams`, `generateMetadata` and the page are read when the
 * module runs, so `export const x = route.x` is enough for them.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { getArticles, type Article } from "@/lib/content";
import { paginate, parsePageNumber, type PageSlice } from "@/lib/pagination";
import { listingPagesToPrerender, newestToPrerender, prerendersNothing } from "@/lib/prerender";

/** One page of a listing: what it lists, and that page of its articles. */
export interface ListingPage<Subject> extends PageSlice<Article> {
  subject: Subject;
}

export interface Listing<Key extends string, Subject> {
  pageSize: number;
  /**
   * What the listing is about and all its articles, newest first; null for an unknown key.
   * `firstPageSize`: how many of them page 1 shows when not `pageSize` (0 for the home, whose
   * front page shows its own choice).
   */
  find(key: Record<Key, string>): Promise<{ subject: Subject; items: readonly Article[]; firstPageSize?: number } | null>;
  /** Every key, for the later pages the build renders. */
  keys(): Promise<Record<Key, string>[]>;
  /** The keys whose first page the build renders (all of them unless said otherwise). */
  prerenderedKeys?(): Promise<Record<Key, string>[]>;
  metadata(page: ListingPage<Subject>): Metadata;
  render(page: ListingPage<Subject>): ReactNode;
}

/** Page `page` of the listing under `key`, or null when there is no such key or page. */
export async function listingPage<Key extends string, Subject>(
  listing: Listing<Key, Subject>,
  key: Record<Key, string>,
  page: number,
): Promise<ListingPage<Subject> | null> {
  const found = await listing.find(key);
  const slice = found && paginate(found.items, page, listing.pageSize, found.firstPageSize);
  return slice && found ? { subject: found.subject, ...slice } : null;
}

/**
 * Page n ≥ 2 from the `[n]` segment of `<first>/page/<n>`. Page 1 has only
 * the listing's own address (`/page/1` redirects there, lib/routes/table.ts).
 */
export function laterPageNumber(raw: string): number | null {
  const page = parsePageNumber(raw);
  return page !== null && page > 1 ? page : null;
}

/** The page a later-page route shows, or null (→ 404). */
export async function laterListingPage<Key extends string, Subject>(
  listing: Listing<Key, Subject>,
  params: Record<Key | "n", string>,
): Promise<ListingPage<Subject> | null> {
  const page = laterPageNumber(params.n);
  return page === null ? null : listingPage(listing, params, page);
}

type Props<Params> = { params: Promise<Params> };

function routeOf<Params, Subject>(
  listing: Pick<Listing<string, Subject>, "metadata" | "render">,
  load: (params: Params) => Promise<ListingPage<Subject> | null>,
) {
  return {
    async generateMetadata({ params }: Props<Params>): Promise<Metadata> {
      const page = await load(await params);
      return page ? listing.metadata(page) : {};
    },
    async Page({ params }: Props<Params>): Promise<ReactNode> {
      const page = await load(await params);
      if (!page) notFound();
      return listing.render(page);
    },
  };
}

/** `generateStaticParams`, `generateMetadata` and the page of a listing's first page. */
export function firstPageRoute<Key extends string, Subject>(listing: Listing<Key, Subject>) {
  return {
    ...routeOf(listing, (key: Record<Key, string>) => listingPage(listing, key, 1)),
    async generateStaticParams(): Promise<Record<Key, string>[]> {
      if (prerendersNothing()) return [];
      return (listing.prerenderedKeys ?? listing.keys)();
    },
  };
}

/** The same for `<first>/page/<n>`: the build renders the pages that show one of the newest articles. */
export function laterPageRoute<Key extends string, Subject>(listing: Listing<Key, Subject>) {
  return {
    ...routeOf(listing, (params: Record<Key | "n", string>) => laterListingPage(listing, params)),
    async generateStaticParams(): Promise<Record<Key | "n", string>[]> {
      if (prerendersNothing()) return [];
      const newest = new Set(newestToPrerender(await getArticles()));
      const params: Record<Key | "n", string>[] = [];
      for (const key of await listing.keys()) {
        const found = await listing.find(key);
        const pages = found ? listingPagesToPrerender(found.items, listing.pageSize, newest, found.firstPageSize) : [];
        for (const n of pages) params.push({ ...key, n: String(n) });
      }
      return params;
    },
  };
}
