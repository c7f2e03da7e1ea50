import { getArticles, type Article, type Tag } from "./content";
import { memoizeByIdentity } from "./memo";

export interface TagEntry extends Tag {
  /** Articles carrying the tag, newest first. */
  articles: Article[];
}

/**
 * Every tag of the given articles, by slug. Two spellings that give the same
 * slug ("Sécurité routière", "sécurité routière") are one tag, shown under
 * its most used spelling (the earliest seen among equals).
 */
export function collectTags(articles: readonly Article[]): Map<string, TagEntry> {
  const spellings = new Map<string, Map<string, number>>();
  const tagged = new Map<string, Article[]>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const counts = spellings.get(tag.slug) ?? new Map<string, number>();
      counts.set(tag.label, (counts.get(tag.label) ?? 0) + 1);
      spellings.set(tag.slug, counts);
      const list = tagged.get(tag.slug);
      if (list) list.push(article);
      else tagged.set(tag.slug, [article]);
    }
  }
  const tags = new Map<string, TagEntry>();
  for (const [slug, counts] of spellings) {
    let label = "";
    let best = 0;
    for (const [spelling, count] of counts) {
      if (count > best) [label, best] = [spelling, count];
    }
    tags.set(slug, { slug, label, articles: tagged.get(slug) ?? [] });
  }
  return tags;
}

/** `collectTags` of an article list, computed once per list. */
export const tagsOf = memoizeByIdentity(collectTags);

/** Every tag of the published articles, by slug. */
export async function getTags(): Promise<Map<string, TagEntry>> {
  return tagsOf(await getArticles());
}
