/**
 * `npm run bench:publish -- <content folder> [--changes 20] [--batch 1000]`:
 * what one change costs a running server, measured in this process with the
 * server's own code on a copy of nothing (the folder's files are rewritten
 * with their own text plus a line, then put back).
 *
 * For each change: CPU to read and validate the file (`readChanges`), to
 * compute the addresses it touches (`touchedPaths`), and to rebuild what the
 * first requests after it rebuild (published list, tags, months, rubriques,
 * search index with its overlay). Then one batch of `--batch` files, and a
 * restart from the saved content.
 *
 * `--http`: publish → visible through HTTP instead, on a `next start` of a
 * build of a copy of the folder (`--no-build` reuses it), directly and with
 * deploy/nginx.conf in front, then a restart; see bench/README.md.
 */
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { archiveMonths } from "../lib/calendar";
import { publishedIn } from "../lib/content";
import { readChanges } from "../lib/content/changes";
import { articleBySlug, articlesByAuthor } from "../lib/content/groups";
import type { ContentSnapshot } from "../lib/content/load";
import { readSavedContent, saveContent } from "../lib/content/saved";
import { differingFiles, scanContent } from "../lib/content/stamps";
import { getContent, replaceContent } from "../lib/content/store";
import { adjacentInRubrique } from "../lib/related";
import { getSearchIndex } from "../lib/search";
import { frontChoice, prepareTouchedPaths, touchedPaths } from "../lib/publication/touched";
import { tagsOf } from "../lib/tags";
import { followingAfter, loggedChangeCpu, publisher, publishToVisible, spread } from "./lib/publication";
import { prepareProxySite, startNginx } from "./lib/nginx";
import { conditions, describeMachine, writeReport } from "./lib/report";
import { benchEnv, buildExists, buildSite, runBench, startServer, stopServer, waitUntilAnswering } from "./lib/server";
import { ensureTool } from "./lib/wrk";

const WORK_DIR = "bench/.work/publish";
const log = (message: string) => console.log(`[bench] ${message}`);

/**
 * Publish → visible through HTTP: a build of a copy of `source`, its
 * `next start` following the copy, `changes` publications watched directly
 * then as many through deploy/nginx.conf, and a restart until the last
 * article published (never prerendered) answers.
 */
async function overHttp(source: string, changes: number, build: boolean, port: number): Promise<void> {
  const date = new Date().toISOString();
  const machine = describeMachine();
  const content = path.join(WORK_DIR, "contenu");
  const distDir = ".next-publish";
  const serverLog = path.join(WORK_DIR, "server.log");
  await rm(content, { recursive: true, force: true });
  await mkdir(WORK_DIR, { recursive: true });
  log(`copie de ${source} → ${content}`);
  await cp(source, content, { recursive: true });
  // The log is read for « suivi de » and each change's CPU: this run's lines only.
  await writeFile(serverLog, "");
  const env = { ...benchEnv(content, distDir), LESINFOS_WATCH_QUIET_MS: process.env.LESINFOS_WATCH_QUIET_MS ?? "300" };
  if (build || !buildExists(distDir)) {
    log(`next build → ${distDir}`);
    await buildSite(env, log);
  }
  const startedAt = performance.now();
  let server = startServer(port, env, serverLog);
  await waitUntilAnswering(server, { timeoutMs: 900_000 });
  await followingAfter(serverLog, 900_000);
  log(`prêt et suivi du dossier en ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  const writer = await publisher(content, "http");
  const direct = await publishToVisible(`http://127.0.0.1:${port}`, writer, changes);
  log(`sans nginx : article ${JSON.stringify(spread(direct.articleMs))}, accueil ${JSON.stringify(spread(direct.homeMs))}`);
  const nginx = startNginx(ensureTool("nginx", "NGINX_PATH", log), await prepareProxySite(port + 1, [port]));
  await waitUntilAnswering(nginx);
  const proxied = await publishToVisible(`http://127.0.0.1:${port + 1}`, writer, changes);
  log(`avec nginx : article ${JSON.stringify(spread(proxied.articleMs))}, accueil ${JSON.stringify(spread(proxied.homeMs))}`);
  await stopServer(nginx);
  const changeCpuMs = await loggedChangeCpu(serverLog);

  // A restart: the server saves its content 30 s after the last change, then is stopped and started again.
  const { slug } = await writer.publish();
  await new Promise((resolve) => setTimeout(resolve, 35_000));
  await stopServer(server);
  server = startServer(port, env, serverLog);
  const restart = await waitUntilAnswering(server, {
    path: `/article/${slug}`,
    expected: slug.replace("publication-", ""),
    timeoutMs: 900_000,
  });
  log(`redémarrage : l’article ${slug} répond en ${(restart.elapsedMs / 1000).toFixed(1)} s`);
  await stopServer(server);
  await writer.cleanUp();

  const results = { date, machine, source, changes, direct, proxied, changeCpuMs: spread(changeCpuMs), restartMs: restart.elapsedMs };
  const row = (name: string, v: Awaited<ReturnType<typeof publishToVisible>>) =>
    `| ${name} | ${spread(v.articleMs).p50.toFixed(0)} / ${spread(v.articleMs).p99.toFixed(0)} ms | ${spread(v.homeMs).p50.toFixed(0)} / ${spread(v.homeMs).p99.toFixed(0)} ms | ${v.missed} |`;
  const markdown = `# Publication → visible — Lesinfos

Écrit par \`npm run bench:publish -- ${source} --http\` ; ce que le banc fait : [bench/README.md](README.md).

Conditions : ${conditions(date, machine)} ; ${changes} publications par ligne.

| | à son adresse (p50 / p99) | sur l’accueil (p50 / p99) | non visibles en 30 s |
| --- | --: | --: | --: |
${row("next start", direct)}
${row("deploy/nginx.conf devant", proxied)}

CPU du serveur par changement (son journal) : p50 ${results.changeCpuMs.p50} ms, p99 ${results.changeCpuMs.p99} ms. Redémarrage → l’article publié en dernier répond : ${(restart.elapsedMs / 1000).toFixed(1)} s.
`;
  await writeReport("bench/PUBLISH-REPORT", results, markdown);
  console.log(markdown);
}

const USAGE = "npm run bench:publish -- <dossier de contenu> [--changes 20] [--batch 1000] [--http [--no-build] [--port 3450]]";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    changes: { type: "string", default: "20" },
    batch: { type: "string", default: "1000" },
    http: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    port: { type: "string", default: "3450" },
  },
});
const folder = positionals[0];
if (!folder) throw new Error(`usage : ${USAGE}`);
if (values.http) {
  await runBench(() => overHttp(folder, Number(values.changes), !values["no-build"], Number(values.port)));
  process.exit();
}
process.env.CONTENT_DIR = folder;
// The restart measure saves the content here, not in a build folder of the project.
process.env.NEXT_DIST_DIR = path.join(WORK_DIR, "en-processus");
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
  archiveMonths(list);
  articlesByAuthor(list);
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
  // The highest resident memory while the change is handled, above what it was before.
  const rss = process.memoryUsage().rss;
  let peakRss = rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
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
  clearInterval(sampler);
  const peakRssMb = (Math.max(peakRss, process.memoryUsage().rss) - rss) / 1e6;
  await restore();
  return { snapshot: update.snapshot, read, touched, derived: total - read - touched, total, paths: paths.length, heapMb, peakRssMb };
}

