import { ArticleCard } from "@/components/cards/ArticleCard";
import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

/** A listing's articles, newest first. */
export function ArticleGrid({
  articles,
  withRubrique = true,
  priority = true,
}: {
  articles: Article[];
  withRubrique?: boolean;
  /** Whether the first picture is the page's largest paint (no lead story above). */
  priority?: boolean;
}) {
  if (articles.length === 0) return <p className="mt-8">{t.noArticles}</p>;
  return (
    <ol className="mt-8 grid gap-x-8 gap-y-6 sm:grid-cols-2 sm:gap-y-10 lg:grid-cols-3">
      {articles.map((article, i) => (
        <li key={article.slug}>
          <ArticleCard article={article} headingLevel="h2" withRubrique={withRubrique} priority={priority && i === 0} />
        </li>
      ))}
    </ol>
  );
}
