import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

/** A plain GET form: search works without JavaScript. */
export function SearchForm({
  id,
  label = t.searchLabel,
  defaultValue,
  className,
}: {
  id: string;
  /** Names the search landmark: two forms on one page need two names. */
  label?: string;
  defaultValue?: string;
  className?: string;
}) {
  return (
    <form role="search" aria-label={label} action={paths.search()} method="get" className={className ?? "flex gap-2"}>
      <label htmlFor={id} className="sr-only">
        {t.searchLabel}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder={t.searchPlaceholder}
        className="min-h-11 w-full min-w-0 rounded border border-rule bg-paper px-3 text-base text-ink placeholder:text-ink-muted"
      />
      {/* An icon, named for screen readers: the field keeps the room to show its whole placeholder. */}
      <button
        type="submit"
        className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded bg-accent text-accent-ink"
      >
        <svg viewBox="0 0 20 20" className="h-5 w-5" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="m12.5 12.5 5 5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
        <span className="sr-only">{t.search}</span>
      </button>
    </form>
  );
}
