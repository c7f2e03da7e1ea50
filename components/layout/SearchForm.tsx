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
      <button type="submit" className="min-h-11 shrink-0 rounded bg-accent px-4 font-semibold text-accent-ink hover:underline">
        {t.search}
      </button>
    </form>
  );
}
