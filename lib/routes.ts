/**
 * What each dynamic address shows, decided once: the pages render it, and
 * the proxy asks the same functions whether an address exists at all.
 */
import {
  getArticle,
  getArticleProblems,
  getArticles,
  getArticlesInRubrique,
  getRubrique,
  getRubriques,
  type Article,
  type ContentProblem,
} from "./content";
import { SLUG_PATTERN } from "./content/schema";
import { homeFeed } from "./home";
import { paginate, parsePageNumber } from "./pagination";
import { site } from "./site";

export type ArticleRoute = { article: Article } | { problems: ContentProblem[] };

/** An article, or under `next dev` the problems of its broken file. */
export async function articleRoute(slug: string): Promise<ArticleRoute | null> {
  if (!SLUG_PATTERN.test(slug)) return null;
  const article = await getArticle(slug);
  if (article) return { article };
  const problems = await getArticleProblems(slug);
  return problems ? { problems } : null;
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

/** The dynamic prefixes whose addresses `routeExists` knows. */
export const DYNAMIC_PREFIXES = ["/article/", "/rubrique/", "/page/"] as const;

/** Whether a path under one of the dynamic prefixes leads to a page. */
export async function routeExists(pathname: string): Promise<boolean> {
  const segments = pathname.replace(/\/+$/, "").split("/").slice(1);
  const [section, first, second, third, ...rest] = segments;
  if (rest.length > 0 || first === undefined) return false;
  switch (section) {
    case "article":
      return second === undefined && (await articleRoute(first)) !== null;
    case "page":
      return second === undefined && (await homePageRoute(first)) !== null;
    case "rubrique":
      if (second === undefined) return (await rubriqueRoute(first)) !== null;
      return second === "page" && third !== undefined && third !== "1" && (await rubriqueRoute(first, third)) !== null;
    default:
      return false;
  }
}
