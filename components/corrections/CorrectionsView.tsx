import { DateTime } from "@/components/ui/DateTime";
import { Pagination } from "@/components/ui/Pagination";
import type { PublishedCorrection } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

/** /rectificatifs: every correction, newest first, each with its article. */
export function CorrectionsView({ items, page, totalPages }: { items: PublishedCorrection[]; page: number; totalPages: number }) {
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">
          {t.correctionsTitle}
          {page > 1 ? <span className="text-ink-muted"> — {t.pageOf(page, totalPages)}</span> : null}
        </h1>
        <p className="mt-2 text-ink-muted">{t.correctionsDescription}</p>
      </header>
      {items.length === 0 ? <p className="mt-8">{t.correctionsEmpty}</p> : null}
      <ol className="mt-6 divide-y divide-rule">
        {items.map(({ article, correction }) => (
          <li key={`${article.slug}-${correction.publishedAt.toISOString()}`} className="py-5">
            <p className="text-sm">
              <span className="font-bold tracking-wider text-accent uppercase">{t[correction.kind]}</span>{" "}
              <span className="text-ink-muted">
                — <DateTime date={correction.publishedAt} style="long" />
              </span>
            </p>
            <p className="mt-2">{correction.text}</p>
            <p className="mt-2 text-sm">
              {t.correctionOf}{" "}
              <a href={article.url} className="font-serif font-semibold underline underline-offset-2">
                {article.title}
              </a>
            </p>
          </li>
        ))}
      </ol>
      <Pagination page={page} totalPages={totalPages} hrefFor={paths.corrections} />
    </>
  );
}
