/**
 * What each dynamic address shows, decided once: the pages render it, and
 * the proxy asks the same functions whether an address exists at all.
 */
import { archiveMonth, groupByDay } from "./calendar";
import {
  correctionsNewestFirst,
  getArticle,
  getArticleProblems,
  getLiveLog,
  liveArchivePage,
  getArticles,
  getArticlesByAuthor,
  getArticlesInRubrique,
  getAuthor,
  getRubrique,
  getRubriques,
  type Article,
  type ContentProblem,
} from "./content";
import { SLUG_PATTERN } from "./content/schema";
import { homeFeed } from "./home";
import { paginate, parsePageNumber } from "./pagination";
import { site } from "./site";
import { tagsOf } from "./tags";

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

/** `/page/<n>`: the home feed's later pages (page 1 is the home itself). */
export async function homePageRoute(rawPage: string) {
  const page = parsePageNumber(rawPage);
  if (!page || page < 2) return null;
  return homeFeed(await getArticles(), await getRubriques(), page, site.pageSize);
}

/** `/rubrique/<id>` and `/rubrique/<id>/page/<n>`. */
export async function rubriqueRoute(id: string, rawPage = "1") {
  const rubrique = await getRubrique(id);
  const page = parsePageNumber(rawPage);
  if (!rubrique || !page) return null;
  const slice = paginate(await getArticlesInRubrique(id), page, site.pageSize);
  return slice ? { rubrique, ...slice } : null;
}

/** `/auteur/<id>` and `/auteur/<id>/page/<n>`. */
export async function authorRoute(id: string, rawPage = "1") {
  const author = await getAuthor(id);
  const page = parsePageNumber(rawPage);
  if (!author || !page) return null;
  const slice = paginate(await getArticlesByAuthor(id), page, site.pageSize);
  return slice ? { author, ...slice } : null;
}

/** Every tag of the published articles, by slug. */
export async function getTags() {
  return tagsOf(await getArticles());
}

/** `/tag/<slug>` and `/tag/<slug>/page/<n>`. */
export async function tagRoute(slug: string, rawPage = "1") {
  const tag = (await getTags()).get(slug);
  const page = parsePageNumber(rawPage);
  if (!tag || !page) return null;
  const slice = paginate(tag.articles, page, site.pageSize);
  return slice ? { tag, ...slice } : null;
}

/** `/fil-info` and `/fil-info/page/<n>`: every article, newest first, grouped by day. */
export async function wireRoute(rawPage = "1") {
  const page = parsePageNumber(rawPage);
  const slice = page ? paginate(await getArticles(), page, site.wirePageSize) : null;
  return slice ? { ...slice, days: groupByDay(slice.items) } : null;
}

/** `/rectificatifs` and `/rectificatifs/page/<n>`: every correction, newest first. */
export async function correctionsRoute(rawPage = "1") {
  const page = parsePageNumber(rawPage);
  return page ? paginate(correctionsNewestFirst(await getArticles()), page, site.pageSize) : null;
}

/** `/archives/<yyyy>/<mm>`. */
export async function archiveRoute(year: string, month: string) {
  return archiveMonth(await getArticles(), year, month);
}

/** `<first>` or `<first>/page/<n>` (n ≥ 2) of a paginated listing. */
async function listingExists(
  route: (key: string, page?: string) => Promise<unknown>,
  first: string,
  second: string | undefined,
  third: string | undefined,
): Promise<boolean> {
  if (second === undefined) return (await route(first)) !== null;
  return second === "page" && third !== undefined && third !== "1" && (await route(first, third)) !== null;
}

/** Whether a path under one of the proxy's prefixes (see proxy.ts) leads to a page. */
export async function routeExists(pathname: string): Promise<boolean> {
  const segments = pathname.replace(/\/+$/, "").split("/").slice(1);
  const [section, first, second, third, ...rest] = segments;
  if (rest.length > 0) return false;
  // The listings' own first pages: `/fil-info` and `/archives`.
  if (first === undefined) return section === "fil-info" || section === "archives" || section === "rectificatifs";
  switch (section) {
    case "article":
      // `/article/<slug>/opengraph-image`: the article's share image.
      if (second === "opengraph-image" && third === undefined) return (await articleRoute(first)) !== null;
      // `/article/<slug>/direct.json` and `/article/<slug>/mises-a-jour/<n>`: a live coverage's endpoint and archive pages.
      if (second === "direct.json" && third === undefined) return !!(await getArticle(first))?.live;
      if (second === "mises-a-jour" && third !== undefined) return (await liveArchiveRoute(first, third)) !== null;
      return second === undefined && (await articleRoute(first)) !== null;
    case "page":
      return second === undefined && (await homePageRoute(first)) !== null;
    case "rubrique":
      // `/rubrique/<id>/rss.xml`: the rubrique's feed.
      if (second === "rss.xml" && third === undefined) return (await rubriqueRoute(first)) !== null;
      return listingExists(rubriqueRoute, first, second, third);
    case "auteur":
      return listingExists(authorRoute, first, second, third);
    case "tag":
      return listingExists(tagRoute, first, second, third);
    case "fil-info":
      return first === "page" && second !== undefined && second !== "1" && third === undefined && (await wireRoute(second)) !== null;
    case "rectificatifs":
      return first === "page" && second !== undefined && second !== "1" && third === undefined && (await correctionsRoute(second)) !== null;
    case "archives":
      return second !== undefined && third === undefined && (await archiveRoute(first, second)) !== null;
    default:
      return false;
  }
}
