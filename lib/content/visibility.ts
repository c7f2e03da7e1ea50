import type { Article } from "./types";

/** `next dev` is the editors' preview: drafts and scheduled articles show there. */
export function isPreview(): boolean {
  return process.env.NODE_ENV === "development";
}

/** Published: not a draft, and its publication instant has come. */
export function isPublished(article: Pick<Article, "draft" | "publishedAt">, at: Date): boolean {
  return !article.draft && article.publishedAt.getTime() <= at.getTime();
}

export function isScheduled(article: Pick<Article, "draft" | "publishedAt">, at: Date): boolean {
  return article.publishedAt.getTime() > at.getTime();
}

export type PublicationStatus = "draft" | "scheduled" | "published";

/** Where an article stands at an instant: what the editors' preview marks it as. */
export function publicationStatus(article: Pick<Article, "draft" | "publishedAt">, at: Date): PublicationStatus {
  if (article.draft) return "draft";
  return isScheduled(article, at) ? "scheduled" : "published";
}
