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

/** The requested page of `items`, or null when that page does not exist. */
export function paginate<T>(items: readonly T[], page: number, size: number): PageSlice<T> | null {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages };
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}
