import type { LiveUpdateView } from "@/lib/live-view";

/**
 * One update of a live coverage: its time (a link to its own anchor), title,
 * author and text. Plain props only: the live island renders it too.
 */
export function LiveUpdateEntry({ update, labels }: { update: LiveUpdateView; labels: { key: string; pinned: string; by: string } }) {
  return (
    <li id={update.id} className="scroll-mt-4 border-t border-rule py-5">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <a href={`#${update.id}`} className="font-bold text-accent no-underline hover:underline">
          <time dateTime={update.datetime}>{update.time}</time>
        </a>
        {update.pinned ? <span className="font-semibold text-ink-muted uppercase">{labels.pinned}</span> : null}
        {update.key ? (
          <span className="rounded-sm border border-current px-1.5 text-xs font-bold text-accent uppercase">{labels.key}</span>
        ) : null}
      </p>
      {update.title ? <h3 className="mt-2 font-serif text-xl leading-snug font-bold">{update.title}</h3> : null}
      <div className="prose-article prose mt-2 max-w-none font-serif" dangerouslySetInnerHTML={{ __html: update.html }} />
      {update.author ? (
        <p className="mt-2 text-sm text-ink-muted">
          {labels.by} <a href={update.author.url}>{update.author.name}</a>
        </p>
      ) : null}
    </li>
  );
}
