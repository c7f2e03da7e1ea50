import { AuthorLink } from "@/components/article/AuthorLink";
import { StatusBadge } from "@/components/article/StatusBadge";
import { DateTime } from "@/components/ui/DateTime";
import { Picture } from "@/components/ui/Picture";
import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

import { RubriqueKicker } from "./RubriqueKicker";

/** "À la une": the story the home page opens on. */
export function LeadStory({ article }: { article: Article }) {
  return (
    <section aria-labelledby="a-la-une" className="border-b border-rule pb-8">
      <h2 id="a-la-une" className="mb-3 text-sm font-bold tracking-wider uppercase">
        {t.leadStory}
      </h2>
      <article className="grid gap-6 md:grid-cols-5 md:items-center">
        {article.image ? (
          <Picture
            src={article.image.src}
            alt={article.image.alt}
            width={article.image.width}
            height={article.image.height}
            priority
            sizes="(min-width: 1152px) 660px, (min-width: 768px) 58vw, 92vw"
            className="aspect-[16/9] w-full rounded-sm bg-paper-muted object-cover md:col-span-3"
          />
        ) : null}
        <div className={article.image ? "md:col-span-2" : "md:col-span-5"}>
          <StatusBadge article={article} />
          <RubriqueKicker rubrique={article.rubrique} />
          <h3 className="mt-2 font-serif text-3xl leading-tight font-bold md:text-4xl">
            <a href={article.url} className="hover:underline">
              {article.title}
            </a>
          </h3>
          <p className="mt-3 font-serif text-lg leading-relaxed">{article.description}</p>
          <p className="mt-3 text-sm text-ink-muted">
            {t.by} <AuthorLink author={article.author} /> · <DateTime date={article.publishedAt} />
          </p>
        </div>
      </article>
    </section>
  );
}
