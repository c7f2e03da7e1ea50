/** Live coverage across the site: what the home lifts and the cards mark « En direct ». */
import { archivePageOf, isLive, type Article, type LiveUpdate } from "./content";

/** Whether the article is a live coverage still going on at `at`. */
export function isLiveNow(article: Article, at: Date): boolean {
  return !!article.live && isLive(article.live, at);
}

/** The live coverages in progress at `at`, newest first: the home lifts the first to the top. */
export function liveCoverageInProgress(articles: readonly Article[], at: Date): Article[] {
  return articles.filter((article) => isLiveNow(article, at));
}

/** The cacheable endpoint the live island reads: `/article/<slug>/direct.json`. */
export function liveEndpointPath(article: Pick<Article, "url">): string {
  return `${article.url}/direct.json`;
}

/** Archive page `n` of a live coverage's updates (1 = the oldest fifty): `/article/<slug>/mises-a-jour/<n>`. */
export function liveArchivePath(article: Pick<Article, "url">, n: number): string {
  return `${article.url}/mises-a-jour/${n}`;
}

/** The lasting address of an update: its archive page and anchor, whatever comes after it. */
export function liveUpdatePath(article: Pick<Article, "url">, updates: readonly LiveUpdate[], update: LiveUpdate): string {
  return `${liveArchivePath(article, archivePageOf(updates.indexOf(update)))}#${update.id}`;
}
