import type { Metadata } from "next";

import { ArchiveCalendar } from "@/components/listing/ArchiveCalendar";
import { archiveMonths, archiveYears } from "@/lib/calendar";
import { getArticles } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const revalidate = 60;

export const metadata: Metadata = pageMetadata({ title: t.archives, description: t.archivesDescription, path: paths.archives() });

export default async function ArchivesPage() {
  const years = archiveYears(archiveMonths(await getArticles()));
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">{t.archives}</h1>
        <p className="mt-2 text-ink-muted">{t.archivesDescription}</p>
      </header>
      <ArchiveCalendar years={years} />
    </>
  );
}
