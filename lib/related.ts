import type { Article } from "./content";

/**
 * "À lire aussi": articles sharing the most tags first, then those of the
 * same rubrique, newest first among equals; never the article itself.
 */
export function relatedArticles(article: Article, articles: readonly Article[], limit = 4): Article[] {
  const tags = new Set(article.tags.map((tag) => tag.slug));
  return articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({
      other,
      shared: other.tags.filter((tag) => tags.has(tag.slug)).length,
      sameRubrique: other.rubrique.id === article.rubrique.id ? 1 : 0,
    }))
    .filter(({ shared, sameRubrique }) => shared > 0 || sameRubrique > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        b.sameRubrique - a.sameRubrique ||
        b.other.publishedAt.getTime() - a.other.publishedAt.getTime(),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The articles just before (older) and after (newer) in the same rubrique. */
export function adjacentInRubrique(article: Article, articles: readonly Article[]) {
  const siblings = articles.filter((other) => other.rubrique.id === article.rubrique.id);
  const index = siblings.findIndex((other) => other.slug === article.slug);
  return {
    newer: index > 0 ? siblings[index - 1] : undefined,
    older: index >= 0 ? siblings[index + 1] : undefined,
  };
}
