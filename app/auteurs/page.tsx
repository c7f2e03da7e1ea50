import type { Metadata } from "next";

import { AuthorLink } from "@/components/article/AuthorLink";
import { Picture } from "@/components/ui/Picture";
import { getAuthors } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const metadata: Metadata = pageMetadata({ title: t.authors, description: t.authorsDescription, path: paths.authors() });

export default async function AuthorsPage() {
  const authors = await getAuthors();
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">{t.authors}</h1>
        <p className="mt-2 text-ink-muted">{t.authorsDescription}</p>
      </header>
      <ul className="mt-8 grid gap-8 sm:grid-cols-2">
        {authors.map((author) => (
          <li key={author.id} className="flex gap-4">
            {author.portrait ? (
              <Picture
                src={author.portrait.src}
                alt=""
                width={author.portrait.width}
                height={author.portrait.height}
                sizes="80px"
                className="h-20 w-20 shrink-0 rounded-full bg-paper-muted object-cover"
              />
            ) : null}
            <div>
              <h2 className="font-serif text-xl font-bold">
                <AuthorLink author={author} />
              </h2>
              {author.role ? <p className="text-sm text-ink-muted">{author.role}</p> : null}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
