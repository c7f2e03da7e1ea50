import { AuthorLink } from "@/components/article/AuthorLink";
import { StatusBadge } from "@/components/article/StatusBadge";
import { LiveMark } from "@/components/live/LiveMark";
import { DateTime } from "@/components/ui/DateTime";
import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

import { CardPicture } from "./CardPicture";
import { RubriqueKicker } from "./RubriqueKicker";

/**
 * An article in a listing. From 640 px: picture (or its typographic panel),
 * rubrique, headline, chapô, byline. Narrower: a compact row, headline beside
 * a square thumbnail, without the chapô, so a list reads in a few screens.
 */
export function ArticleCard({
  article,
  headingLevel: Heading = "h3",
  withRubrique = true,
  priority = false,
}: {
  article: Article;
  headingLevel?: "h2" | "h3";
  withRubrique?: boolean;
  /** The first picture of a listing page, likely its largest paint: fetched first. */
  priority?: boolean;
}) {
  return (
    <article className="grid grid-cols-[1fr_auto] content-start gap-x-3 gap-y-1.5 sm:flex sm:flex-col sm:gap-2">
      <CardPicture
        article={article}
        sizes="(min-width: 1024px) 360px, (min-width: 640px) 45vw, 6rem"
        priority={priority}
        className={`col-start-2 row-span-4 row-start-1 aspect-square w-24 sm:aspect-[16/9] sm:w-full ${article.image ? "" : "max-sm:hidden"}`}
      />
      <div className="col-start-1 empty:hidden">
        <StatusBadge article={article} />
        <LiveMark article={article} />
      </div>
      {withRubrique ? (
        <div className="col-start-1">
          <RubriqueKicker rubrique={article.rubrique} />
        </div>
      ) : null}
      <Heading className="col-start-1 font-serif text-lg leading-snug font-bold sm:text-xl">
        <a href={article.url} className="hover:underline">
          {article.title}
        </a>
      </Heading>
      <p className="col-start-1 text-sm leading-relaxed text-ink-muted max-sm:hidden">{article.description}</p>
      <p className="col-start-1 text-xs text-ink-muted">
        {t.by} <AuthorLink author={article.author} /> · <DateTime date={article.publishedAt} />
      </p>
    </article>
  );
}
