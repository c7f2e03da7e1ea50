/**
 * A live coverage's updates, read from its body and rendered once per
 * article read (a new snapshot after an edit reads them again).
 */
import { parseLiveLog, type LiveUpdate } from "./live-coverage";
import { renderMarkdown } from "./markdown";
import { bodyMarkdown, getContent } from "./store";
import type { Article, Author } from "./types";

export interface RenderedLiveUpdate extends LiveUpdate {
  html: string;
  author?: Author;
}

export interface RenderedLiveLog {
  introHtml: string;
  /** Oldest first. */
  updates: RenderedLiveUpdate[];
}

const logs = new WeakMap<Article, Promise<RenderedLiveLog>>();

async function render(article: Article): Promise<RenderedLiveLog> {
  const [markdown, { authors }] = await Promise.all([bodyMarkdown(article), getContent()]);
  const log = parseLiveLog(markdown, article.publishedAt);
  return {
    introHtml: log.intro ? renderMarkdown(log.intro) : "",
    updates: log.updates.map((update) => ({
      ...update,
      html: renderMarkdown(update.markdown),
      author: update.authorId ? authors.get(update.authorId) : undefined,
    })),
  };
}

/** The rendered updates of a live coverage; null for an ordinary article. */
export function liveLog(article: Article): Promise<RenderedLiveLog> | null {
  if (!article.live) return null;
  let log = logs.get(article);
  if (!log) {
    logs.set(article, (log = render(article)));
    log.catch(() => logs.delete(article));
  }
  return log;
}
