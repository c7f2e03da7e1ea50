/**
 * Whether a slug is an article published at an instant, read from that
 * article's file alone: for a process that asks about a few articles and
 * must not load the whole content (the audience log reader, at 100,000
 * articles). Same reading and validation as the full load (readArticle):
 * a file with problems is no article. Each answer is kept `ttlMs`, so an
 * article published, withdrawn or rescheduled is seen within that time.
 */
import { stat } from "node:fs/promises";
import path from "node:path";

import type { z } from "zod";

import { paths } from "../routes/paths";
import { defaultLocation, readArticle, readRegistry, type ContentLocation } from "./load";
import { authorsRegistry, rubriquesRegistry, SLUG_PATTERN } from "./schema";
import type { Article, Author, Rubrique } from "./types";
import { isPublished } from "./visibility";

type Visibility = Pick<Article, "draft" | "publishedAt"> | null;

export interface PublishedSlugOptions {
  location?: ContentLocation;
  ttlMs?: number;
  /** Answers kept at most: past it, the oldest go. */
  maxSlugs?: number;
}

export type PublishedSlug = (slug: string, at: Date) => Promise<boolean>;

export function publishedSlug({ location = defaultLocation(), ttlMs = 10_000, maxSlugs = 10_000 }: PublishedSlugOptions = {}): PublishedSlug {
  const answers = new Map<string, { until: number; visibility: Promise<Visibility> }>();
  const registries = registriesOf(location.root, ttlMs);
  const read = async (slug: string): Promise<Visibility> => {
    const { rubriques, authors } = await registries();
    try {
      const { article } = await readArticle(location, `${slug}.md`, rubriques, authors);
      return article ? { draft: article.draft, publishedAt: article.publishedAt } : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  };
  return async (slug, at) => {
    if (!SLUG_PATTERN.test(slug)) return false;
    const clock = Date.now();
    let answer = answers.get(slug);
    if (!answer || answer.until <= clock) {
      answers.delete(slug);
      if (answers.size >= maxSlugs) answers.delete(answers.keys().next().value as string);
      answer = { until: clock + ttlMs, visibility: read(slug) };
      // A failed read is tried again by the next question.
      answer.visibility.catch(() => answers.delete(slug));
      answers.set(slug, answer);
    }
    const visibility = await answer.visibility;
    return visibility !== null && isPublished(visibility, at);
  };
}

/** rubriques.yaml and authors.yaml, read again when their size or time stamp changes (looked at every `ttlMs`). */
function registriesOf(root: string, ttlMs: number) {
  let checked = 0;
  let stamp = "";
  let current: Promise<{ rubriques: Map<string, Rubrique>; authors: Map<string, Author> }> | undefined;
  const files = ["rubriques.yaml", "authors.yaml"].map((name) => path.join(root, name));
  return async () => {
    if (current && Date.now() - checked < ttlMs) return current;
    checked = Date.now();
    const stamps = await Promise.all(files.map((file) => stat(file).then((s) => `${s.size}:${s.mtimeMs}`, () => "absent")));
    if (!current || stamps.join() !== stamp) {
      stamp = stamps.join();
      // A missing or invalid registry gives no entries (`npm run content:check` says why).
      const registry = <T>(name: string, schema: z.ZodType<T[]>) => readRegistry(root, name, schema, [], new Map());
      current = Promise.all([registry("rubriques.yaml", rubriquesRegistry), registry("authors.yaml", authorsRegistry)]).then(
        ([rubriques, authors]) => ({
          // Only which ids exist matters here: readArticle refuses an unknown one.
          rubriques: new Map(rubriques.map((r) => [r.id, { ...r, url: paths.rubrique(r.id) }])),
          authors: new Map(authors.map((a) => [a.id, { ...a, portrait: undefined, url: paths.author(a.id), isOrganization: false }])),
        }),
      );
    }
    return current;
  };
}
