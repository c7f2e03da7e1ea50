import type { Article, RenderedLiveUpdate } from "@/lib/content";
import { liveUpdateView } from "@/lib/live-view";
import { t } from "@/lib/strings";

import { LiveUpdateEntry } from "./LiveUpdateEntry";

const labels = { key: t.liveKeyEvent, pinned: t.livePinned, by: t.by };

/** One archive page of a live coverage: fifty updates that never move to another page. */
export function LiveArchive({ article, page, updates }: { article: Article; page: number; updates: RenderedLiveUpdate[] }) {
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl leading-tight font-bold">{t.liveArchiveTitle(article.title, page)}</h1>
      <p className="mt-3">
        <a href={article.url} className="font-semibold text-accent underline">
          {t.liveBackToLatest}
        </a>
      </p>
      <h2 className="mt-6 font-serif text-2xl font-bold">{t.liveUpdates}</h2>
      <ol>
        {updates.map((update) => (
          <LiveUpdateEntry key={update.id} update={liveUpdateView(update, article.publishedAt)} labels={labels} />
        ))}
      </ol>
    </article>
  );
}
