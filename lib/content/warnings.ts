import { slugify } from "../slug";
import type { ContentProblem } from "./errors";
import type { Article } from "./types";

export const LIMITS = { headline: 110, description: 200, imageWidth: 1200 } as const;

/** Line of a front-matter field in an article's file, when it can be found. */
export type LineFinder = (article: Article, field: string) => number | undefined;

/**
 * What is not wrong but will not read well: long headlines and chapôs,
 * missing credits, small images, duplicate titles, colliding tag spellings.
 */
export function contentWarnings(articles: readonly Article[], lineOf: LineFinder = () => undefined): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const warn = (article: Article, field: string, message: string) =>
    warnings.push({ file: article.file, field, line: lineOf(article, field), message });

  const byTitle = new Map<string, Article[]>();
  const spellings = new Map<string, Map<string, Article>>();
  for (const article of articles) {
    const title = [...article.title].length;
    if (title > LIMITS.headline) warn(article, "title", `titre de ${title} caractères (plus de ${LIMITS.headline} : tronqué par les moteurs de recherche)`);
    const description = [...article.description].length;
    if (description > LIMITS.description) warn(article, "description", `chapô de ${description} caractères (plus de ${LIMITS.description})`);
    if (article.image && !article.image.credit) warn(article, "image.credit", "image sans crédit");
    if (article.image && article.image.width < LIMITS.imageWidth) {
      warn(article, "image.src", `image de ${article.image.width} px de large (moins de ${LIMITS.imageWidth} px)`);
    }
    const key = slugify(article.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), article]);
    for (const tag of article.tags) {
      const seen = spellings.get(tag.slug) ?? new Map<string, Article>();
      if (!seen.has(tag.label)) seen.set(tag.label, article);
      spellings.set(tag.slug, seen);
    }
  }
  for (const same of byTitle.values()) {
    for (const article of same.length > 1 ? same : []) {
      const others = same.filter((other) => other !== article).map((other) => other.file);
      warn(article, "title", `même titre que ${others.join(", ")}`);
    }
  }
  for (const seen of spellings.values()) {
    if (seen.size < 2) continue;
    const labels = [...seen.keys()].map((label) => `« ${label} »`).join(", ");
    for (const article of new Set(seen.values())) warn(article, "tags", `graphies concurrentes d’un même mot-clé : ${labels}`);
  }
  return warnings;
}
