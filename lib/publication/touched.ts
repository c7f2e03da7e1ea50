/**
 * The addresses a publication, correction or withdrawal changes: exactly
 * these are revalidated (lib/publication/revalidate.ts), the rest of the site
 * keeps its cache. An address is its own cache key (Next's `revalidatePath`)
 * and its purge key behind a CDN.
 *
 * Every address comes from the builders the links use (lib/routes/paths.ts);
 * this function is the one place that lists what a change touches.
 */
import { setImmediate as pause } from "node:timers/promises";

import { archiveMonths, articlesByMonth, publicationDay } from "../calendar";
import type { Article, Rubrique, UnePick } from "../content";
import { LIVE_PAGE_SIZE } from "../content/live-coverage";
import { articlesByAuthor, articlesByRubrique } from "../content/groups";
import { positionIn } from "../content/order";
import { frontPage, shownOnFront } from "../front-page";
import { pageCount } from "../pagination";
import { adjacentInRubrique } from "../related";
import { paths as addresses } from "../routes/paths";
import { LISTINGS, ROUTES, type ListingName } from "../routes/table";
import { CROP_NAMES } from "../seo/cover-crops";
import { SITEMAP_LIMIT } from "../seo/sitemap";
import { site } from "../site";
import { tagsOf } from "../tags";

/**
 * The 404 page as Next caches it (app/not-found.tsx, regenerated like the
 * others): it offers the latest stories, so a withdrawn one must leave it.
 */
export const NOT_FOUND_PAGE = "/_not-found";

/** One article as readers saw it before the change and as they see it after (undefined: not published). */
export interface PublishedChange {
  before?: Article;
  after?: Article;
}

/** A listing as `listingPages` needs it: its length and where an article sits in it (or null). */
interface Positions {
  length: number;
  of: (article: Article | undefined) => number | null;
}

const positionsIn = (list: readonly Article[]): Positions => ({ length: list.length, of: (article) => positionIn(list, article) });

/**
 * Past this many pages of one listing, its pages from 2 on are revalidated
 * by their route (`/page/[n]`, `/rubrique/[id]/page/[n]`…: `revalidatePath`
 * with a route pattern, a CDN tag of that name, see cache-tags.ts): a new
 * article on top of 100,000 shifts thousands of pages, and revalidating
 * them one by one took longer than the publication itself. The later pages
 * of the other rubriques, authors or tags are revalidated too: they are
 * regenerated only when asked for.
 */
export const PAGES_LISTED = 10;

/**
 * The pages of a listing that `changes` alter: those between the old and
 * new positions of an article that stays in it, and every page from the
 * first change on when an article enters or leaves (the later ones shift).
 */
function listingPages(
  listing: ListingName,
  pageAt: (page: number) => string,
  before: Positions,
  after: Positions,
  changes: readonly PublishedChange[],
  size: number,
) {
  let first = Infinity;
  let last = -Infinity;
  for (const change of changes) {
    const from = before.of(change.before);
    const to = after.of(change.after);
    if (from === null && to === null) continue;
    for (const at of [from, to]) if (at !== null) [first, last] = [Math.min(first, at), Math.max(last, at)];
    if (from === null || to === null) last = Infinity;
  }
  if (first === Infinity) return [];
  const firstPage = Math.floor(first / size) + 1;
  const lastPage =
    last === Infinity ? Math.max(pageCount(Math.max(before.length, after.length), size), firstPage) : Math.floor(last / size) + 1;
  if (lastPage - firstPage + 1 > PAGES_LISTED) return [...(firstPage === 1 ? [pageAt(1)] : []), ROUTES[LISTINGS[listing].later].pattern];
  return Array.from({ length: lastPage - firstPage + 1 }, (_, i) => pageAt(firstPage + i));
}

const monthKey = (article: Article) => publicationDay(article).slice(0, 7);
const monthOf = (article: Article) => {
  const [year, month] = monthKey(article).split("-").map(Number) as [number, number];
  return addresses.archiveMonth(year, month);
};

/** The rubrique, author and tag listings an article is in, by their first page's address. */
function listingsOf(article: Article): string[] {
  return [article.rubrique.url, article.author.url, ...article.tags.map((tag) => addresses.tag(tag.slug))];
}

