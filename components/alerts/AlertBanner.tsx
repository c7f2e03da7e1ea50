import { now } from "@/lib/clock";
import { activeAlerts, getAlerts, nextAlertChange } from "@/lib/content";
import { regenerateBy } from "@/lib/regeneration";
import { t } from "@/lib/strings";

/**
 * « Dernière minute » at the top of every page: the alerts on screen now,
 * newest first. Still text, no marquee nor animation. The page is
 * regenerated when the next alert expires or starts.
 */
export async function AlertBanner() {
  const at = now();
  const alerts = await getAlerts();
  const change = nextAlertChange(alerts, at);
  if (change) await regenerateBy(change, at);
  const shown = activeAlerts(alerts, at);
  if (shown.length === 0) return null;
  return (
    <section aria-label={t.alertLabel} className="bg-accent text-accent-ink print:hidden">
      <ul className="mx-auto max-w-6xl divide-y divide-accent-ink/30 px-4">
        {shown.map((alert) => (
          <li key={alert.slug} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 text-sm sm:text-base">
            <strong className="shrink-0 text-xs font-bold tracking-wider uppercase">{t.alertLabel}</strong>
            <span className="min-w-0 font-semibold">{alert.text}</span>
            {alert.article ? (
              <a href={alert.article.url} className="underline underline-offset-2 hover:no-underline">
                {t.alertReadArticle}
                <span className="sr-only">&nbsp;: {alert.article.title}</span>
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
