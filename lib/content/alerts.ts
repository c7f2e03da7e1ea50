/**
 * « Dernière minute » alerts: one small file each in content/alertes/,
 * shown as a banner on every page from their `date` until they expire.
 */
import path from "node:path";

import { frenchTypography as typo } from "../typography";
import { readSourceFile } from "./body-source";
import type { ContentProblem } from "./errors";
import { parseFrontMatter } from "./front-matter";
import { alertFrontMatter, frenchErrors, SLUG_PATTERN } from "./schema";
import type { Alert, Article } from "./types";

/** At most this many alerts at once, newest first. */
export const ALERTS_SHOWN = 2;

/** Reads one alert file; `articles` resolves the optional article it leads to. */
export async function readAlert(
  absolute: string,
  file: string,
  articles: ReadonlyMap<string, Article>,
): Promise<{ alert?: Alert; problems: ContentProblem[] }> {
  const slug = path.basename(absolute, ".md");
  const parsed = parseFrontMatter((await readSourceFile(absolute)).text, file);
  if (!parsed.ok) return { problems: parsed.problems };
  const problems: ContentProblem[] = [];
  if (!SLUG_PATTERN.test(slug)) problems.push({ file, message: `nom de fichier invalide : « ${slug}.md » (lettres minuscules a–z, chiffres et tirets)` });
  const result = alertFrontMatter.safeParse(parsed.value.data, { error: frenchErrors });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join(".") || undefined;
      problems.push({ file, field, line: field ? parsed.value.lineOf(field) : undefined, message: issue.message });
    }
    return { problems };
  }
  const { text, date, expires, article: target } = result.data;
  const article = target ? articles.get(target) : undefined;
  if (target && !article) {
    problems.push({ file, field: "article", line: parsed.value.lineOf("article"), message: `article inconnu « ${target} » (le nom de son fichier, sans .md)` });
  }
  if (problems.length > 0) return { problems };
  return {
    problems,
    alert: {
      slug,
      text: typo(text),
      raisedAt: date,
      expiresAt: expires,
      article: article ? { url: article.url, title: article.title } : undefined,
      file,
    },
  };
}

/** The alerts on screen at `at`: raised and not expired, newest first, at most ALERTS_SHOWN. */
export function activeAlerts(alerts: readonly Alert[], at: Date): Alert[] {
  const time = at.getTime();
  return alerts
    .filter((alert) => alert.raisedAt.getTime() <= time && time < alert.expiresAt.getTime())
    .sort((a, b) => b.raisedAt.getTime() - a.raisedAt.getTime() || a.slug.localeCompare(b.slug))
    .slice(0, ALERTS_SHOWN);
}

/**
 * The next instant after `at` when the banner changes: an alert on screen
 * expires or a later one is raised. Pages showing the banner are regenerated
 * then (lib/regeneration.ts), so an alert goes by itself, without a rebuild.
 */
export function nextAlertChange(alerts: readonly Alert[], at: Date): Date | undefined {
  const time = at.getTime();
  const instants = alerts
    .flatMap((alert) => [alert.raisedAt.getTime(), alert.expiresAt.getTime()])
    .filter((instant) => instant > time);
  return instants.length > 0 ? new Date(Math.min(...instants)) : undefined;
}
