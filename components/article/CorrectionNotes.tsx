import { DateTime } from "@/components/ui/DateTime";
import type { Correction } from "@/lib/content";
import { t } from "@/lib/strings";

/**
 * An article's corrections of one kind, with date and time: rectificatifs
 * above the article (an error was corrected), précisions below it.
 */
export function CorrectionNotes({ corrections, kind }: { corrections: Correction[]; kind: Correction["kind"] }) {
  const notes = corrections.filter((correction) => correction.kind === kind).reverse();
  if (notes.length === 0) return null;
  const id = `${kind}s`;
  return (
    <section
      aria-labelledby={id}
      className={kind === "rectificatif" ? "mt-6 border-l-4 border-accent pl-4" : "mt-10 border-t border-rule pt-4"}
    >
      <h2 id={id} className="text-sm font-bold tracking-wider uppercase">
        {t[kind]}
      </h2>
      <ul className="mt-2 space-y-3">
        {notes.map((note) => (
          <li key={note.publishedAt.toISOString()} className="text-base">
            <p className="text-sm text-ink-muted">
              <DateTime date={note.publishedAt} style="long" />
            </p>
            <p className="mt-1">{note.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
