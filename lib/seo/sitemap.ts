/**
 * The sitemap: every address worth indexing with its last modification, as
 * one <urlset>, or as a <sitemapindex> of parts once past the protocol's
 * limit of 50,000 addresses a file.
 */
import { articlesByMonth } from "@/lib/calendar";
import { correctionsNewestFirst, LIVE_PAGE_SIZE, type Article, type Author, type Page, type Rubrique, type UnePick } from "@/lib/content";
import { toIsoWithOffset } from "@/lib/dates";
import { articlesAfterFront } from "@/lib/front-page";
import { paginate } from "@/lib/pagination";
import { paths } from "@/lib/routes/paths";
import { absoluteUrl, site } from "@/lib/site";
import { collectTags } from "@/lib/tags";

import { escapeXml } from "./xml";

export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  path: string;
  lastModified?: Date;
}

export interface SitemapSource {
  /** Published articles only, newest first. */
  articles: readonly Article[];
  rubriques: readonly Rubrique[];
  authors: readonly Author[];
  pages: readonly Page[];
  pageSize: number;
  /** The editors' picks and the instant: what the home shows, and so what its later pages list. */
  picks: readonly UnePick[];
  at: Date;
}

/** The article's last change: its update or latest correction, or for a live coverage its latest update if later. */
export function lastModified(article: Article): Date {
  const changed = article.updatedAt ?? article.publishedAt;
  const update = article.live?.lastUpdateAt;
  return update && update > changed ? update : changed;
}

/** The latest change among some articles: a listing changes when one of its articles does. */
function newest(articles: readonly Article[]): Date | undefined {
  let latest: Date | undefined;
  for (const article of articles) {
    const date = lastModified(article);
    if (!latest || date > latest) latest = date;
  }
  return latest;
}

function entry(path: string, articles: readonly Article[]): SitemapEntry {
  const date = newest(articles);
  return date ? { path, lastModified: date } : { path };
}

/** Every page of a paginated listing, each dated by its own articles. */
function listingPages(
  items: readonly Article[],
  pageSize: number,
  pathFor: (page: number) => string,
  firstPageSize?: number,
): SitemapEntry[] {
  const first = paginate(items, 1, pageSize, firstPageSize);
  if (!first) return [];
  return Array.from({ length: first.totalPages }, (_, i) =>
    entry(pathFor(i + 1), paginate(items, i + 1, pageSize, firstPageSize)?.items ?? []),
  );
}

/** `/rectificatifs` and its pages, each dated by its newest correction. */
function correctionPages(articles: readonly Article[], pageSize: number): SitemapEntry[] {
  const corrections = correctionsNewestFirst(articles);
  const first = paginate(corrections, 1, pageSize);
  return Array.from({ length: first?.totalPages ?? 1 }, (_, i) => {
    const [newest] = paginate(corrections, i + 1, pageSize)?.items ?? [];
    const path = paths.corrections(i + 1);
    return newest ? { path, lastModified: newest.correction.publishedAt } : { path };
  });
}

/**
 * A live coverage's archive pages of updates. Only the last one still
 * changes, with the latest update; a full page no longer does, and the
 * article's header does not say when its updates were written: undated.
 */
function liveArchivePages(article: Article): SitemapEntry[] {
  const count = Math.ceil((article.live?.updateCount ?? 0) / LIVE_PAGE_SIZE);
  return Array.from({ length: count }, (_, i) => {
    const path = paths.liveArchive(article.slug, i + 1);
    return i === count - 1 ? { path, lastModified: lastModified(article) } : { path };
  });
}

/** Every page of the site that lists or shows published content, never dated "now". */
export function sitemapEntries({ articles, rubriques, authors, pages, pageSize, picks, at }: SitemapSource): SitemapEntry[] {
  // The home's later pages list every article its front page does not show.
  const [, ...laterHomePages] = listingPages(articlesAfterFront(articles, rubriques, picks, at), pageSize, paths.home, 0);

  return [
    entry(paths.home(), articles),
    ...laterHomePages,
    ...rubriques.flatMap((rubrique) =>
      listingPages(
        articles.filter((article) => article.rubrique.id === rubrique.id),
        pageSize,
        (page) => paths.rubrique(rubrique.id, page),
      ),
    ),
    ...articles.map((article) => ({ path: article.url, lastModified: lastModified(article) })),
    ...articles.flatMap(liveArchivePages),
    { path: paths.authors() },
    ...authors.flatMap((author) =>
      listingPages(
        articles.filter((article) => article.author.id === author.id),
        pageSize,
        (page) => paths.author(author.id, page),
      ),
    ),
    ...[...collectTags(articles).values()].flatMap((tag) => listingPages(tag.articles, pageSize, (page) => paths.tag(tag.slug, page))),
    ...listingPages(articles, site.wirePageSize, paths.wire),
    entry(paths.archives(), articles),
    ...[...articlesByMonth(articles)].map(([key, list]) => entry(paths.archiveMonth(Number(key.slice(0, 4)), Number(key.slice(5))), list)),
    ...pages.map((page) => ({ path: page.url })),
    // The newsletter's sign-up page (the pages its e-mails link to are not indexed).
    { path: paths.lettre() },
    ...correctionPages(articles, pageSize),
  ];
}

/** Consecutive parts of at most `limit` entries. */
export function splitSitemap<T>(entries: readonly T[], limit = SITEMAP_LIMIT): T[][] {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limite de sitemap invalide : ${limit}`);
  const parts: T[][] = [];
  for (let start = 0; start < entries.length; start += limit) parts.push(entries.slice(start, start + limit));
  return parts.length > 0 ? parts : [[]];
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

function lastmodTag(date: Date | undefined): string {
  return date ? `<lastmod>${toIsoWithOffset(date)}</lastmod>` : "";
}

export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    ({ path, lastModified: date }) => `  <url><loc>${escapeXml(absoluteUrl(path))}</loc>${lastmodTag(date)}</url>\n`,
  );
  return `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}">\n${urls.join("")}</urlset>\n`;
}

export function sitemapIndexXml(parts: readonly (readonly SitemapEntry[])[]): string {
  const sitemaps = parts.map((part, index) => {
    const dates = part.flatMap((item) => (item.lastModified ? [item.lastModified] : []));
    const latest = dates.length > 0 ? new Date(Math.max(...dates.map((date) => date.getTime()))) : undefined;
    return `  <sitemap><loc>${escapeXml(absoluteUrl(paths.sitemapPart(index + 1)))}</loc>${lastmodTag(latest)}</sitemap>\n`;
  });
  return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n${sitemaps.join("")}</sitemapindex>\n`;
}

/** `/sitemap.xml`: the whole urlset while it fits, else the index of its parts. */
export function sitemapDocument(entries: readonly SitemapEntry[], limit = SITEMAP_LIMIT): string {
  const parts = splitSitemap(entries, limit);
  const [only] = parts;
  return parts.length === 1 && only ? urlsetXml(only) : sitemapIndexXml(parts);
}

/** `/sitemaps/<n>.xml`, n from 1; null when the sitemap is not split or has no such part. */
export function sitemapPartDocument(entries: readonly SitemapEntry[], part: number, limit = SITEMAP_LIMIT): string | null {
  const parts = splitSitemap(entries, limit);
  const chosen = parts.length > 1 ? parts[part - 1] : undefined;
  return chosen ? urlsetXml(chosen) : null;
}
