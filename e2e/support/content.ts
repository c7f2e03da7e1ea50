import { now } from "../../lib/clock";
import { readBody } from "../../lib/content/body-source";
import { loadContent } from "../../lib/content/load";
import type { Article } from "../../lib/content/types";
import { isPublished } from "../../lib/content/visibility";

/** The sample content as the production site publishes it: the tests' expectations. */
export async function publishedContent() {
  const snapshot = await loadContent();
  const at = now();
  /** The Markdown body of one of these articles, read from its file as the site does. */
  const markdownOf = async (article: Article): Promise<string> => {
    const source = snapshot.bodies.get(article);
    if (!source) throw new Error(`${article.file} is not in this snapshot`);
    return readBody(source);
  };
  return { ...snapshot, articles: snapshot.articles.filter((article) => isPublished(article, at)), markdownOf };
}