/** The listing whose first page is `base` (one of `listingsOf`), and its page `n`. */
function listingPageOf(article: Article, base: string): [ListingName, (page: number) => string] {
  if (base === article.rubrique.url) return ["rubrique", (page) => addresses.rubrique(article.rubrique.id, page)];
  if (base === article.author.url) return ["author", (page) => addresses.author(article.author.id, page)];
  const tag = article.tags.find((candidate) => addresses.tag(candidate.slug) === base);
  if (!tag) throw new Error(`${base} : liste inconnue de ${article.file}`);
  return ["tag", (page) => addresses.tag(tag.slug, page)];
}

/** A live coverage's own addresses: its endpoint and its archive pages of updates. */
function liveAddresses(article: Article): string[] {
  if (!article.live) return [];
  const archives = pageCount(article.live.updateCount, LIVE_PAGE_SIZE);
  return [addresses.liveEndpoint(article.slug), ...Array.from({ length: archives }, (_, i) => addresses.liveArchive(article.slug, i + 1))];
}

/** The articles of `list` in the listing whose first page is `base` (one of `listingsOf(article)`). */
function listingOf(list: readonly Article[], article: Article, base: string): readonly Article[] {
  if (base === article.rubrique.url) return articlesByRubrique(list).get(article.rubrique.id) ?? [];
  if (base === article.author.url) return articlesByAuthor(list).get(article.author.id) ?? [];
  const tag = article.tags.find((candidate) => addresses.tag(candidate.slug) === base);
  return (tag && tagsOf(list).get(tag.slug)?.articles) ?? [];
}

/** What, besides the articles, decides the front page, and so what the home's later pages list (lib/front-page.ts). */
export interface FrontChoice {
  rubriques: readonly Rubrique[];
  picks: readonly UnePick[];
  at: Date;
}

/** The front page's choice in a snapshot of the content, at instant `at`. */
export function frontChoice(snapshot: { rubriques: readonly Rubrique[]; une: readonly UnePick[] }, at: number): FrontChoice {
  return { rubriques: snapshot.rubriques, picks: snapshot.une, at: new Date(at) };
}

/**
 * The home's later pages (`/page/2`…) that change: they list every article
 * the front page does not show, and a change, or a new choice in une.yaml,
 * may move articles onto the front page or off it.
 */
export function laterHomePages(
  before: readonly Article[],
  after: readonly Article[],
  changes: readonly PublishedChange[],
  choice: { before: FrontChoice; after: FrontChoice },
): string[] {
  const shown = (list: readonly Article[], { rubriques, picks, at }: FrontChoice) => shownOnFront(frontPage(list, rubriques, picks, at));
  const [shownBefore, shownAfter] = [shown(before, choice.before), shown(after, choice.after)];
  const [laterBefore, laterAfter] = [laterPositions(before, shownBefore), laterPositions(after, shownAfter)];
  // Only an article of the front page (before or after) or a changed one can enter or leave the later list.
  const candidates = new Set([...shownBefore, ...shownAfter, ...changes.flatMap((change) => [change.before, change.after])]);
  const moved: PublishedChange[] = [];
  for (const article of candidates) {
    const [wasLater, isLater] = [laterBefore.of(article) !== null, laterAfter.of(article) !== null];
    if (wasLater && !isLater) moved.push({ before: article });
    if (isLater && !wasLater) moved.push({ after: article });
  }
  // Page n of the list is /page/(n + 1): the front page is page 1.
  const pages = listingPages("home", (page) => addresses.home(page + 1), laterBefore, laterAfter, [...changes, ...moved], site.pageSize);
  // Every page of this list, its first (/page/2) included, is under the route `/page/[n]`.
  const route = ROUTES[LISTINGS.home.later].pattern;
  return pages.includes(route) ? [route] : pages;
}

/**
 * Positions in what the home's later pages list (`articlesAfterFront`:
 * `list` without the front page's articles), found in `list` itself: that
 * list of 100,000 articles, made and compared twice per change, cost more
 * than the rest of a change.
 */
