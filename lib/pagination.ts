export interface PageSlice<T> {
  items: T[];
  page: number;
  totalPages: number;
}

/**
 * A page number from a URL segment or query: only a plain positive integer
 * ("2", not "02", "1e3" or "-1"). Anything else is null.
 */
export function parsePageNumber(raw: string | undefined): number | null {
  if (!raw || !/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * The requested page of `items`, or null when that page does not exist.
 * `firstSize` is what page 1 holds when it differs from the others: 0 for
 * the home, whose front page shows its own choice (lib/front-page.ts).
 */
export function paginate<T>(items: readonly T[], page: number, size: number, firstSize = size): PageSlice<T> | null {
  const totalPages = pageCount(items.length, size, firstSize);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  const start = page === 1 ? 0 : firstSize + (page - 2) * size;
  return { items: items.slice(start, page === 1 ? firstSize : start + size), page, totalPages };
}

/** Pages of `total` items: page 1 holds `firstSize`, the next ones `size`; always at least one. */
export function pageCount(total: number, size: number, firstSize = size): number {
  return 1 + Math.max(0, Math.ceil((total - firstSize) / size));
}

/** The page the item at `index` (from 0) is on. */
export function pageOf(index: number, size: number, firstSize = size): number {
  return index < firstSize ? 1 : 2 + Math.floor((index - firstSize) / size);
}
