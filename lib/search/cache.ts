import { memoizeByIdentity } from "../memo";
import { buildSearchIndex } from "./engine";

/**
 * The search index of an article list, built once per list: pass
 * `getArticles()` straight in, which stays the same array until content or
 * publication state changes.
 */
export const getSearchIndex = memoizeByIdentity(buildSearchIndex);
