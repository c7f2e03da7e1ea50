import { formatCount } from "@/lib/audience";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

/**
 * The legal notice from the site configuration (`site.legal`): in the
 * footer of every page and at the top of /mentions-legales, with
 * yesterday's number of visitors when it is known (lib/audience/).
 */
export function LegalNoticeDetails({ className, visitors }: { className?: string; visitors: number | null }) {
  const { publisher, director, management, host } = site.legal;
  const entries: [string, string][] = [
    [t.legalDirector, director],
    [t.legalManagement, management.map((person) => `${person.name}, ${person.role}`).join(" ; ")],
    [t.legalPublisher, [publisher.name, publisher.address, publisher.registration, publisher.email].filter(Boolean).join(" — ")],
    [t.legalHost, `${host.name} — ${host.address}`],
    ...(visitors === null ? [] : [[t.legalVisitors, formatCount(visitors)] as [string, string]]),
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
