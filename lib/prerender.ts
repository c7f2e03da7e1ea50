/**
 * What `next build` renders ahead of time. A newsroom's archive grows without
 * end, so the build renders only the newest articles (LESINFOS_PRERENDER_ARTICLES,
 * 1,000 by default) and the listing pages that show them; every other address
 * renders on its first request and is then cached like a prerendered page
 * (incremental static regeneration, `revalidate` of each route).
 */
import { isPreview } from "./content/visibility";
import { pageCount } from "./pagination";

export const DEFAULT_PRERENDERED_ARTICLES = 1_000;

/**
 * Under `next dev` nothing is prerendered, yet Next still asks dynamic
 * routes for their params, in a worker process that would read the whole
 * content folder again on page views: routes answer it with no params.
 */
export function prerendersNothing(): boolean {
  return isPreview();
}

/** The configured number of newest articles to prerender. */
export function prerenderedArticleCount(): number {
  const raw = process.env.LESINFOS_PRERENDER_ARTICLES?.trim();
  if (!raw) return DEFAULT_PRERENDERED_ARTICLES;
  if (!/^\d+$/.test(raw)) {
    throw new Error(`LESINFOS_PRERENDER_ARTICLES « ${raw} » : un nombre entier positif ou nul est attendu`);
  }
  return Number(raw);
}

/** The newest articles of a list sorted newest first, as many as the build prerenders. */
export function newestToPrerender<T>(articles: readonly T[]): T[] {
  return articles.slice(0, prerenderedArticleCount());
}

/**
 * Page numbers from 2 (page 1 is its own route) of a listing sorted newest
 * first that show at least one of the `newest` articles: the build renders
 * those, older pages render on demand.
 */
export function listingPagesToPrerender<T>(
  listing: readonly T[],
  pageSize: number,
  newest: ReadonlySet<T>,
  firstPageSize = pageSize,
): number[] {
  const firstOlder = listing.findIndex((item) => !newest.has(item));
  const shown = firstOlder === -1 ? listing.length : firstOlder;
  return Array.from({ length: pageCount(shown, pageSize, firstPageSize) - 1 }, (_, i) => i + 2);
}
