import { RubriqueKicker } from "@/components/cards/RubriqueKicker";
import type { Article } from "@/lib/content";

import { Byline } from "./Byline";

/** Rubrique, headline, chapô and byline. */
export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header>
      <RubriqueKicker rubrique={article.rubrique} />
      <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-4xl md:text-5xl">{article.title}</h1>
      <p className="mt-4 font-serif text-xl leading-relaxed text-ink-muted">{article.description}</p>
      <Byline article={article} />
    </header>
  );
}
