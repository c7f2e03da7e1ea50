import type { Article } from "../content";
import { buildSearchIndex, search } from "./engine";

export interface SearchTimings {
  buildMs: number;
  queries: { query: string; ms: number; total: number }[];
}

/** How long building an index of `articles` and running each query on it take (for benchmarks). */
export function timeSearch(articles: readonly Article[], queries: readonly string[]): SearchTimings {
  const started = performance.now();
  const index = buildSearchIndex(articles);
  const buildMs = performance.now() - started;
  return {
    buildMs,
    queries: queries.map((query) => {
      const start = performance.now();
      const { total } = search(index, query);
      return { query, ms: performance.now() - start, total };
    }),
  };
}
