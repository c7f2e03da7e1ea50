import { archiveMonthOnly, type ArchiveYear } from "@/lib/calendar";
import { t } from "@/lib/strings";

/** Each year as twelve months: those with articles link to their page, with the count; the others are greyed. */
export function ArchiveCalendar({ years }: { years: ArchiveYear[] }) {
  return (
    <div className="mt-6 space-y-8">
      {years.map(({ year, months }) => (
        <section key={year} aria-labelledby={`annee-${year}`}>
          <h2 id={`annee-${year}`} className="border-b border-rule pb-1 font-serif text-2xl font-bold">
            {year}
          </h2>
          <ol className="mt-3 grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-6">
            {months.map((month) => (
              <li key={month.key}>
                {month.count > 0 ? (
                  <a
                    href={month.url}
                    className="flex min-h-16 flex-col justify-center rounded border border-accent px-3 py-2 hover:bg-paper-muted"
                  >
                    <span className="font-semibold text-accent underline">{archiveMonthOnly(month)}</span>
                    <span className="text-sm text-ink-muted"> {t.archiveArticles(month.count)}</span>
                  </a>
                ) : (
                  <span className="flex min-h-16 flex-col justify-center rounded border border-rule px-3 py-2 text-ink-muted">
                    {archiveMonthOnly(month)}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
