import { t } from "@/lib/strings";

/** « En direct » (or « Terminé » for a finished coverage): on cards and at the top of a live page. */
export function LiveBadge({ ended = false }: { ended?: boolean }) {
  if (ended)
    return <span className="inline-block rounded-sm border border-rule px-2 py-0.5 text-xs font-bold uppercase">{t.liveEnded}</span>;
  return (
    <span className="inline-flex items-center gap-1.5 rounded-sm bg-accent px-2 py-0.5 text-xs font-bold text-accent-ink uppercase">
      <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-accent-ink" />
      {t.live}
    </span>
  );
}
