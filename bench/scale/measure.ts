/**
 * One N, in a fresh process so memory figures are its own:
 *   node --max-old-space-size=8192 --expose-gc --import tsx bench/scale/measure.ts <content dir> <reference day> [bounded reads]
 * Prints `MARK`-prefixed JSON lines: phase starts and ends, a memory sample
 * every second, then the measurements. If the process dies, the last lines
 * say in which phase and with how much memory.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import fsp from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { getHeapStatistics } from "node:v8";

import sharp from "sharp";

import { archiveMonths, articlesByMonth } from "../../lib/calendar";
import { readBody } from "../../lib/content/body-source";
import { parseFrontMatter } from "../../lib/content/front-matter";
import { loadContent } from "../../lib/content/load";
import { renderMarkdown } from "../../lib/content/markdown";
import { articleFrontMatter, frenchErrors } from "../../lib/content/schema";
import type { Article } from "../../lib/content/types";
import { isPublished } from "../../lib/content/visibility";
import { casablancaDay, parseContentDate } from "../../lib/dates";
import { readingMinutes } from "../../lib/reading-time";
import { buildSearchIndex, search } from "../../lib/search";
import { sitemapDocument, sitemapEntries, sitemapPartDocument, splitSitemap } from "../../lib/seo/sitemap";
import { site } from "../../lib/site";
import { collectTags } from "../../lib/tags";
import { frenchTypography } from "../../lib/typography";
import { median, percentile } from "../lib/report";
import { MARK, type ChildEvent, type Memory } from "./protocol";
import QUERIES from "./queries.json";

/**
 * A workaround the bench applies only when asked (`--bounded-reads N`):
 * `fs/promises.readFile` lets at most N reads run at once, for every module
 * of the process (`syncBuiltinESMExports` updates their live bindings).
 * `loadContent` starts one read per article at the same time; past the
 * open-file limit (`ulimit -n`) they fail with EMFILE. Bounding them shows
 * what the rest of the content layer costs at that size.
 */
