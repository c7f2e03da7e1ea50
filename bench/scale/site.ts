/**
 * The production site at N articles: `next build` on the generated content
 * (wall time and peak memory of the whole build process tree), then
 * `next start`: its memory, articles the build did not prerender (first
 * request, then from the cache), prerendered ones, and search over HTTP.
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

import { spread } from "../lib/mix";
import { processTree, residentMemory } from "../lib/proc";
import { percentile } from "../lib/report";
import { benchEnv, buildSite, listeningPid, startServer, stopServer, waitUntilAnswering } from "../lib/server";

const DIST_DIR = ".next-scale";
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Sums the resident memory of a process and its descendants every 500 ms; call the result for the peak. */
function sampleTree(root: number): () => number {
  let peak = 0;
  const timer = setInterval(async () => {
    const sizes = await Promise.all((await processTree(root)).map((pid) => residentMemory(pid)));
    peak = Math.max(
      peak,
      sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0),
    );
  }, 500);
  return () => (clearInterval(timer), mb(peak));
}

async function sequential(urls: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} : ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

/** Builds and serves the site of `contentDir` (generated content: every article published, file name = slug). */
export async function measureSite(
  contentDir: string,
  { port, logDir, queries }: { port: number; logDir: string; queries: readonly string[] },
) {
  const env = benchEnv(contentDir, DIST_DIR);
  await rm(DIST_DIR, { recursive: true, force: true });
  const started = performance.now();
  let peak = () => 0;
  try {
    await buildSite(env, () => {}, { logFile: path.join(logDir, "build.log"), onSpawn: (child) => (peak = sampleTree(child.pid!)) });
  } catch (error) {
    return {
      build: { failed: error instanceof Error ? error.message : String(error), ms: performance.now() - started, peakTreeRssMb: peak() },
      server: undefined,
    };
  }
  const prerenderedList = (await readdir(path.join(DIST_DIR, "server/app/article")))
    .filter((name) => name.endsWith(".html"))
    .map((name) => name.slice(0, -5));
  const build = { ms: performance.now() - started, peakTreeRssMb: peak(), prerenderedArticles: prerenderedList.length };

  const prerendered = new Set(prerenderedList);
  const files = await readdir(path.join(contentDir, "articles"));
  const onDemand = files.filter((name) => name.endsWith(".md") && !prerendered.has(name.slice(0, -3))).map((name) => name.slice(0, -3));
  const base = `http://127.0.0.1:${port}`;
  // Articles never requested before, spread over the (alphabetical, so shuffled in time) archive.
  const sample = spread(onDemand, 20).map((slug) => `${base}/article/${slug}`);
  const newest = spread(prerenderedList, 20).map((slug) => `${base}/article/${slug}`);
  const server = startServer(port, env, path.join(logDir, "server.log"));
  try {
    const { elapsedMs } = await waitUntilAnswering(server, { timeoutMs: 600_000 });
    const { pid, memory: rssAfterStart } = await listeningPid(server);
    const first = await sequential(sample);
    const cached: number[] = [];
    const warm: number[] = [];
    for (let round = 0; round < 5; round += 1) cached.push(...(await sequential(sample)));
    for (let round = 0; round < 5; round += 1) warm.push(...(await sequential(newest)));
    const [searchFirst = NaN, ...searchRest] = await sequential(queries.map((q) => `${base}/recherche?q=${encodeURIComponent(q)}`));
    return {
      build,
      server: {
        startMs: elapsedMs,
        rssAfterStartMb: mb(rssAfterStart),
        /** After every request below. */
        rssAfterRequestsMb: mb((await residentMemory(pid)) ?? 0),
        onDemand: {
          sample: sample.length,
          firstP50Ms: percentile(first, 50),
          firstMaxMs: Math.max(...first),
          cachedP50Ms: percentile(cached, 50),
          cachedP99Ms: percentile(cached, 99),
        },
        prerendered: { p50Ms: percentile(warm, 50), p99Ms: percentile(warm, 99) },
        search: { firstMs: searchFirst, p50Ms: percentile(searchRest, 50), p99Ms: percentile(searchRest, 99), queries: queries.length },
      },
    };
  } finally {
    await stopServer(server);
  }
}
export type SiteMeasurements = Awaited<ReturnType<typeof measureSite>>;
