import { DateTime } from "@/components/ui/DateTime";
import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

import { AuthorLink } from "./AuthorLink";

/** "Par <auteur>", the publication and update dates, and the reading time. */
export function Byline({ article }: { article: Article }) {
  return (
    <div className="mt-5 border-y border-rule py-3 text-sm">
      <p className="font-semibold">
        {t.by} <AuthorLink author={article.author} className="underline decoration-rule underline-offset-2 hover:decoration-current" />
      </p>
      <p className="mt-1 text-ink-muted">
        {t.published} <DateTime date={article.publishedAt} style="long" />
        {article.updatedAt ? (
          <>
            <br />
            {t.updated} <DateTime date={article.updatedAt} style="long" />
          </>
        ) : null}
      </p>
      <p className="mt-1 text-ink-muted">{t.readingTime(article.readingMinutes)}</p>
    </div>
  );
}
