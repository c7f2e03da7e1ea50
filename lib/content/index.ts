/**
 * The content layer's public API: the only way pages and components reach
 * articles, rubriques, authors and pages.
 */
import { now } from "../clock";
import type { ContentProblem } from "./errors";
import { getContent, renderedBody } from "./store";
import type { Article, Author, Page, Rubrique } from "./types";
import { isPreview, isPublished } from "./visibility";

export type { Article, Author, CoverImage, Page, Rubrique, Tag } from "./types";
export type { ContentProblem } from "./errors";
export { formatProblem } from "./errors";

/** Articles readers may see, newest first (drafts and scheduled ones too under `next dev`). */
export async function getArticles(): Promise<Article[]> {
  const { articles } = await getContent();
  if (isPreview()) return articles;
  const at = now();
  return articles.filter((article) => isPublished(article, at));
}

export async function getArticle(slug: string): Promise<Article | null> {
  return (await getArticles()).find((article) => article.slug === slug) ?? null;
}

/** Under `next dev`, the problems of an article file that could not be read. */
export async function getArticleProblems(slug: string): Promise<ContentProblem[] | null> {
  if (!isPreview()) return null;
  return (await getContent()).broken.get(slug) ?? null;
}

export async function getArticleBodyHtml(article: Article): Promise<string> {
  return renderedBody(`article:${article.slug}`, article.body);
}

export async function getRubriques(): Promise<Rubrique[]> {
  return (await getContent()).rubriques;
}

export async function getRubrique(id: string): Promise<Rubrique | null> {
  return (await getRubriques()).find((rubrique) => rubrique.id === id) ?? null;
}

export async function getArticlesInRubrique(id: string): Promise<Article[]> {
  return (await getArticles()).filter((article) => article.rubrique.id === id);
}

export async function getAuthor(id: string): Promise<Author | null> {
  return (await getContent()).authors.get(id) ?? null;
}

export async function getPage(slug: string): Promise<Page | null> {
  return (await getContent()).pages.get(slug) ?? null;
}

export async function getPages(): Promise<Page[]> {
  return [...(await getContent()).pages.values()];
}

export async function getPageBodyHtml(page: Page): Promise<string> {
  return renderedBody(`page:${page.slug}`, page.body);
}