function laterPositions(list: readonly Article[], shown: ReadonlySet<Article>): Positions {
  const shownAt = [...shown].flatMap((article) => positionIn(list, article) ?? []).sort((a, b) => a - b);
  return {
    length: list.length - shownAt.length,
    of(article) {
      if (!article || shown.has(article)) return null;
      const at = positionIn(list, article);
      return at === null ? null : at - shownAt.filter((position) => position < at).length;
    },
  };
}

/**
 * The addresses to revalidate when `changes` turn the published list
 * `before` into `after`. Costs a few passes over the lists whatever the
 * number of changes: a `git pull` of 1,000 files is one call.
 */
export function touchedPaths(
  before: readonly Article[],
  after: readonly Article[],
  changes: readonly PublishedChange[],
  choice: { before: FrontChoice; after: FrontChoice },
): string[] {
  const paths = new Set<string>([
    addresses.siteFeed(),
    addresses.sitemap(),
    addresses.newsSitemap(),
    addresses.archives(),
    addresses.authors(),
    NOT_FOUND_PAGE,
  ]);
  const add = (list: Iterable<string>) => {
    for (const path of list) paths.add(path);
  };
  const sitemapParts = pageCount(Math.max(before.length, after.length) * 2, SITEMAP_LIMIT);
  add(Array.from({ length: sitemapParts + 1 }, (_, i) => addresses.sitemapPart(i + 1)));

  const versions = changes.flatMap((change) => [change.before, change.after].filter((article) => article !== undefined));
  if (versions.length === 0) return [...paths];
  for (const article of versions) {
    const crops = article.image ? CROP_NAMES.map((crop) => addresses.coverCrop(article.slug, crop)) : [];
    add([article.url, addresses.articleImage(article.slug), ...crops, monthOf(article), ...liveAddresses(article)]);
  }
  for (const change of changes) {
    if (change.before) add(neighbours(change.before, before));
    if (change.after) add(neighbours(change.after, after));
  }

  paths.add(addresses.home());
  add(laterHomePages(before, after, changes, choice));
  add(listingPages("wire", addresses.wire, positionsIn(before), positionsIn(after), changes, site.wirePageSize));

  // The listings of each version, read from the lists grouped by rubrique, author and tag (kept by delta).
  const wanted = new Map(versions.flatMap((article) => listingsOf(article).map((base) => [base, article] as const)));
  for (const [base, article] of wanted) {
    const [listBefore, listAfter] = [listingOf(before, article, base), listingOf(after, article, base)];
    add(listingPages(...listingPageOf(article, base), positionsIn(listBefore), positionsIn(listAfter), changes, site.pageSize));
  }
  for (const article of versions) paths.add(addresses.rubriqueFeed(article.rubrique.id));

  // A month that appears or disappears changes its neighbours' "previous / next month" links.
  const [monthsBefore, monthsAfter] = [articlesByMonth(before), articlesByMonth(after)];
  if (versions.map(monthKey).some((key) => monthsBefore.has(key) !== monthsAfter.has(key))) {
    add(new Set([...archiveMonths(before), ...archiveMonths(after)].map((month) => month.url)));
  }
  return [...paths];
}

/** Articles whose publication day is worked out between two pauses of `prepareTouchedPaths`. */
const DAYS_BETWEEN_PAUSES = 5_000;

/**
 * Builds, ahead of the first change, the lists `touchedPaths` reads from a
 * published list: built whole, they cost 1.5 s of CPU at 100,000 articles
 * (1.2 s of it the day of each article in Casablanca's time zone, for the
 * archive months), which the first publication after a start waited for;
 * later changes patch them (lib/memo.ts). In small steps, the server
 * answering requests in between.
 */
export async function prepareTouchedPaths(list: readonly Article[]): Promise<void> {
  for (let start = 0; start < list.length; start += DAYS_BETWEEN_PAUSES) {
    for (const article of list.slice(start, start + DAYS_BETWEEN_PAUSES)) publicationDay(article);
    await pause();
  }
  for (const build of [articlesByRubrique, articlesByAuthor, tagsOf, articlesByMonth]) {
    build(list);
    await pause();
  }
}

/** The articles whose "previous / next in the rubrique" links point to `article`. */
function neighbours(article: Article, list: readonly Article[]): string[] {
  const { newer, older } = adjacentInRubrique(article, list);
  return [newer, older].filter((other) => other !== undefined).map((other) => other.url);
}
