/**
 * npx tsx bench/live-island.ts [distDir] — the weight of the live island,
 * read from the prerendered pages of a `next build`: the small loader every
 * article page carries (components/live/LiveUpdatesIsland.tsx, chunks an
 * article loads that the home does not) and the watcher it fetches on live
 * pages only (the chunks that loader names). The budget is 3 KiB.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 3 * 1024;
const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? ".next";
const ARTICLE = "article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit.html";
const CHUNK = /static\/chunks\/[\w.-]+\.js/g;

const chunksOf = async (file: string) => new Set((await readFile(path.join(distDir, file), "utf8")).match(CHUNK) ?? []);
const gzipped = async (chunk: string) => gzipSync(await readFile(path.join(distDir, chunk))).length;

const home = await chunksOf("server/app/index.html");
const loader = [...(await chunksOf(`server/app/${ARTICLE}`))].filter((chunk) => !home.has(chunk));
const watcher = new Set<string>();
for (const chunk of loader) for (const named of await chunksOf(chunk)) if (!loader.includes(named) && !home.has(named)) watcher.add(named);

const sum = async (chunks: Iterable<string>) => (await Promise.all([...chunks].map(gzipped))).reduce((a, b) => a + b, 0);
const [loaderBytes, watcherBytes] = [await sum(loader), await sum(watcher)];
const total = loaderBytes + watcherBytes;
console.log(`chargeur, sur chaque article : ${loaderBytes} o gzip (${loader.join(", ")})`);
console.log(`îlot, sur les directs seulement : ${watcherBytes} o gzip (${[...watcher].join(", ")})`);
console.log(
  `total sur un direct : ${total} o gzip (budget ${BUDGET_BYTES} o) — ${watcher.size > 0 && total <= BUDGET_BYTES ? "tenu" : "DÉPASSÉ"}`,
);
process.exitCode = watcher.size > 0 && total <= BUDGET_BYTES ? 0 : 1;
