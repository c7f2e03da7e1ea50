/**
 * Articles of a list grouped by rubrique, author, tag or month, each group
 * newest first like the list. Built once per list, then patched with the
 * list's delta (lib/memo.ts): a change copies the map and the groups of the
 * keys it touches, never the 100,000 articles of the others.
 */
import { memoizeByList, type ListDelta } from "../memo";
import { newestFirst } from "./load";
import { withChanges } from "./order";
import type { Article } from "./types";

export type Groups = ReadonlyMap<string, readonly Article[]>;

function buildGroups(list: readonly Article[], keysOf: (article: Article) => readonly string[]): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of list) {
    for (const key of keysOf(article)) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

/**
 * The order `buildGroups` gives its keys: by first appearance in the list,
 * that is by the newest article of each group, then by the order of the
 * keys in that article.
 */
function inFirstAppearanceOrder(groups: Map<string, readonly Article[]>, keysOf: (article: Article) => readonly string[]) {
  const entries = [...groups];
  entries.sort(([keyA, [firstA]], [keyB, [firstB]]) => {
    if (firstA !== firstB) return newestFirst(firstA!, firstB!);
    const keys = keysOf(firstA!);
    return keys.indexOf(keyA) - keys.indexOf(keyB);
  });
  return new Map(entries);
}

function patchGroups(
  previous: Groups,
  delta: ListDelta<Article>,
  keysOf: (article: Article) => readonly string[],
  ordered: boolean,
): Groups {
  const changes = new Map<string, { removed: Article[]; added: Article[] }>();
  const changesOf = (key: string) => changes.get(key) ?? changes.set(key, { removed: [], added: [] }).get(key)!;
  for (const article of delta.removed) for (const key of keysOf(article)) changesOf(key).removed.push(article);
  for (const article of delta.added) for (const key of keysOf(article)) changesOf(key).added.push(article);
  const groups = new Map(previous);
  let reorder = false;
  for (const [key, { removed, added }] of changes) {
    const before = previous.get(key) ?? [];
    const after = withChanges(before, removed, added);
    if (after.length === 0) groups.delete(key);
    else groups.set(key, after);
    if (before[0] !== after[0]) reorder = true;
  }
  return ordered && reorder ? inFirstAppearanceOrder(groups, keysOf) : groups;
}

/**
 * Groups of a list by `keysOf`, memoized per list and patched by delta.
 * `ordered`: the map iterates its keys as a full build would (by first
 * appearance), for callers that list the keys (sitemaps).
 */
export function groupsBy(keysOf: (article: Article) => readonly string[], ordered = false): (list: readonly Article[]) => Groups {
  return memoizeByList<Article, Groups>(
    (list) => buildGroups(list, keysOf),
    (previous, delta) => patchGroups(previous, delta, keysOf, ordered),
  );
}

export const articlesByRubrique = groupsBy((article) => [article.rubrique.id]);
export const articlesByAuthor = groupsBy((article) => [article.author.id]);
export const articlesByTag = groupsBy((article) => article.tags.map((tag) => tag.slug), true);

/** Articles by slug: the whole list's map, and those changed since it was built (null: withdrawn). */
interface SlugMap {
  all: ReadonlyMap<string, Article>;
  changed: ReadonlyMap<string, Article | null>;
}

/** Past this many changed slugs the map of the whole list is built again. */
const CHANGED_SLUGS_KEPT = 2_000;

const slugMap = (list: readonly Article[]): SlugMap => ({ all: new Map(list.map((article) => [article.slug, article])), changed: new Map() });

const slugMapOf = memoizeByList<Article, SlugMap>(slugMap, (previous, delta, list) => {
  if (previous.changed.size + delta.added.length + delta.removed.length > CHANGED_SLUGS_KEPT) return slugMap(list);
  const changed = new Map(previous.changed);
  for (const article of delta.removed) changed.set(article.slug, null);
  for (const article of delta.added) changed.set(article.slug, article);
  return { all: previous.all, changed };
});

/** The article of `list` with this slug: a lookup in a map kept by delta, not a copy of 100,000 entries per change. */
export function articleBySlug(list: readonly Article[], slug: string): Article | undefined {
  const { all, changed } = slugMapOf(list);
  const found = changed.get(slug);
  return found === undefined ? all.get(slug) : (found ?? undefined);
}
