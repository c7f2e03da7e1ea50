/**
 * The content layer's public API: the only way pages and components reach
 * articles, rubriques, authors and pages.
 */
import { now } from "../clock";
import { memoizeByIdentity } from "../memo";
import type { ContentProblem } from "./errors";
import type { ContentSnapshot } from "./load";
import { bodyMarkdown, getContent, renderedBody } from "./store";
export { isContentLoaded } from "./store";
import type { Alert, Article, Author, Page, Rubrique } from "./types";
import type { UnePick } from "./une";
import { isPreview, isPublished } from "./visibility";

export type { Alert, Article, Author, Correction, CoverImage, LiveCoverage, Page, Rubrique, Tag } from "./types";
export { activeAlerts, nextAlertChange } from "./alerts";
export { archivePageOf, isLive, liveArchivePage, liveFrontPage, LIVE_PAGE_SIZE, type LiveUpdate } from "./live-coverage";
export { liveLog as getLiveLog, type RenderedLiveLog, type RenderedLiveUpdate } from "./live-log";
export { correctionsNewestFirst, type PublishedCorrection } from "./corrections";
export type { ContentProblem } from "./errors";
export type { UnePick } from "./une";
export { formatProblem } from "./errors";
export { coverImageByteLength, readCoverImage } from "./cover-file";
export { publicationStatus, type PublicationStatus } from "./visibility";

const published = new WeakMap<ContentSnapshot, { list: Article[]; from: number; until: number }>();

/**
 * The published articles at this instant. The list only changes when a
 * scheduled article's time comes, so it is kept (same array, which lets
 * derived indexes be cached by identity) until the next publication time.
 */
export function publishedIn(snapshot: ContentSnapshot, at: number): Article[] {
  const cached = published.get(snapshot);
  if (cached && at >= cached.from && at < cached.until) return cached.list;
  const list = snapshot.articles.filter((article) => isPublished(article, new Date(at)));
  let from = -Infinity;
  let until = Infinity;
  for (const article of snapshot.articles) {
    const time = article.publishedAt.getTime();
    if (article.draft) continue;
    if (time <= at) from = Math.max(from, time);
    else until = Math.min(until, time);
  }
  published.set(snapshot, { list, from, until });
  return list;
}

/** Articles readers may see, newest first (drafts and scheduled ones too under `next dev`). */
export async function getArticles(): Promise<Article[]> {
  const snapshot = await getContent();
  return isPreview() ? snapshot.articles : publishedIn(snapshot, now().getTime());
}

const bySlug = memoizeByIdentity((articles: Article[]) => new Map(articles.map((article) => [article.slug, article])));

export async function getArticle(slug: string): Promise<Article | null> {
  return bySlug(await getArticles()).get(slug) ?? null;
}

/**
 * Reads the content ahead of the first reader (instrumentation.ts, at server
 * start); problems are reported as usual, and a failed read is tried again
 * by the next request.
 */
export async function warmContent(): Promise<void> {
  await getContent().catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
}

/** Under `next dev`, the problems of an article file that could not be read. */
export async function getArticleProblems(slug: string): Promise<ContentProblem[] | null> {
  if (!isPreview()) return null;
  return (await getContent()).broken.get(slug) ?? null;
}

export async function getArticleBodyHtml(article: Article): Promise<string> {
  return renderedBody(article);
}

/** The Markdown source of an article's body, read from its file (for the search index). */
export async function getArticleMarkdown(article: Article): Promise<string> {
  return bodyMarkdown(article);
}

/** Every « Dernière minute » alert, expired ones included: `activeAlerts` picks those on screen. */
export async function getAlerts(): Promise<Alert[]> {
  return (await getContent()).alerts;
}

/** The editors' picks for the top of the home page, in order (content/une.yaml). */
export async function getUnePicks(): Promise<UnePick[]> {
  return (await getContent()).une;
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

export async function getAuthors(): Promise<Author[]> {
  return [...(await getContent()).authors.values()];
}

export async function getAuthor(id: string): Promise<Author | null> {
  return (await getContent()).authors.get(id) ?? null;
}

export async function getArticlesByAuthor(id: string): Promise<Article[]> {
  return (await getArticles()).filter((article) => article.author.id === id);
}

export async function getPage(slug: string): Promise<Page | null> {
  return (await getContent()).pages.get(slug) ?? null;
}

export async function getPages(): Promise<Page[]> {
  return [...(await getContent()).pages.values()];
}

export async function getPageBodyHtml(page: Page): Promise<string> {
  return renderedBody(page);
}
