/** Below this share of the items, the best ones are kept by insertion; above it, everything is sorted. */
const INSERTION_SHARE = 1 / 16;

/**
 * The first `count` of `items` in the order `ranksBefore` defines, equals in
 * their original order. A search or "À lire aussi" looks at thousands of
 * articles to show a dozen: those are kept by insertion, without sorting
 * the rest; a deep page of results sorts everything once.
 */
export function topRanked<T>(items: readonly T[], count: number, ranksBefore: (a: T, b: T) => boolean): T[] {
  if (count <= 0) return [];
  if (count >= items.length * INSERTION_SHARE) {
    const order = (a: T, b: T) => (ranksBefore(a, b) ? -1 : ranksBefore(b, a) ? 1 : 0);
    return [...items].sort(order).slice(0, count);
  }
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === count && !ranksBefore(item, kept[count - 1]!)) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ranksBefore(item, kept[middle]!)) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}
