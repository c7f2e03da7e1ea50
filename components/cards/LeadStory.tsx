import { AuthorLink } from "@/components/article/AuthorLink";
import { StatusBadge } from "@/components/article/StatusBadge";
import { LiveMark } from "@/components/live/LiveMark";
import { DateTime } from "@/components/ui/DateTime";
import { Picture } from "@/components/ui/Picture";
import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

import { RubriqueKicker } from "./RubriqueKicker";

/**
 * The story a page opens on: large picture, headline, chapô; without a
 * picture, a larger headline on the house rule. `wide`: picture and text side
 * by side from 768 px, for a full-width listing.
 */
export function LeadStory({
  article,
  headingLevel: Heading = "h3",
  withRubrique = true,
  wide = false,
}: {
  article: Article;
  headingLevel?: "h2" | "h3";
  withRubrique?: boolean;
  wide?: boolean;
}) {
  const layout = wide && article.image ? "md:grid md:grid-cols-5 md:items-center md:gap-x-8" : "";
  return (
    <article className={`flex flex-col gap-3 ${layout} ${article.image ? "" : "border-t-4 border-accent pt-4"}`}>
      {article.image ? (
        <Picture
          src={article.image.src}
          alt={article.image.alt}
          width={article.image.width}
          height={article.image.height}
          priority
          sizes="(min-width: 1152px) 740px, (min-width: 1024px) 64vw, 92vw"
          className="aspect-[16/9] w-full rounded-sm bg-paper-muted object-cover md:col-span-3"
        />
      ) : null}
      <div className="flex flex-col gap-3 md:col-span-2">
        <StatusBadge article={article} />
        <LiveMark article={article} />
        {withRubrique ? <RubriqueKicker rubrique={article.rubrique} /> : null}
        <Heading className={`font-serif leading-tight font-bold ${article.image ? "text-3xl md:text-4xl" : "text-4xl md:text-5xl"}`}>
          <a href={article.url} className="hover:underline">
            {article.title}
          </a>
        </Heading>
        <p className="font-serif text-lg leading-relaxed">{article.description}</p>
        <p className="text-sm text-ink-muted">
          {t.by} <AuthorLink author={article.author} /> · <DateTime date={article.publishedAt} />
        </p>
      </div>
    </article>
  );
}
