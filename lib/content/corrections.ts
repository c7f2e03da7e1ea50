/**
 * Corrections made public (« Rectificatif », « Précision »): read from an
 * article's front matter, they move its « Mis à jour » and are listed
 * together on /rectificatifs, the newsroom's transparency page.
 */
import { frenchTypography as typo } from "../typography";
import type { Article, Correction } from "./types";

/** The front matter's corrections as the domain type, oldest first. */
export function readCorrections(entries: readonly { date: Date; kind: Correction["kind"]; text: string }[]): Correction[] {
  return entries
    .map(({ date, kind, text }) => ({ kind, publishedAt: date, text: typo(text) }))
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
}

/** The article's « Mis à jour »: its `updated` or its latest correction, whichever is later. */
export function lastUpdate(updated: Date | undefined, corrections: readonly Correction[]): Date | undefined {
  const latest = corrections.at(-1)?.publishedAt;
  if (!latest) return updated;
  return updated && updated > latest ? updated : latest;
}

export interface PublishedCorrection {
  article: Article;
  correction: Correction;
}

/** Every correction of these articles, newest first (then by article, newest first). */
export function correctionsNewestFirst(articles: readonly Article[]): PublishedCorrection[] {
  return articles
    .flatMap((article) => article.corrections.map((correction) => ({ article, correction })))
    .sort((a, b) => b.correction.publishedAt.getTime() - a.correction.publishedAt.getTime());
}
