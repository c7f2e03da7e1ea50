/**
 * Article lists sorted newest first (`newestFirst`), changed in place of
 * being sorted again: the published list, and the rubrique, author, tag and
 * month lists derived from it.
 */
import { newestFirst } from "./load";
import type { Article } from "./types";

/** Where `article` goes in `list` (binary search): the index of the first article it sorts before or equals. */
function lowerBound(list: readonly Article[], article: Article): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (newestFirst(list[middle]!, article) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where `article` (this very object) sits in `list`, or null. */
export function positionIn(list: readonly Article[], article: Article | undefined): number | null {
  if (!article) return null;
  const at = lowerBound(list, article);
  return list[at] === article ? at : null;
}

/** `items` with `removed` taken out and `added` (any order) put in, newest first: one pass, no full sort. */
export function mergeArticles(items: readonly Article[], removed: ReadonlySet<string>, added: readonly Article[]): Article[] {
  const incoming = [...added].sort(newestFirst);
  const merged: Article[] = [];
  let next = 0;
  for (const article of items) {
    if (removed.has(article.slug)) continue;
    while (next < incoming.length && newestFirst(incoming[next]!, article) < 0) merged.push(incoming[next++]!);
    merged.push(article);
  }
  while (next < incoming.length) merged.push(incoming[next++]!);
  return merged;
}

/** Past this many changes one merge pass beats a binary search and an array shift per change. */
const SPLICES_AT_MOST = 16;

/**
 * A copy of `list` without the articles of `removed` (by identity) and with
 * those of `added`, each in its place. `list` itself is not modified.
 */
export function withChanges(list: readonly Article[], removed: readonly Article[], added: readonly Article[]): Article[] {
  if (removed.length + added.length > SPLICES_AT_MOST) {
    const gone = new Set(removed);
    return mergeArticles(
      list.filter((article) => !gone.has(article)),
      new Set(),
      added,
    );
  }
  const copy = list.slice();
  for (const article of removed) {
    const at = positionIn(copy, article);
    if (at !== null) copy.splice(at, 1);
  }
  for (const article of added) copy.splice(lowerBound(copy, article), 0, article);
  return copy;
}
