import { now } from "../../lib/clock";
import { loadContent } from "../../lib/content/load";
import { isPublished } from "../../lib/content/visibility";

/** The sample content as the production site publishes it: the tests' expectations. */
export async function publishedContent() {
  const snapshot = await loadContent();
  const at = now();
  return { ...snapshot, articles: snapshot.articles.filter((article) => isPublished(article, at)) };
}
