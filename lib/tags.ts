import { getArticles, type Article, type Tag } from "./content";
import { articlesByTag } from "./content/groups";
import { memoizeByList } from "./memo";

export interface TagEntry extends Tag {
  /** Articles carrying the tag, newest first. */
  articles: readonly Article[];
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

/** The most used spelling of a tag among its articles (the earliest seen among equals), as `collectTags` picks it. */
function labelOf(slug: string, articles: readonly Article[]): string {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const spelling = article.tags.find((tag) => tag.slug === slug)!.label;
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  }
  let label = "";
  let best = 0;
  for (const [spelling, count] of counts) if (count > best) [label, best] = [spelling, count];
  return label;
}

/** The tags of `list` from its groups by tag: those not in `touched` are taken from `previous`. */
function tagsFrom(list: readonly Article[], previous?: ReadonlyMap<string, TagEntry>, touched?: ReadonlySet<string>) {
  const tags = new Map<string, TagEntry>();
  for (const [slug, articles] of articlesByTag(list)) {
    const kept = touched?.has(slug) ? undefined : previous?.get(slug);
    tags.set(slug, kept ?? { slug, label: labelOf(slug, articles), articles });
  }
  return tags;
}

/**
 * `collectTags` of an article list, computed once per list; a list made
 * from another by delta (lib/memo.ts) gets the tags of the other, with
 * only the tags of the changed articles built again.
 */
export const tagsOf = memoizeByList<Article, Map<string, TagEntry>>(
  (list) => tagsFrom(list),
  (previous, delta, list) =>
    tagsFrom(list, previous, new Set([...delta.removed, ...delta.added].flatMap((article) => article.tags.map((tag) => tag.slug)))),
);

/** Every tag of the published articles, by slug. */
export async function getTags(): Promise<Map<string, TagEntry>> {
  return tagsOf(await getArticles());
}
