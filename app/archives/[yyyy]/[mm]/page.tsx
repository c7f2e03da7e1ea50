import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DayList } from "@/components/listing/DayList";
import { archiveMonthName as monthName, archiveMonths } from "@/lib/calendar";
import { getArticles } from "@/lib/content";
import { prerendersNothing } from "@/lib/prerender";
import { archiveRoute } from "@/lib/routes";
import { paths } from "@/lib/routes/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ yyyy: string; mm: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  return archiveMonths(await getArticles()).map((month) => ({ yyyy: String(month.year), mm: month.key.slice(5) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { yyyy, mm } = await params;
  const archive = await archiveRoute(yyyy, mm);
  if (!archive) return {};
  return pageMetadata({
    title: t.archiveMonthTitle(monthName(archive.month)),
    description: t.archivesDescription,
    path: archive.month.url,
  });
}

export default async function ArchiveMonthPage({ params }: Props) {
  const { yyyy, mm } = await params;
  const archive = await archiveRoute(yyyy, mm);
  if (!archive) notFound();
  const { month, days, newer, older } = archive;
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">{t.archiveMonthTitle(monthName(month))}</h1>
        <p className="mt-2 text-ink-muted">
          <a href={paths.archives()} className="underline">
            {t.archives}
          </a>
        </p>
      </header>
      <DayList days={days} />
      <nav aria-label={t.archives} className="mt-10 flex justify-between gap-4 text-sm font-semibold">
        {older ? (
          <a href={older.url} rel="prev" className="inline-flex min-h-11 items-center rounded border border-rule px-4 hover:bg-paper-muted">
            {`← ${t.olderMonth}\u00a0: ${monthName(older)}`}
          </a>
        ) : (
          <span />
        )}
        {newer ? (
          <a href={newer.url} rel="next" className="inline-flex min-h-11 items-center rounded border border-rule px-4 hover:bg-paper-muted">
            {`${t.newerMonth}\u00a0: ${monthName(newer)} →`}
          </a>
        ) : null}
      </nav>
    </>
  );
}
