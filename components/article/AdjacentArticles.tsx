import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

/** Previous and next article in the same rubrique. */
export function AdjacentArticles({ older, newer }: { older?: Article; newer?: Article }) {
  if (!older && !newer) return null;
  return (
    <nav aria-label={t.inRubrique} className="mt-10 grid gap-4 border-t border-rule pt-6 sm:grid-cols-2 print:hidden">
      {older ? (
        <a href={older.url} rel="prev" className="group block rounded p-2 hover:bg-paper-muted">
          <span className="block text-xs font-bold tracking-wider text-ink-muted uppercase">← {t.olderInRubrique}</span>
          <span className="mt-1 block font-serif font-bold group-hover:underline">{older.title}</span>
        </a>
      ) : (
        <span />
      )}
      {newer ? (
        <a href={newer.url} rel="next" className="group block rounded p-2 text-right hover:bg-paper-muted">
          <span className="block text-xs font-bold tracking-wider text-ink-muted uppercase">{t.newerInRubrique} →</span>
          <span className="mt-1 block font-serif font-bold group-hover:underline">{newer.title}</span>
        </a>
      ) : null}
    </nav>
  );
}
