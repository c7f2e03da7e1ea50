/** Full-text search over articles, in French: the page `/recherche` reads only this. */
export { getSearchIndex } from "./cache";
export { buildSearchIndex, search } from "./engine";
export type { BodyReader, SearchHit, SearchIndex, SearchPageOptions, SearchResults } from "./engine";
export type { Highlight } from "./highlight";
export { cleanQuery, MAX_QUERY_LENGTH } from "./query";
