import { getArticleMarkdown, type Article } from "../content";
import { memoizeByIdentity } from "../memo";
import { buildSearchIndex } from "./engine";

/** A body that cannot be read is left out of the index (its title, chapô and tags stay), never the whole search. */
async function readBody(article: Article): Promise<string> {
  try {
    return await getArticleMarkdown(article);
  } catch (error) {
    console.error(`Recherche : corps de ${article.file} non indexé. ${error instanceof Error ? error.message : error}`);
    return "";
  }
}

/**
 * The search index of an article list, built once per list: pass
 * `getArticles()` straight in, which stays the same array until content or
 * publication state changes.
 */
export const getSearchIndex = memoizeByIdentity((articles: Article[]) => buildSearchIndex(articles, readBody));
