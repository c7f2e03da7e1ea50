import type { Metadata } from "next";

import { AuthorCard } from "@/components/listing/AuthorCard";
import { newsroomDirectory } from "@/lib/authors";
import { getArticles, getAuthors } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const revalidate = 60;

export const metadata: Metadata = pageMetadata({ title: t.authors, description: t.authorsDescription, path: paths.authors() });

export default async function AuthorsPage() {
  const entries = newsroomDirectory(await getAuthors(), await getArticles());
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">{t.authors}</h1>
        <p className="mt-2 text-ink-muted">{t.authorsDescription}</p>
      </header>
      <ul className="mt-6 grid gap-x-10 gap-y-6 md:grid-cols-2">
        {entries.map((entry) => (
          <li key={entry.author.id}>
            <AuthorCard entry={entry} />
          </li>
        ))}
      </ul>
    </>
  );
}
