/**
 * `content/une.yaml`: the top of the home page as the editors order it, a
 * list of article slugs, each with an optional expiry. The file is optional.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

import { z } from "zod";

import type { ContentProblem } from "./errors";
import { contentDate, frenchErrors, id } from "./schema";
import { parseYaml } from "./yaml";
import type { Article } from "./types";
import { isScheduled } from "./visibility";

export interface UnePick {
  slug: string;
  /** After this instant the pick no longer counts. */
  until?: Date;
  /** 1-based line of the pick in une.yaml, for messages. */
  line?: number;
}

export const UNE_FILE = "une.yaml";

/** A pick is a slug alone, or `{ slug, until }`. */
const pickSchema = z.preprocess(
  (value) => (typeof value === "string" ? { slug: value } : value),
  z.strictObject({ slug: id, until: contentDate.optional() }),
);
const uneSchema = z.array(pickSchema);

/**
 * Reads une.yaml against the articles read from the same folder: an
 * unknown slug, a draft or a pick listed twice is a problem like any other
 * content error (the build stops on it).
 */
export async function readUne(
  root: string,
  display: (file: string) => string,
  articles: readonly Article[],
  brokenSlugs: ReadonlySet<string>,
  problems: ContentProblem[],
): Promise<UnePick[]> {
  const absolute = path.join(root, UNE_FILE);
  const file = display(absolute);
  let source: string;
  try {
    source = await readFile(absolute, "utf8");
  } catch {
    return [];
  }
  const parsed = parseYaml(source, file);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return [];
  }
  const lineOf = (index: number) => parsed.value.lineOf(String(index));
  const result = uneSchema.safeParse(parsed.value.data ?? [], { error: frenchErrors });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [index] = issue.path;
      problems.push({ file, line: typeof index === "number" ? lineOf(index) : undefined, field: issue.path.join(".") || undefined, message: issue.message });
    }
    return [];
  }

  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const picks: UnePick[] = [];
  const seen = new Set<string>();
  result.data.forEach(({ slug, until }, index) => {
    const line = lineOf(index);
    const report = (message: string) => problems.push({ file, line, field: "slug", message });
    const article = bySlug.get(slug);
    if (seen.has(slug)) report(`« ${slug} » figure deux fois à la une`);
    else if (!article && !brokenSlugs.has(slug)) report(`article inconnu « ${slug} » (aucun fichier content/articles/${slug}.md)`);
    else if (article?.draft) report(`« ${slug} » est un brouillon (draft) : il ne peut pas être à la une`);
    seen.add(slug);
    picks.push({ slug, until, line });
  });
  return picks;
}

/** What content:check says without failing: picks still under embargo, or already expired. */
export function uneWarnings(file: string, picks: readonly UnePick[], articles: readonly Article[], at: Date): ContentProblem[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const warnings: ContentProblem[] = [];
  for (const pick of picks) {
    const article = bySlug.get(pick.slug);
    const warn = (field: string, message: string) => warnings.push({ file, line: pick.line, field, message });
    if (article && !article.draft && isScheduled(article, at)) {
      warn("slug", `« ${pick.slug} » est programmé : il n’entrera à la une qu’à sa date de publication`);
    }
    if (pick.until && pick.until <= at) warn("until", `le choix de « ${pick.slug} » a expiré : il ne compte plus`);
  }
  return warnings;
}
