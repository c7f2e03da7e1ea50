import { site } from "@/lib/site";
import { t } from "@/lib/strings";

/**
 * The legal notice from the site configuration (`site.legal`): in the
 * footer of every page and at the top of /mentions-legales.
 */
export function LegalNoticeDetails({ className }: { className?: string }) {
  const { publisher, director, management, host } = site.legal;
  const entries: [string, string][] = [
    // The daily number of visitors joins these once the audience is measured (see LegalNotice in lib/site.ts).
    [t.legalDirector, director],
    [t.legalManagement, management.map((person) => `${person.name}, ${person.role}`).join(" ; ")],
    [t.legalPublisher, [publisher.name, publisher.address, publisher.registration, publisher.email].filter(Boolean).join(" — ")],
    [t.legalHost, `${host.name} — ${host.address}`],
  ];
  return (
    <dl className={className}>
      {entries.map(([term, value]) => (
        <div key={term}>
          <dt className="inline font-semibold">{term}&nbsp;: </dt>
          <dd className="inline">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
