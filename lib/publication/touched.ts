/**
 * The addresses a publication, correction or withdrawal changes: exactly
 * these are revalidated (lib/publication/revalidate.ts), the rest of the site
 * keeps its cache. An address is its own cache key (Next's `revalidatePath`)
 * and its purge key behind a CDN.
 *
 * Every address comes from the builders the links use (lib/routes/paths.ts);
 * this function is the one place that lists what a change touches.
 */
import { archiveMonths, articlesByMonth, publicationDay } from "../calendar";
import type { Article } from "../content";
import { LIVE_PAGE_SIZE } from "../content/live-coverage";
import { articlesByAuthor, articlesByRubrique } from "../content/groups";
import { positionIn } from "../content/order";
import { chooseLeadStory } from "../home";
import { pageCount } from "../pagination";
import { adjacentInRubrique } from "../related";
import { paths as addresses } from "../routes/paths";
import { LISTINGS, ROUTES, type ListingName } from "../routes/table";
import { SITEMAP_LIMIT } from "../seo/sitemap";
import { site } from "../site";
import { tagsOf } from "../tags";

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

/** The home's listing: the list without its lead story, without copying 100,000 articles to leave one out. */
function withoutLead(list: readonly Article[]): Positions {
  const lead = chooseLeadStory(list);
  const leadAt = positionIn(list, lead);
  if (leadAt === null) return positionsIn(list);
  return {
    length: list.length - 1,
    of: (article) => {
      const at = article === lead ? null : positionIn(list, article);
      return at === null ? null : at > leadAt ? at - 1 : at;
    },
  };
}

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

/**
 * The addresses to revalidate when `changes` turn the published list
 * `before` into `after`. Costs a few passes over the lists whatever the
 * number of changes: a `git pull` of 1,000 files is one call.
 */
export function touchedPaths(before: readonly Article[], after: readonly Article[], changes: readonly PublishedChange[]): string[] {
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

  // The home lists every article but its lead, which a change may replace.
  const [leadBefore, leadAfter] = [chooseLeadStory(before), chooseLeadStory(after)];
  const homeChanges = leadBefore === leadAfter ? changes : [...changes, { before: leadAfter, after: leadBefore }];
  paths.add(addresses.home());
  add(listingPages("home", addresses.home, withoutLead(before), withoutLead(after), homeChanges, site.pageSize));
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

/** The articles whose "previous / next in the rubrique" links point to `article`. */
function neighbours(article: Article, list: readonly Article[]): string[] {
  const { newer, older } = adjacentInRubrique(article, list);
  return [newer, older].filter((other) => other !== undefined).map((other) => other.url);
}
