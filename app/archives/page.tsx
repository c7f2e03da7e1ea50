import type { Metadata } from "next";

import { archiveMonthName, archiveMonths } from "@/lib/calendar";
import { getArticles } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const revalidate = 60;

export const metadata: Metadata = pageMetadata({ title: t.archives, description: t.archivesDescription, path: paths.archives() });

export default async function ArchivesPage() {
  const months = archiveMonths(await getArticles());
  const years = [...new Set(months.map((month) => month.year))];
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">{t.archives}</h1>
        <p className="mt-2 text-ink-muted">{t.archivesDescription}</p>
      </header>
      {years.map((year) => (
        <section key={year} aria-labelledby={`annee-${year}`} className="mt-8">
          <h2 id={`annee-${year}`} className="font-serif text-2xl font-bold">
            {year}
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-3 lg:grid-cols-4">
            {months
              .filter((month) => month.year === year)
              .map((month) => (
                <li key={month.key}>
                  <a href={month.url} className="inline-flex min-h-11 items-center hover:underline">
                    {t.archiveCount(archiveMonthName(month), month.count)}
                  </a>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
