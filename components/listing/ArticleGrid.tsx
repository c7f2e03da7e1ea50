import { ArticleCard } from "@/components/cards/ArticleCard";
import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

/** A listing's articles, newest first. */
export function ArticleGrid({ articles, withRubrique = true }: { articles: Article[]; withRubrique?: boolean }) {
  if (articles.length === 0) return <p className="mt-8">{t.noArticles}</p>;
  return (
    <ol className="mt-8 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article, i) => (
        <li key={article.slug}>
          <ArticleCard article={article} headingLevel="h2" withRubrique={withRubrique} priority={i === 0} />
        </li>
      ))}
    </ol>
  );
}
