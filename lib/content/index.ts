/**
 * The content layer's public API: the only way pages and components reach
 * articles, rubriques, authors and pages.
 */
import { now } from "../clock";
import { deltaOf, recordDelta, type ListDelta } from "../memo";
import { articleBySlug, articlesByAuthor, articlesByRubrique } from "./groups";
import type { ContentProblem } from "./errors";
import type { ContentSnapshot } from "./load";
import { withChanges } from "./order";
import { bodyMarkdown, fileStampOf, getContent, renderedBody } from "./store";
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

interface PublishedList {
  list: Article[];
  /** The list holds for any instant from `from` (included) to `until` (excluded). */
  from: number;
  until: number;
}

/** By the snapshot's `articles` array, which a running server changes by delta (changes.ts). */
const published = new WeakMap<readonly Article[], PublishedList>();

/** Every article published at `at`, by a pass over the whole list. */
function filterPublished(articles: readonly Article[], at: number): PublishedList {
  return { list: articles.filter((article) => isPublished(article, new Date(at))), ...filterWindow(articles, at) };
}

/**
 * The published list of `articles` from the one of the list it was made
 * from, when that one holds at `at`: only the changed articles are looked
 * at. The window may only narrow (a removed article is not looked at), which
 * at worst filters again a little early.
 */
function patchPublished(previous: PublishedList, delta: ListDelta<Article>, at: number): PublishedList {
  const instant = new Date(at);
  let { from, until } = previous;
  const added: Article[] = [];
  for (const article of delta.added) {
    const time = article.publishedAt.getTime();
    if (article.draft) continue;
    if (time <= at) {
      from = Math.max(from, time);
      added.push(article);
    } else until = Math.min(until, time);
  }
  const removed = delta.removed.filter((article) => isPublished(article, instant));
  if (removed.length + added.length === 0) return { list: previous.list, from, until };
  const list = withChanges(previous.list, removed, added);
  recordDelta(list, { previous: previous.list, removed, added });
  return { list, from, until };
}

/** The previous published list with the scheduled articles whose time came in between. */
function laterPublished(articles: readonly Article[], previous: PublishedList, at: number): PublishedList {
  const due = articles.filter((article) => {
    const time = article.publishedAt.getTime();
    return !article.draft && time >= previous.until && time <= at;
  });
  const next = filterWindow(articles, at);
  const list = withChanges(previous.list, [], due);
  recordDelta(list, { previous: previous.list, removed: [], added: due });
  return { list, ...next };
}

/** The instants between which the published list of `articles` stays what it is at `at`. */
function filterWindow(articles: readonly Article[], at: number): { from: number; until: number } {
  let from = -Infinity;
  let until = Infinity;
  for (const article of articles) {
    const time = article.publishedAt.getTime();
    if (article.draft) continue;
    if (time <= at) from = Math.max(from, time);
    else until = Math.min(until, time);
  }
  return { from, until };
}

/**
 * The published articles at this instant. The list only changes when a
 * scheduled article's time comes or an article changes, so it is kept
 * (same array, which lets derived indexes be cached by identity) until
 * then, and made from the previous one by delta (lib/memo.ts `recordDelta`).
 */
export function publishedIn(snapshot: ContentSnapshot, at: number): Article[] {
  const { articles } = snapshot;
  const cached = published.get(articles);
  if (cached && at >= cached.from && at < cached.until) return cached.list;
  const delta = deltaOf(articles);
  const previous = delta && published.get(delta.previous);
  let result: PublishedList;
  if (cached && at >= cached.until) result = laterPublished(articles, cached, at);
  else if (previous && at >= previous.from && at < previous.until) result = patchPublished(previous, delta, at);
  else result = filterPublished(articles, at);
  published.set(articles, result);
  return result.list;
}

/** Articles readers may see, newest first (drafts and scheduled ones too under `next dev`). */
export async function getArticles(): Promise<Article[]> {
  const snapshot = await getContent();
  return isPreview() ? snapshot.articles : publishedIn(snapshot, now().getTime());
}

export async function getArticle(slug: string): Promise<Article | null> {
  return articleBySlug(await getArticles(), slug) ?? null;
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

/** Which file and which version of it an article was read from ("path:size:mtime"): what a saved search index is checked against. */
export function getArticleFileStamp(article: Article): string | undefined {
  return fileStampOf(article);
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

export async function getArticlesInRubrique(id: string): Promise<readonly Article[]> {
  return articlesByRubrique(await getArticles()).get(id) ?? [];
}

export async function getAuthors(): Promise<Author[]> {
  return [...(await getContent()).authors.values()];
}

export async function getAuthor(id: string): Promise<Author | null> {
  return (await getContent()).authors.get(id) ?? null;
}

export async function getArticlesByAuthor(id: string): Promise<readonly Article[]> {
  return articlesByAuthor(await getArticles()).get(id) ?? [];
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
