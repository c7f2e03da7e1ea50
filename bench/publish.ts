/**
 * `npm run bench:publish -- <content folder> [--changes 20] [--batch 1000]`:
 * what one change costs a running server, measured in this process with the
 * server's own code on a copy of nothing (the folder's files are rewritten
 * with their own text plus a line, then put back).
 *
 * For each change: CPU to read and validate the file (`readChanges`), to
 * compute the addresses it touches (`touchedPaths`), and to rebuild what the
 * first requests after it rebuild (published list, tags, months, rubriques,
 * search index with its overlay). Then one batch of `--batch` files.
 * Not measured here: publish → visible through HTTP and nginx.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import { articlesByMonth } from "../lib/calendar";
import { publishedIn } from "../lib/content";
import { readChanges } from "../lib/content/changes";
import type { ContentSnapshot } from "../lib/content/load";
import { getContent, replaceContent } from "../lib/content/store";
import { adjacentInRubrique } from "../lib/related";
import { getSearchIndex } from "../lib/search";
import { frontChoice, touchedPaths } from "../lib/publication/touched";
import { tagsOf } from "../lib/tags";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { changes: { type: "string", default: "20" }, batch: { type: "string", default: "1000" } },
});
const folder = positionals[0];
if (!folder) throw new Error("usage : npm run bench:publish -- <dossier de contenu> [--changes 20] [--batch 1000]");
process.env.CONTENT_DIR = folder;
const root = path.resolve(folder);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${quantile(sorted, 0.5).toFixed(1)} ms, p99 ${quantile(sorted, 0.99).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
};

/** What the first requests after a change rebuild from the new published list. */
async function derive(list: ReturnType<typeof publishedIn>): Promise<void> {
  tagsOf(list);
  articlesByMonth(list);
  adjacentInRubrique(list[0]!, list);
  await getSearchIndex(list);
}

/** Rewrites `files` with a correction and returns how to put them back. */
async function correct(files: string[]): Promise<() => Promise<void>> {
  const originals = await Promise.all(files.map((file) => readFile(file, "utf8")));
  await Promise.all(files.map((file, i) => writeFile(file, `${originals[i]}\nCorrection.\n`)));
  return async () => void (await Promise.all(files.map((file, i) => writeFile(file, originals[i]!))));
}

async function change(snapshot: ContentSnapshot, files: string[]) {
  const restore = await correct(files);
  const at = Date.now();
  const cpu = process.cpuUsage();
  const heap = process.memoryUsage().heapUsed;
  const update = await readChanges(snapshot, files);
  const read = cpuMs(cpu);
  const before = publishedIn(snapshot, at);
  const after = publishedIn(update.snapshot, at);
  const paths = touchedPaths(
    before,
    after,
    update.articles.map((c) => ({ before: c.before, after: c.after })),
    { before: frontChoice(snapshot, at), after: frontChoice(update.snapshot, at) },
  );
  const touched = cpuMs(cpu) - read;
  replaceContent(
    update.snapshot,
    update.articles.flatMap((c) => (c.after ? [c.after] : [])),
  );
  await derive(after);
  const total = cpuMs(cpu);
  const heapMb = (process.memoryUsage().heapUsed - heap) / 1e6;
  await restore();
  return { snapshot: update.snapshot, read, touched, derived: total - read - touched, total, paths: paths.length, heapMb };
}

const started = Date.now();
let snapshot = await getContent();
console.log(`${snapshot.articles.length} articles lus en ${((Date.now() - started) / 1000).toFixed(1)} s`);
const indexStart = Date.now();
await derive(publishedIn(snapshot, Date.now()));
console.log(`index de recherche et listes dérivées en ${((Date.now() - indexStart) / 1000).toFixed(1)} s`);

const files = snapshot.articles.slice(0, Number(values.changes)).map((article) => path.join(root, "articles", `${article.slug}.md`));
const results: Awaited<ReturnType<typeof change>>[] = [];
for (const file of files) {
  const result = await change(snapshot, [file]);
  snapshot = result.snapshot;
  results.push(result);
}
console.log(`${results.length} corrections, CPU par changement :`);
console.log(`  lecture et validation : ${summary(results.map((r) => r.read))}`);
console.log(
  `  adresses touchées : ${summary(results.map((r) => r.touched))} (${summary(results.map((r) => r.paths)).replaceAll(" ms", "")} adresses)`,
);
console.log(`  listes dérivées et recherche : ${summary(results.map((r) => r.derived))}`);
console.log(`  total : ${summary(results.map((r) => r.total))}`);

const batchFiles = snapshot.articles.slice(0, Number(values.batch)).map((article) => path.join(root, "articles", `${article.slug}.md`));
const batch = await change(snapshot, batchFiles);
console.log(
  `lot de ${batchFiles.length} fichiers : ${batch.total.toFixed(0)} ms de CPU (lecture ${batch.read.toFixed(0)} ms), ` +
    `${batch.paths} adresses, tas +${batch.heapMb.toFixed(0)} Mo`,
);
// The batch started a background rebuild of the search index: not waited for.
process.exit(0);
