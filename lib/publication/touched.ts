/**
 * The addresses a publication, correction or withdrawal changes: exactly
 * these are revalidated (lib/publication/revalidate.ts), the rest of the site
 * keeps its cache. An address is its own cache key (Next's `revalidatePath`)
 * and its purge key behind a CDN.
 *
 * Every address literal here comes from the helpers that build the links;
 * this function is the one place that lists what a change touches.
 */
import { archiveMonths, monthUrl } from "../calendar";
import type { Article } from "../content";
import { casablancaDay } from "../dates";
import { chooseLeadStory } from "../home";
import { pageCount, pagePath } from "../pagination";
import { adjacentInRubrique } from "../related";
import { NEWS_SITEMAP_PATH, ogImagePath, rubriqueFeedPath, SITE_FEED_PATH, SITEMAP_PATH, sitemapPartPath } from "../seo/urls";
import { SITEMAP_LIMIT } from "../seo/sitemap";
import { site } from "../site";
import { tagsOf, tagUrl } from "../tags";

/** One article as readers saw it before the change and as they see it after (undefined: not published). */
export interface PublishedChange {
  before?: Article;
  after?: Article;
}

/** Where an article sits in a list, or null. */
function positionIn(list: readonly Article[], article: Article | undefined): number | null {
  const at = article ? list.indexOf(article) : -1;
  return at === -1 ? null : at;
}

/**
 * The pages of a listing that change from `before` to `after` where an
 * article moved from position `from` to `to` (null: absent). An article
 * that stays in the list only changes the pages between its two positions;
 * one that enters or leaves shifts every later page.
 */
function pagesBetween(base: string, from: number | null, to: number | null, length: number, size: number): string[] {
  const present = [from, to].filter((at) => at !== null);
  if (present.length === 0) return [];
  const first = Math.floor(Math.min(...present) / size) + 1;
  const last = present.length === 2 ? Math.floor(Math.max(...present) / size) + 1 : Math.max(pageCount(length, size), first);
  return Array.from({ length: last - first + 1 }, (_, i) => pagePath(base, first + i));
}

function changedListing(
  base: string,
  before: readonly Article[],
  after: readonly Article[],
  change: PublishedChange,
  size: number = site.pageSize,
) {
  const length = Math.max(before.length, after.length);
  return pagesBetween(base, positionIn(before, change.before), positionIn(after, change.after), length, size);
}

const monthOf = (article: Article) => {
  const [year, month] = casablancaDay(article.publishedAt).split("-").map(Number) as [number, number];
  return monthUrl(year, month);
};

/** The addresses to revalidate when `changes` turn the published list `before` into `after`. */
export function touchedPaths(before: readonly Article[], after: readonly Article[], changes: readonly PublishedChange[]): string[] {
  const paths = new Set<string>([SITE_FEED_PATH, SITEMAP_PATH, NEWS_SITEMAP_PATH, "/archives", "/auteurs"]);
  const add = (list: Iterable<string>) => {
    for (const path of list) paths.add(path);
  };
  const sitemapParts = pageCount(Math.max(before.length, after.length) * 2, SITEMAP_LIMIT);
  add(Array.from({ length: sitemapParts + 1 }, (_, i) => sitemapPartPath(i + 1)));

  const [tagsBefore, tagsAfter] = [tagsOf(before), tagsOf(after)];
  const homeBefore = before.filter((article) => article !== chooseLeadStory(before));
  const homeAfter = after.filter((article) => article !== chooseLeadStory(after));
  const leadChange = { before: chooseLeadStory(before), after: chooseLeadStory(after) };

  for (const change of changes) {
    const versions = [change.before, change.after].filter((article) => article !== undefined);
    if (versions.length === 0) continue;
    for (const article of versions) {
      add([article.url, ogImagePath(article), monthOf(article)]);
    }
    if (change.before) add(neighbours(change.before, before));
    if (change.after) add(neighbours(change.after, after));

    paths.add("/");
    add(changedListing("/", homeBefore, homeAfter, change));
    if (leadChange.before !== leadChange.after) {
      add(changedListing("/", homeBefore, homeAfter, { before: leadChange.after, after: leadChange.before }));
    }
    add(changedListing("/fil-info", before, after, change, site.wirePageSize));

    for (const rubrique of new Map(versions.map((article) => [article.rubrique.id, article.rubrique])).values()) {
      const inRubrique = (list: readonly Article[]) => list.filter((article) => article.rubrique.id === rubrique.id);
      add(changedListing(rubrique.url, inRubrique(before), inRubrique(after), change));
      paths.add(rubriqueFeedPath(rubrique));
    }
    for (const author of new Map(versions.map((article) => [article.author.id, article.author])).values()) {
      const byAuthor = (list: readonly Article[]) => list.filter((article) => article.author.id === author.id);
      add(changedListing(author.url, byAuthor(before), byAuthor(after), change));
    }
    for (const slug of new Set(versions.flatMap((article) => article.tags.map((tag) => tag.slug)))) {
      add(changedListing(tagUrl(slug), tagsBefore.get(slug)?.articles ?? [], tagsAfter.get(slug)?.articles ?? [], change));
    }
  }
  // A month that appears or disappears changes the neighbours' "previous / next month" links.
  const months = (list: readonly Article[]) => new Set(archiveMonths(list).map((month) => month.url));
  const [monthsBefore, monthsAfter] = [months(before), months(after)];
  if (monthsBefore.size !== monthsAfter.size) add(new Set([...monthsBefore, ...monthsAfter]));
  return [...paths];
}

/** The articles whose "previous / next in the rubrique" links point to `article`. */
function neighbours(article: Article, list: readonly Article[]): string[] {
  const { newer, older } = adjacentInRubrique(article, list);
  return [newer, older].filter((other) => other !== undefined).map((other) => other.url);
}
