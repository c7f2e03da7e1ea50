import { AuthorLink } from "@/components/article/AuthorLink";
import type { AuthorEntry } from "@/lib/authors";
import { t } from "@/lib/strings";

import { Portrait } from "./Portrait";

/** One journalist on /auteurs: portrait, role, short bio, how many articles, the latest. */
export function AuthorCard({ entry: { author, count, latest } }: { entry: AuthorEntry }) {
  return (
    <article className="flex gap-4 border-t border-rule pt-5">
      <Portrait author={author} size="small" />
      <div className="min-w-0">
        <h2 className="font-serif text-xl font-bold">
          <AuthorLink author={author} />
        </h2>
        {author.role ? <p className="text-sm font-semibold text-ink-muted">{author.role}</p> : null}
        {author.bio ? <p className="mt-2 line-clamp-3 text-sm leading-relaxed">{author.bio}</p> : null}
        <p className="mt-2 text-sm text-ink-muted">
          <a href={author.url} className="font-semibold text-accent underline">
            {t.authorArticleCount(count)}
          </a>
        </p>
        {latest ? (
          <p className="mt-1 text-sm">
            <span className="text-ink-muted">{t.authorLatest}</span>{" "}
            <a href={latest.url} className="font-serif font-bold hover:underline">
              {latest.title}
            </a>
          </p>
        ) : null}
      </div>
    </article>
  );
}