const started = Date.now();
let snapshot = await getContent();
console.log(`${snapshot.articles.length} articles lus en ${((Date.now() - started) / 1000).toFixed(1)} s`);
const indexStart = Date.now();
// What the server builds at start (lib/publication/follow.ts) and its first requests build.
articleBySlug(snapshot.articles, "");
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
console.log(`  chaque changement, dans l’ordre : ${results.map((r) => r.total.toFixed(0)).join(", ")} ms`);

const batchFiles = snapshot.articles.slice(0, Number(values.batch)).map((article) => path.join(root, "articles", `${article.slug}.md`));
const batch = await change(snapshot, batchFiles);
console.log(
  `lot de ${batchFiles.length} fichiers : ${batch.total.toFixed(0)} ms de CPU (lecture ${batch.read.toFixed(0)} ms), ` +
    `${batch.paths} adresses, tas +${batch.heapMb.toFixed(0)} Mo, pic de mémoire résidente +${batch.peakRssMb.toFixed(0)} Mo`,
);

// A restart: the content saved, then read back with only the changed files read again (lib/content/store.ts).
// Saved as the files are now: the batch's files were put back.
await saveContent((await readChanges(batch.snapshot, batchFiles)).snapshot, root);
const restartWall = performance.now();
const restartCpu = process.cpuUsage();
const saved = await readSavedContent(root);
if (!saved) throw new Error("sauvegarde du contenu illisible");
const changed = differingFiles(saved.stamps, await scanContent(root));
if (changed.length > 0) await readChanges(saved.snapshot, changed);
console.log(
  `redémarrage depuis la sauvegarde : ${saved.snapshot.articles.length} articles, ${changed.length} fichier(s) à relire, ` +
    `${((performance.now() - restartWall) / 1000).toFixed(1)} s (${(cpuMs(restartCpu) / 1000).toFixed(1)} s de CPU), charge ${loadavg()[0]!.toFixed(1)}`,
);
// What the follower builds in the background next (lib/publication/follow.ts), from lists nothing has built yet.
const prepareCpu = process.cpuUsage();
await prepareTouchedPaths(publishedIn(saved.snapshot, Date.now()));
console.log(`  puis, en arrière-plan, les listes qu’un changement lit : ${(cpuMs(prepareCpu) / 1000).toFixed(1)} s de CPU`);
// The batch started a background rebuild of the search index: not waited for.
process.exit(0);
