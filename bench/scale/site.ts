/**
 * The production site at N articles: `next build` on the generated content
 * (wall time and peak memory of the whole build process tree), then
 * `next start`: its memory, an article the build did not prerender (first
 * request, then from the cache), a prerendered one, and search over HTTP.
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

import { processTree, residentMemory } from "../lib/proc";
import { buildSite, listeningPid, startServer, stopServer, waitUntilAnswering } from "../lib/server";
import { percentile } from "../lib/stats";

export const SITE_DIST_DIR = ".next-scale";

export interface SiteMeasurements {
  build: { ms: number; peakTreeRssMb: number; prerenderedArticles: number } | { failed: string; ms: number; peakTreeRssMb: number };
  server?: {
    startMs: number;
    rssAfterStartMb: number;
    /** After every request below. */
    rssAfterRequestsMb: number;
    onDemand: { sample: number; firstP50Ms: number; firstMaxMs: number; cachedP50Ms: number; cachedP99Ms: number };
    prerendered: { p50Ms: number; p99Ms: number };
    search: { firstMs: number; p50Ms: number; p99Ms: number; queries: number };
  };
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Sums the resident memory of a process and its descendants every 500 ms; call the result for the peak. */
function sampleTree(root: number): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    void processTree(root)
      .then((pids) => Promise.all(pids.map((pid) => residentMemory(pid))))
      .then((sizes) => {
        peak = Math.max(
          peak,
          sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0),
        );
      });
  }, 500);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

function siteEnv(contentDir: string): NodeJS.ProcessEnv {
  return { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: SITE_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
}

async function measureBuild(contentDir: string, logFile: string): Promise<SiteMeasurements["build"]> {
  await rm(SITE_DIST_DIR, { recursive: true, force: true });
  const started = performance.now();
  let peak = () => 0;
  const stopSampling = () => mb(peak());
  try {
    await buildSite(siteEnv(contentDir), () => {}, {
      distDir: SITE_DIST_DIR,
      logFile,
      onSpawn: (child) => (peak = sampleTree(child.pid ?? process.pid)),
    });
  } catch (error) {
    const peakTreeRssMb = stopSampling();
    return { failed: error instanceof Error ? error.message : String(error), ms: performance.now() - started, peakTreeRssMb };
  }
  const peakTreeRssMb = stopSampling();
  const ms = performance.now() - started;
  const built = await readdir(path.join(SITE_DIST_DIR, "server/app/article")).catch(() => []);
  return { ms, peakTreeRssMb, prerenderedArticles: built.filter((name) => name.endsWith(".html")).length };
}

async function timeGet(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { "accept-encoding": "gzip" } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} : ${response.status}`);
  return performance.now() - started;
}

async function sequential(urls: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const url of urls) times.push(await timeGet(url));
  return times;
}

/** Twenty items spread evenly over a list, its first and last included. */
export function spread<T>(items: readonly T[], count = 20): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}

/**
 * Builds and serves the site of `contentDir` (generated content: every
 * article published, file name = slug).
 */
export async function measureSite(
  contentDir: string,
  { port, logDir, queries }: { port: number; logDir: string; queries: readonly string[] },
): Promise<SiteMeasurements> {
  const build = await measureBuild(contentDir, path.join(logDir, "build.log"));
  if ("failed" in build) return { build };

  const prerenderedList = (await readdir(path.join(SITE_DIST_DIR, "server/app/article")))
    .filter((name) => name.endsWith(".html"))
    .map((name) => name.slice(0, -5));
  const prerendered = new Set(prerenderedList);
  const files = await readdir(path.join(contentDir, "articles"));
  const onDemand = files
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.slice(0, -3))
    .filter((slug) => !prerendered.has(slug));
  // Articles never requested before, spread over the (alphabetical, so shuffled in time) archive.
  const sample = spread(onDemand);
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, siteEnv(contentDir), path.join(logDir, "server.log"));
  try {
    const { elapsedMs } = await waitUntilAnswering(server, { timeoutMs: 600_000 });
    const pid = await listeningPid(server);
    const rssAfterStart = (await residentMemory(pid)) ?? 0;

    const first = await sequential(sample.map((slug) => `${base}/article/${slug}`));
    const cached: number[] = [];
    for (let round = 0; round < 5; round += 1) cached.push(...(await sequential(sample.map((slug) => `${base}/article/${slug}`))));
    const newest = spread(prerenderedList);
    const warm: number[] = [];
    for (let round = 0; round < 5; round += 1) warm.push(...(await sequential(newest.map((slug) => `${base}/article/${slug}`))));
    const searchUrls = queries.map((q) => `${base}/recherche?q=${encodeURIComponent(q)}`);
    const [searchFirst = NaN, ...searchRest] = await sequential(searchUrls);
    const rssAfterRequests = (await residentMemory(pid)) ?? 0;

    return {
      build,
      server: {
        startMs: elapsedMs,
        rssAfterStartMb: mb(rssAfterStart),
        rssAfterRequestsMb: mb(rssAfterRequests),
        onDemand: {
          sample: sample.length,
          firstP50Ms: percentile(first, 50),
          firstMaxMs: Math.max(...first),
          cachedP50Ms: percentile(cached, 50),
          cachedP99Ms: percentile(cached, 99),
        },
        prerendered: { p50Ms: percentile(warm, 50), p99Ms: percentile(warm, 99) },
        search: { firstMs: searchFirst, p50Ms: percentile(searchRest, 50), p99Ms: percentile(searchRest, 99), queries: searchUrls.length },
      },
    };
  } finally {
    await stopServer(server);
  }
}