function boundReads(limit: number): () => number {
  const original = fsp.readFile;
  const waiting: (() => void)[] = [];
  let active = 0;
  let peak = 0;
  const bounded = async (...args: Parameters<typeof original>) => {
    while (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    peak = Math.max(peak, active);
    try {
      return await original(...args);
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
  Object.assign(fsp, { readFile: bounded });
  syncBuiltinESMExports();
  return () => peak;
}

const [root, referenceDay = "2026-11-25", boundedReads] = process.argv.slice(2);
if (!root) throw new Error("usage: measure.ts <content dir> [reference day] [bounded reads]");
const peakReads = boundedReads ? boundReads(Number(boundedReads)) : undefined;
const publicDir = path.resolve("public");
const reference = parseContentDate(referenceDay);
if (!reference) throw new Error(`reference day « ${referenceDay} » is not a date`);

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
function memory(): Memory {
  try {
    const { rss, heapUsed } = process.memoryUsage();
    return { rssMb: mb(rss), heapUsedMb: mb(heapUsed) };
  } catch {
    // Reading the RSS opens /proc/self/statm: with every descriptor taken (EMFILE) only the heap is known.
    return { rssMb: null, heapUsedMb: mb(getHeapStatistics().used_heap_size) };
  }
}
const emit = (event: ChildEvent) => process.stdout.write(`${MARK}${JSON.stringify(event)}\n`);
const collect = () => (globalThis as { gc?: () => void }).gc?.();

let phase = "start";
const started = performance.now();
setInterval(() => emit({ type: "sample", phase, memory: memory(), at: performance.now() - started }), 1000).unref();

/** CPU time of each phase (all threads of the process): the machine may be busy, wall time then says little. */
const cpuMs: Record<string, number> = {};

async function timed<T>(name: string, work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  phase = name;
  emit({ type: "phase", phase: name, status: "start", memory: memory(), at: performance.now() - started });
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  cpuMs[name] = (used.user + used.system) / 1000;
  emit({ type: "phase", phase: name, status: "end", ms, memory: memory(), at: performance.now() - started });
  return { value, ms };
}

function repeat(times: number, work: () => unknown): number[] {
  return Array.from({ length: times }, () => {
    const t0 = performance.now();
    work();
    return performance.now() - t0;
  });
}

/** The published list as `lib/content/index.ts` computes it, and its scan for the next publication time. */
function publishedAt(articles: readonly Article[], at: number): Article[] {
  return articles.filter((article) => isPublished(article, new Date(at)));
}
function nextPublicationScan(articles: readonly Article[], at: number): [number, number] {
  let from = -Infinity;
  let until = Infinity;
  for (const article of articles) {
    const time = article.publishedAt.getTime();
    if (article.draft) continue;
    if (time <= at) from = Math.max(from, time);
    else until = Math.min(until, time);
  }
  return [from, until];
}

/** The steps of `readArticle`, each timed alone over the first `sample` files, one file at a time. */
async function loadBreakdown(sample: number) {
  const folder = path.join(root!, "articles");
  const names = (await readdir(folder))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .slice(0, sample);
  const totals: Record<string, number> = {};
  let t0 = 0;
  /** Adds the time since the last lap to `step`. */
  const lap = (step: string) => {
    const now = performance.now();
    totals[step] = (totals[step] ?? 0) + now - t0;
    t0 = now;
  };
  for (const name of names) {
    t0 = performance.now();
    const source = await readFile(path.join(folder, name), "utf8");
    lap("readFile");
    const parsed = parseFrontMatter(source, name);
    lap("frontMatterYaml");
    if (!parsed.ok) continue;
    const result = articleFrontMatter.safeParse(parsed.value.data, { error: frenchErrors });
    lap("zodSchema");
    if (!result.success) continue;
    const { image, title, description } = result.data;
    const file = image && path.join(publicDir, image.src);
    if (file) await stat(file).then(() => sharp(file).metadata());
    lap("imageStatAndSharp");
    for (const text of [title, description, image?.alt, image?.credit]) if (text) frenchTypography(text);
    lap("typography");
    readingMinutes(parsed.value.body);
    lap("readingTime");
  }
  const perArticleUs = Object.fromEntries(Object.entries(totals).map(([step, ms]) => [step, Math.round((ms * 1000) / names.length)]));
  /** Mean microseconds per article, by step of `readArticle`. */
  return { sample: names.length, perArticleUs };
}

async function main() {
  collect();
  const baseline = memory();

  const { value: snapshot, ms: loadMs } = await timed("load", () => loadContent({ root: root!, publicDir }));
  const afterLoad = memory();
  collect();
  const afterLoadGc = memory();

  const at = reference!.getTime();
  const { value: published, ms: filterFirstMs } = await timed("filter", () => publishedAt(snapshot.articles, at));
  const filterMedianMs = median(repeat(10, () => publishedAt(snapshot.articles, at)));
  const scanMs = median(repeat(10, () => nextPublicationScan(snapshot.articles, at)));

  const markdownOf = (article: Article) => readBody(snapshot.bodies.get(article)!);
  // The longest body by reading time: bodies stay on disk, as in the site.
  const longest = published.reduce<Article | undefined>(
    (best, a) => (!best || a.readingMinutes > best.readingMinutes ? a : best),
    undefined,
  );
  const body = longest ? await markdownOf(longest) : "";
  const { ms: renderFirstMs } = await timed("render", () => renderMarkdown(body));
  const renderMedianMs = median(repeat(20, () => renderMarkdown(body)));
  const words = body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

  const { value: breakdown } = await timed("load-breakdown", () => loadBreakdown(1000));

  collect();
  const { value: index, ms: buildMs } = await timed("search-build", () => buildSearchIndex(published, markdownOf));
  collect();
  const afterIndex = memory();

  const queries = async (pageSize?: number) => {
    const timings: { ms: number; total: number }[] = [];
    for (const query of QUERIES) {
      const t0 = performance.now();
      const { total } = await search(index, query, pageSize ? { pageSize } : undefined);
      timings.push({ ms: performance.now() - t0, total });
    }
    return timings;
  };
  const { value: latencies } = await timed("search-queries", () => queries());
  // The same queries asking for one result: the engine and sorting without the excerpts of a full page.
  const { value: pageOf1 } = await timed("search-queries-page-of-1", () => queries(1));
  const [times, engineOnly] = [latencies, pageOf1].map((list) => list.map((entry) => entry.ms)) as [number[], number[]];
  const latency = {
    medianMs: median(times),
    p99Ms: percentile(times, 99),
    maxMs: Math.max(...times),
    firstMs: times[0] ?? NaN,
    withHits: latencies.filter((entry) => entry.total > 0).length,
    meanHits: Math.round(latencies.reduce((sum, entry) => sum + entry.total, 0) / latencies.length),
    pageOf1MedianMs: median(engineOnly),
    pageOf1P99Ms: percentile(engineOnly, 99),
  };

  const source = {
    articles: published,
    rubriques: snapshot.rubriques,
    authors: [...snapshot.authors.values()],
    pages: [...snapshot.pages.values()],
    pageSize: site.pageSize,
    picks: snapshot.une,
    at: new Date(at),
  };
  const { value: entries, ms: entriesMs } = await timed("sitemap-entries", () => sitemapEntries(source));
  const { value: parts, ms: splitMs } = await timed("sitemap-split", () => splitSitemap(entries));
  // What /sitemap.xml and every /sitemaps/<n>.xml serve (each route computes the entries again).
  const { value: xmlBytes, ms: xmlMs } = await timed("sitemap-xml", () => {
    let total = sitemapDocument(entries).length;
    for (let part = 1; parts.length > 1 && part <= parts.length; part++) total += sitemapPartDocument(entries, part)?.length ?? 0;
    return total;
  });
  // Where sitemapEntries spends its time: its tag index and its articles grouped by month.
  const { value: sitemapParts } = await timed("sitemap-parts", () => {
    // CPU time: comparable with the CPU time of sitemapEntries on a busy machine.
    const clock = (work: () => unknown) => {
      const cpu = process.cpuUsage();
      work();
      const used = process.cpuUsage(cpu);
      return (used.user + used.system) / 1000;
    };
    return {
      collectTags: clock(() => collectTags(published)),
      articlesByMonth: clock(() => articlesByMonth(published)),
      archiveMonths: clock(() => archiveMonths(published)),
      casablancaDayUs:
        (clock(() => published.slice(0, 10_000).forEach((a) => casablancaDay(a.publishedAt))) * 1000) / Math.min(10_000, published.length),
      months: archiveMonths(published).length,
    };
  });

  return {
    count: snapshot.articles.length + snapshot.broken.size,
    articles: snapshot.articles.length,
    published: published.length,
    problems: snapshot.problems.length,
    firstProblems: snapshot.problems.slice(0, 3).map((p) => `${p.file}: ${p.field ?? ""} ${p.message}`),
    baseline,
    load: { ms: loadMs, after: afterLoad, afterGc: afterLoadGc },
    loadBreakdown: breakdown,
    filter: { firstMs: filterFirstMs, medianMs: filterMedianMs, nextPublicationScanMs: scanMs },
    render: { words, firstMs: renderFirstMs, medianMs: renderMedianMs },
    searchBuild: { ms: buildMs, afterGc: afterIndex },
    search: latency,
    sitemap: { entriesMs, entries: entries.length, files: parts.length, splitMs, xmlMs, xmlMb: mb(xmlBytes), parts: sitemapParts },
    cpuMs,
    boundedReads: peakReads ? { limit: Number(boundedReads), peak: peakReads() } : undefined,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    totalMs: performance.now() - started,
  };
}
export type Measurements = Awaited<ReturnType<typeof main>>;

try {
  emit({ type: "result", result: await main() });
} catch (error) {
  const { message = String(error), code } = error as { message?: string; code?: string };
  emit({ type: "error", phase, message, code, memory: memory(), at: performance.now() - started });
  process.exitCode = 1;
}
