import type { Article } from "./content";
import { articlesByRubrique } from "./content/groups";
import { positionIn } from "./content/order";
import { topRanked } from "./ranking";
import { tagsOf } from "./tags";

interface Candidate {
  other: Article;
  shared: number;
  sameRubrique: boolean;
}

/** Shared tags, then same rubrique, then newest; lists are newest first, then by slug. */
function ranksBefore(a: Candidate, b: Candidate): boolean {
  if (a.shared !== b.shared) return a.shared > b.shared;
  if (a.sameRubrique !== b.sameRubrique) return a.sameRubrique;
  const time = a.other.publishedAt.getTime() - b.other.publishedAt.getTime();
  return time !== 0 ? time > 0 : a.other.slug < b.other.slug;
}

/**
 * "À lire aussi": articles sharing the most tags first, then those of the
 * same rubrique, newest first among equals; never the article itself, nor
 * those in `shownBeside` (its previous and next, already linked under it).
 * Only the articles of its tags and rubrique are looked at, so the cost does
 * not grow with the whole archive.
 */
export function relatedArticles(
  article: Article,
  articles: readonly Article[],
  limit = 4,
  shownBeside: readonly (Article | undefined)[] = [],
): Article[] {
  const tags = tagsOf(articles);
  const left = (other: Article) => other.slug !== article.slug && !shownBeside.includes(other);
  const shared = new Map<Article, number>();
  for (const tag of article.tags) {
    for (const other of tags.get(tag.slug)?.articles ?? []) {
      if (left(other)) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  const candidates = [...shared].map(([other, count]) => ({
    other,
    shared: count,
    sameRubrique: other.rubrique.id === article.rubrique.id,
  }));
  const related = topRanked(candidates, limit, ranksBefore).map(({ other }) => other);
  for (const other of articlesByRubrique(articles).get(article.rubrique.id) ?? []) {
    if (related.length >= limit) break;
    if (left(other) && !shared.has(other)) related.push(other);
  }
  return related;
}

/** The articles just before (older) and after (newer) in the same rubrique. */
export function adjacentInRubrique(article: Article, articles: readonly Article[]) {
  const siblings = articlesByRubrique(articles).get(article.rubrique.id) ?? [];
  const index = positionIn(siblings, article) ?? siblings.findIndex((other) => other.slug === article.slug);
  return {
    newer: index > 0 ? siblings[index - 1] : undefined,
    older: index >= 0 ? siblings[index + 1] : undefined,
  };
}
