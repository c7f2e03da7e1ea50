import type { Article } from "@/lib/content";

/** « Les plus lus »: how many articles, over which windows (in hours, the current one included). */
export const MOST_READ = { count: 5, dayHours: 24, weekHours: 168 } as const;

export interface MostRead {
  day: Article[];
  week: Article[];
}

/**
 * The ranked slugs that are published articles, at most `count`: a ranking
 * may name an article since withdrawn, or one not published here.
 */
export function rankedArticles(
  ranking: readonly { slug: string }[],
  articles: readonly Article[],
  count: number = MOST_READ.count,
): Article[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  return ranking
    .map(({ slug }) => bySlug.get(slug))
    .filter((article) => article !== undefined)
    .slice(0, count);
}
