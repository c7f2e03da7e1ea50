import type { Article } from "@/lib/content";

import { ArticleCard } from "./ArticleCard";

/** A row of up to four cards under a section heading: a rubrique's block, "À lire aussi". */
export function CardRow({ articles, withRubrique = false }: { articles: Article[]; withRubrique?: boolean }) {
  return (
    <ul className="grid gap-x-8 gap-y-8 sm:grid-cols-2 lg:grid-cols-4">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} withRubrique={withRubrique} />
        </li>
      ))}
    </ul>
  );
}
