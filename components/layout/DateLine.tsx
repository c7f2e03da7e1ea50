import { now } from "@/lib/clock";
import { casablancaDay, formatDayHeading, formatHijriDate, nextCasablancaMidnight } from "@/lib/dates";
import { regenerateBy } from "@/lib/regeneration";

/**
 * "Dimanche 29 novembre 2026 · 18 joumada al-oukhra 1448": the day in
 * Casablanca, on every page, which is therefore regenerated at midnight.
 */
export async function DateLine() {
  const today = now();
  await regenerateBy(nextCasablancaMidnight(today), today);
  return (
    <p className="text-xs text-ink-muted sm:text-sm">
      <time dateTime={casablancaDay(today)}>{formatDayHeading(today)}</time>
      <span aria-hidden="true"> · </span>
      <span className="sr-only">, </span>
      <span>{formatHijriDate(today)}</span>
    </p>
  );
}
