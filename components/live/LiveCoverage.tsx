import { DateTime } from "@/components/ui/DateTime";
import { isLive, liveFrontPage, type Article, type RenderedLiveLog } from "@/lib/content";
import { liveUpdatePath } from "@/lib/live";
import { paths } from "@/lib/routes/paths";
import { liveUpdateView } from "@/lib/live-view";
import { t } from "@/lib/strings";

import { LiveBadge } from "./LiveBadge";
import { LiveUpdateEntry } from "./LiveUpdateEntry";
import { LiveUpdatesIsland } from "./LiveUpdatesIsland";

const labels = { key: t.liveKeyEvent, pinned: t.livePinned, by: t.by, newOne: t.liveNewUpdate, newMany: t.liveNewUpdates };

/** A live coverage's first page: status, pinned updates, « L’essentiel », the newest updates, older pages. */
export function LiveCoverage({ article, log, at }: { article: Article; log: RenderedLiveLog; at: Date }) {
  const live = article.live!;
  const ongoing = isLive(live, at);
  const page = liveFrontPage(log.updates);
  const view = (update: (typeof log.updates)[number]) => liveUpdateView(update, article.publishedAt);
  const newest = log.updates.at(-1);
  return (
    <div className="mt-8">
      <p className="flex flex-wrap items-center gap-3 text-sm">
        <LiveBadge ended={!ongoing} />
        <span className="text-ink-muted">
          {ongoing ? t.liveStarted : t.liveEndedAt} <DateTime date={ongoing ? article.publishedAt : live.endedAt!} style="long" />
        </span>
      </p>
      {log.introHtml ? (
        <div className="prose-article prose prose-lg mt-6 max-w-none font-serif" dangerouslySetInnerHTML={{ __html: log.introHtml }} />
      ) : null}
      {page.pinned.length > 0 ? (
        <section aria-labelledby="epingle" className="mt-8 rounded border-2 border-accent px-4">
          <h2 id="epingle" className="pt-4 text-sm font-bold tracking-wider uppercase">
            {t.livePinned}
          </h2>
          <ol>
            {page.pinned.map((update) => (
              <LiveUpdateEntry key={update.id} update={view(update)} labels={labels} />
            ))}
          </ol>
        </section>
      ) : null}
      {page.keyEvents.length > 0 ? (
        <nav aria-labelledby="essentiel" className="mt-8 bg-paper-muted p-4">
          <h2 id="essentiel" className="font-serif text-lg font-bold">
            {t.liveKeyEvents}
          </h2>
          <ul className="mt-2 space-y-1">
            {page.keyEvents.map((update) => {
              const entry = view(update);
              const onThisPage = page.pinned.includes(update) || page.updates.includes(update);
              return (
                <li key={update.id}>
                  <a
                    href={onThisPage ? `#${update.id}` : liveUpdatePath(article, log.updates, update)}
                    className="underline underline-offset-2"
                  >
                    <time dateTime={entry.datetime} className="font-bold">
                      {entry.time}
                    </time>{" "}
                    — {update.title}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="mises-a-jour" className="mt-8">
        <h2 id="mises-a-jour" className="font-serif text-2xl font-bold">
          {t.liveUpdates}
        </h2>
        {ongoing && newest ? (
          <LiveUpdatesIsland endpoint={paths.liveEndpoint(article.slug)} since={view(newest).datetime} labels={labels} />
        ) : null}
        <ol>
          {page.updates.map((update) => (
            <LiveUpdateEntry key={update.id} update={view(update)} labels={labels} />
          ))}
        </ol>
      </section>
      {page.archives.length > 1 ? (
        <nav aria-label={t.liveArchives} className="mt-8 border-t border-rule pt-4 text-sm">
          <p className="font-semibold">{t.liveArchives}</p>
          <ul className="mt-2 flex flex-wrap gap-3">
            {page.archives.map((n) => (
              <li key={n}>
                <a href={paths.liveArchive(article.slug, n)} className="inline-flex min-h-11 items-center underline">
                  {t.liveArchivePage(n)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
