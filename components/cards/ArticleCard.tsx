import { AuthorLink } from "@/components/article/AuthorLink";
import { StatusBadge } from "@/components/article/StatusBadge";
import { DateTime } from "@/components/ui/DateTime";
import { Picture } from "@/components/ui/Picture";
import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

import { RubriqueKicker } from "./RubriqueKicker";

/** An article in a listing: picture, rubrique, headline, chapô and date. */
export function ArticleCard({
  article,
  headingLevel: Heading = "h3",
  withImage = true,
  withRubrique = true,
  priority = false,
}: {
  article: Article;
  headingLevel?: "h2" | "h3";
  withImage?: boolean;
  withRubrique?: boolean;
  /** The first picture of a listing page, likely its largest paint: fetched first. */
  priority?: boolean;
}) {
  return (
    <article className="flex flex-col gap-2">
      {withImage && article.image ? (
        <Picture
          src={article.image.src}
          alt={article.image.alt}
          width={article.image.width}
          height={article.image.height}
          sizes="(min-width: 1024px) 360px, (min-width: 640px) 45vw, 92vw"
          priority={priority}
          className="aspect-[16/9] w-full rounded-sm bg-paper-muted object-cover"
        />
      ) : null}
      <StatusBadge article={article} />
      {withRubrique ? <RubriqueKicker rubrique={article.rubrique} /> : null}
      <Heading className="font-serif text-xl leading-snug font-bold">
        <a href={article.url} className="hover:underline">
          {article.title}
        </a>
      </Heading>
      <p className="text-sm leading-relaxed text-ink-muted">{article.description}</p>
      <p className="text-xs text-ink-muted">
        {t.by} <AuthorLink author={article.author} /> · <DateTime date={article.publishedAt} />
      </p>
    </article>
  );
}
