/**
 * The first `count` of `items` in the order `ranksBefore` defines, without
 * sorting them all: a search or "À lire aussi" looks at thousands of
 * articles to show a dozen.
 */
export function topRanked<T>(items: Iterable<T>, count: number, ranksBefore: (a: T, b: T) => boolean): T[] {
  const kept: T[] = [];
  if (count <= 0) return kept;
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
