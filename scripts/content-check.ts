/**
 * npm run content:check — validates every content file and reports all
 * problems at once, as `file:line: field: message`, then the warnings that
 * do not fail. Exit status 1 when there is an error.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

import { formatProblem, type ContentProblem } from "../lib/content/errors";
import { parseFrontMatter } from "../lib/content/front-matter";
import { now } from "../lib/clock";
import { contentRoot, loadContent } from "../lib/content/load";
import { UNE_FILE, uneWarnings } from "../lib/content/une";
import { contentWarnings } from "../lib/content/warnings";
import { formatLegalNoticeGap, legalNoticeGaps } from "../lib/legal-notice";
import { site } from "../lib/site";

const started = performance.now();
const snapshot = await loadContent();

const lineFinders = new Map<string, (field: string) => number | undefined>();
for (const article of snapshot.articles) {
  const parsed = parseFrontMatter(await readFile(article.file, "utf8"), article.file);
  if (parsed.ok) lineFinders.set(article.file, parsed.value.lineOf);
}
const warnings = [
  ...contentWarnings(snapshot.articles, (article, field) => lineFinders.get(article.file)?.(field)),
  ...uneWarnings(path.relative(process.cwd(), path.join(contentRoot(), UNE_FILE)), snapshot.une, snapshot.articles, now()),
];

const print = (problem: ContentProblem, label: string) => `${formatProblem(problem)}${label}`;
for (const problem of snapshot.problems) console.error(print(problem, ""));
for (const warning of warnings) console.warn(print(warning, " (avertissement)"));
const legalGaps = legalNoticeGaps(site.legal);
for (const gap of legalGaps) console.warn(`${formatLegalNoticeGap(gap)} (avertissement)`);

const count = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;
const elapsed = Math.round(performance.now() - started);
console.log(
  `${count(snapshot.articles.length + snapshot.broken.size, "article")}, ${count(snapshot.pages.size, "page")} : ` +
    `${count(snapshot.problems.length, "erreur")}, ${count(warnings.length + legalGaps.length, "avertissement")} (${elapsed} ms).`,
);
process.exitCode = snapshot.problems.length > 0 ? 1 : 0;
