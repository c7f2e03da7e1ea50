/** Live coverage across the site: what the home lifts and the cards mark « En direct ». */
import { archivePageOf, isLive, type Article, type LiveUpdate } from "./content";
import { paths } from "./routes/paths";

/** Whether the article is a live coverage still going on at `at`. */
export function isLiveNow(article: Article, at: Date): boolean {
  return !!article.live && isLive(article.live, at);
}

/** The live coverages in progress at `at`, newest first: the home lifts the first to the top. */
export function liveCoverageInProgress(articles: readonly Article[], at: Date): Article[] {
  return articles.filter((article) => isLiveNow(article, at));
}

/** The lasting address of an update: its archive page and anchor, whatever comes after it. */
export function liveUpdatePath(article: Pick<Article, "slug">, updates: readonly LiveUpdate[], update: LiveUpdate): string {
  return `${paths.liveArchive(article.slug, archivePageOf(updates.indexOf(update)))}#${update.id}`;
}
