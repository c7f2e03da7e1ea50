/**
 * What the dynamic addresses that are not listings show, and whether an
 * address exists at all: the proxy asks `isMissingContent` before a page renders
 * (see docs/adr/0001-proxy-404.md), with the same lookups the pages use.
 */
import { archiveMonth } from "@/lib/calendar";
import {
  correctionsNewestFirst,
  getArticle,
  getArticleProblems,
  getArticles,
  getLiveLog,
  liveArchivePage,
  type Article,
  type ContentProblem,
} from "@/lib/content";
import { paginate, parsePageNumber } from "@/lib/pagination";
import { site } from "@/lib/site";
import { SLUG_PATTERN } from "@/lib/content/schema";
import { cropOfFile } from "@/lib/seo/cover-crops";
import { homeListing } from "@/lib/listings/home";
import { laterListingPage, laterPageNumber, listingPage, type Listing } from "@/lib/listings/listing";
import { authorListing } from "@/lib/listings/author";
import { rubriqueListing } from "@/lib/listings/rubrique";
import { tagListing } from "@/lib/listings/tag";
import { wireListing } from "@/lib/listings/wire";

import { resolveRoute } from "./resolve";
import type { CheckedRoute, RouteParams } from "./table";

export type ArticleRoute = { article: Article } | { problems: ContentProblem[] };

/** An article, or under `next dev` the problems of its broken file. */
export async function articleRoute(slug: string): Promise<ArticleRoute | null> {
  if (!SLUG_PATTERN.test(slug)) return null;
  const article = await getArticle(slug);
  if (article) return { article };
  const problems = await getArticleProblems(slug);
  return problems ? { problems } : null;
}

/** `/article/<slug>/mises-a-jour/<n>`: an archive page of a live coverage's updates. */
export async function liveArchiveRoute(slug: string, rawPage: string) {
  const page = parsePageNumber(rawPage);
  const article = SLUG_PATTERN.test(slug) ? await getArticle(slug) : null;
  const log = article && page ? await getLiveLog(article) : null;
  const updates = log && page ? liveArchivePage(log.updates, page) : null;
  return article && page && updates ? { article, page, updates } : null;
}

/**
 * `/rectificatifs` and `/rectificatifs/page/<n>`: every correction, newest
 * first. Not a `Listing` (lib/listings), whose items are articles: here each
 * item is one correction of an article.
 */
export async function correctionsRoute(page: number | null) {
  return page ? paginate(correctionsNewestFirst(await getArticles()), page, site.pageSize) : null;
}

/** `/archives/<yyyy>/<mm>`. */
export async function archiveRoute(year: string, month: string) {
  return archiveMonth(await getArticles(), year, month);
}

const hasFirstPage =
  <Key extends string>(listing: Listing<Key, unknown>) =>
  async (key: Record<Key, string>) =>
    (await listingPage(listing, key, 1)) !== null;
const hasLaterPage =
  <Key extends string>(listing: Listing<Key, unknown>) =>
  async (params: Record<Key | "n", string>) =>
    (await laterListingPage(listing, params)) !== null;

/** For each route whose addresses depend on the content, whether an address leads to a page. */
const exists: { [R in CheckedRoute]: (params: RouteParams<R>) => Promise<boolean> } = {
  article: async ({ slug }) => (await articleRoute(slug)) !== null,
  articleImage: async ({ slug }) => (await articleRoute(slug)) !== null,
  coverCrop: async ({ slug, file }) => cropOfFile(file) !== null && SLUG_PATTERN.test(slug) && !!(await getArticle(slug))?.image,
  homePage: hasLaterPage(homeListing),
  rubrique: hasFirstPage(rubriqueListing),
  rubriquePage: hasLaterPage(rubriqueListing),
  rubriqueFeed: hasFirstPage(rubriqueListing),
  author: hasFirstPage(authorListing),
  authorPage: hasLaterPage(authorListing),
  tag: hasFirstPage(tagListing),
  tagPage: hasLaterPage(tagListing),
  wirePage: hasLaterPage(wireListing),
  archiveMonth: async ({ yyyy, mm }) => (await archiveRoute(yyyy, mm)) !== null,
  liveArchive: async ({ slug, n }) => (await liveArchiveRoute(slug, n)) !== null,
  liveEndpoint: async ({ slug }) => SLUG_PATTERN.test(slug) && !!(await getArticle(slug))?.live,
  correctionsPage: async ({ n }) => (await correctionsRoute(laterPageNumber(n))) !== null,
};

function isChecked(route: string): route is CheckedRoute {
  return Object.hasOwn(exists, route);
}

/**
 * Whether a path is the address of a content route (an article, a rubrique,
 * an author, a tag, a page number, a month) whose content does not exist.
 * Paths no route matches, and routes that answer their own 404, are left to
 * Next.js: false.
 */
export async function isMissingContent(pathname: string): Promise<boolean> {
  const resolved = resolveRoute(pathname);
  if (!resolved || !isChecked(resolved.route)) return false;
  const check = exists[resolved.route] as (params: Record<string, string>) => Promise<boolean>;
  return !(await check(resolved.params));
}
