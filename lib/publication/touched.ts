/**
 * The addresses a publication, correction or withdrawal changes: exactly
 * these are revalidated (lib/publication/revalidate.ts), the rest of the site
 * keeps its cache. An address is its own cache key (Next's `revalidatePath`)
 * and its purge key behind a CDN.
 *
 * Every address comes from the builders the links use (lib/routes/paths.ts);
 * this function is the one place that lists what a change touches.
 */
import { publicationDay } from "../calendar";
import type { Article, Rubrique, UnePick } from "../content";
import { LIVE_PAGE_SIZE } from "../content/live-coverage";
import { newestFirst } from "../content/load";
import { articlesAfterFront } from "../front-page";
import { pageCount } from "../pagination";
import { adjacentInRubrique } from "../related";
import { paths as addresses } from "../routes/paths";
import { SITEMAP_LIMIT } from "../seo/sitemap";
import { site } from "../site";

/** One article as readers saw it before the change and as they see it after (undefined: not published). */
export interface PublishedChange {
  before?: Article;
  after?: Article;
}

/** Where an article sits in a list sorted newest first (by binary search), or null. */
function positionIn(list: readonly Article[], article: Article | undefined): number | null {
  if (!article) return null;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (newestFirst(list[middle]!, article) < 0) low = middle + 1;
    else high = middle;
  }
  return list[low] === article ? low : null;
}

/**
 * The pages of a listing that `changes` alter: those between the old and
 * new positions of an article that stays in it, and every page from the
 * first change on when an article enters or leaves (the later ones shift).
 */
function listingPages(
  pageAt: (page: number) => string,
  before: readonly Article[],
  after: readonly Article[],
  changes: readonly PublishedChange[],
  size: number,
) {
  let first = Infinity;
  let last = -Infinity;
  for (const change of changes) {
    const from = positionIn(before, change.before);
    const to = positionIn(after, change.after);
    if (from === null && to === null) continue;
    for (const at of [from, to]) if (at !== null) [first, last] = [Math.min(first, at), Math.max(last, at)];
    if (from === null || to === null) last = Infinity;
  }
  if (first === Infinity) return [];
  const firstPage = Math.floor(first / size) + 1;
  const lastPage =
    last === Infinity ? Math.max(pageCount(Math.max(before.length, after.length), size), firstPage) : Math.floor(last / size) + 1;
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

/** Page `n` of the listing whose first page is `base` (one of `listingsOf`). */
function listingPageOf(article: Article, base: string): (page: number) => string {
  if (base === article.rubrique.url) return (page) => addresses.rubrique(article.rubrique.id, page);
  if (base === article.author.url) return (page) => addresses.author(article.author.id, page);
  const tag = article.tags.find((candidate) => addresses.tag(candidate.slug) === base);
  if (!tag) throw new Error(`${base} : liste inconnue de ${article.file}`);
  return (page) => addresses.tag(tag.slug, page);
}

/** A live coverage's own addresses: its endpoint and its archive pages of updates. */
function liveAddresses(article: Article): string[] {
  if (!article.live) return [];
  const archives = pageCount(article.live.updateCount, LIVE_PAGE_SIZE);
  return [addresses.liveEndpoint(article.slug), ...Array.from({ length: archives }, (_, i) => addresses.liveArchive(article.slug, i + 1))];
}

/** The articles of `list` in each of the listings `wanted`, in one pass (a batch may touch hundreds). */
function sublists(list: readonly Article[], wanted: ReadonlySet<string>): Map<string, Article[]> {
  const lists = new Map<string, Article[]>([...wanted].map((base) => [base, []]));
  for (const article of list) for (const base of listingsOf(article)) lists.get(base)?.push(article);
  return lists;
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
  const later = (list: readonly Article[], { rubriques, picks, at }: FrontChoice) => articlesAfterFront(list, rubriques, picks, at);
  const [laterBefore, laterAfter] = [later(before, choice.before), later(after, choice.after)];
  const [inBefore, inAfter] = [new Set(laterBefore), new Set(laterAfter)];
  const moved: PublishedChange[] = [
    ...laterBefore.filter((article) => !inAfter.has(article)).map((article) => ({ before: article })),
    ...laterAfter.filter((article) => !inBefore.has(article)).map((article) => ({ after: article })),
  ];
  // Page n of the list is /page/(n + 1): the front page is page 1.
  return listingPages((page) => addresses.home(page + 1), laterBefore, laterAfter, [...changes, ...moved], site.pageSize);
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
  ]);
  const add = (list: Iterable<string>) => {
    for (const path of list) paths.add(path);
  };
  const sitemapParts = pageCount(Math.max(before.length, after.length) * 2, SITEMAP_LIMIT);
  add(Array.from({ length: sitemapParts + 1 }, (_, i) => addresses.sitemapPart(i + 1)));

  const versions = changes.flatMap((change) => [change.before, change.after].filter((article) => article !== undefined));
  if (versions.length === 0) return [...paths];
  for (const article of versions) add([article.url, addresses.articleImage(article.slug), monthOf(article), ...liveAddresses(article)]);
  for (const change of changes) {
    if (change.before) add(neighbours(change.before, before));
    if (change.after) add(neighbours(change.after, after));
  }

  paths.add(addresses.home());
  add(laterHomePages(before, after, changes, choice));
  add(listingPages(addresses.wire, before, after, changes, site.wirePageSize));

  const wanted = new Map(versions.flatMap((article) => listingsOf(article).map((base) => [base, listingPageOf(article, base)] as const)));
  const bases = new Set(wanted.keys());
  const [listsBefore, listsAfter] = [sublists(before, bases), sublists(after, bases)];
  for (const [base, pageAt] of wanted)
    add(listingPages(pageAt, listsBefore.get(base) ?? [], listsAfter.get(base) ?? [], changes, site.pageSize));
  for (const article of versions) paths.add(addresses.rubriqueFeed(article.rubrique.id));

  // A month that appears or disappears changes its neighbours' "previous / next month" links.
  const months = new Set(versions.map(monthKey));
  const monthsIn = (list: readonly Article[]) => new Set(list.filter((article) => months.has(monthKey(article))).map(monthKey));
  const [monthsBefore, monthsAfter] = [monthsIn(before), monthsIn(after)];
  if ([...months].some((key) => monthsBefore.has(key) !== monthsAfter.has(key))) add(new Set([...before, ...after].map(monthOf)));
  return [...paths];
}

/** The articles whose "previous / next in the rubrique" links point to `article`. */
function neighbours(article: Article, list: readonly Article[]): string[] {
  const { newer, older } = adjacentInRubrique(article, list);
  return [newer, older].filter((other) => other !== undefined).map((other) => other.url);
}
