/**
 * Lighthouse (12.2.3, the last line that runs on Node 20) through its Node
 * API, in the Chromium the end-to-end tests use. Each run gets a fresh
 * Chrome (and profile), so no run inherits another's cache; the run whose
 * performance score is the median is the one reported.
 *
 * Mobile is Lighthouse's default configuration (emulated Moto G Power,
 * simulated slow 4G and 4× CPU slowdown); desktop is its desktop-config.
 * Both throttle by simulation, from what the page did on this machine: a
 * loaded machine still moves the figures, hence several runs.
 */
import { z } from "zod";

import { findChromium } from "../../scripts/chromium.cjs";

export type FormFactor = "mobile" | "desktop";

/** Category scores, 0–100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** Lab metrics of one run: milliseconds, except CLS (unitless). */
export interface LighthouseMetrics {
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Time to Interactive: null when this Lighthouse no longer reports it. */
  ttiMs: number | null;
}

/** An audit that did not pass, outside performance (whose audits are advice rather than faults). */
export interface FailedAudit {
  category: "accessibility" | "bestPractices" | "seo";
  id: string;
  /** Lighthouse's title, in French. */
  title: string;
  score: number;
  /** What it failed on (URLs, messages, selectors), five at most. */
  items: string[];
}

export interface LighthouseRun {
  scores: LighthouseScores;
  metrics: LighthouseMetrics;
  failedAudits: FailedAudit[];
  runWarnings: string[];
  /** Chrome launch, Lighthouse run and Chrome shutdown. */
  durationMs: number;
}

export interface LighthouseResult {
  url: string;
  formFactor: FormFactor;
  lighthouseVersion: string;
  /** The browser's user agent, as Lighthouse saw it. */
  browser: string;
  /** The run with the median performance score. */
  median: LighthouseRun;
  /** Each run's performance score (0–100), in run order. */
  performanceScores: number[];
  /** Each run's duration, in run order. */
  durationsMs: number[];
}

export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu"];

const category = z.object({
  score: z.number().nullable(),
  auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })),
});
const detailItem = z.record(z.string(), z.unknown());
const audit = z.object({
  title: z.string(),
  score: z.number().nullable(),
  scoreDisplayMode: z.string(),
  numericValue: z.number().optional(),
  details: z.object({ items: z.array(detailItem).optional() }).optional(),
});
/** The part of Lighthouse's result (LHR) read here. */
export const lhrSchema = z.object({
  lighthouseVersion: z.string(),
  environment: z.object({ hostUserAgent: z.string() }),
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  runWarnings: z.array(z.string()),
  categories: z.object({
    performance: category,
    accessibility: category,
    "best-practices": category,
    seo: category,
  }),
  audits: z.record(z.string(), audit),
});
export type Lhr = z.infer<typeof lhrSchema>;

const CATEGORY_KEYS = [
  ["performance", "performance"],
  ["accessibility", "accessibility"],
  ["best-practices", "bestPractices"],
  ["seo", "seo"],
] as const;

/** One line for an item of an audit's details: its message, URL or node, whichever it has. */
function describeItem(item: Record<string, unknown>): string {
  const source = item.sourceLocation;
  const node = item.node;
  const parts = [
    item.description,
    item.url ?? (typeof source === "object" && source !== null && "url" in source ? source.url : undefined),
    typeof node === "object" && node !== null && "snippet" in node ? node.snippet : undefined,
  ].filter((part): part is string => typeof part === "string" && part !== "");
  return parts.join(" — ") || JSON.stringify(item).slice(0, 200);
}

/** Pure: the scores, metrics and failed audits of one Lighthouse result. */
export function summarizeLhr(lhr: Lhr, durationMs: number): LighthouseRun {
  if (lhr.runtimeError) throw new Error(`Lighthouse : ${lhr.runtimeError.code} — ${lhr.runtimeError.message}`);
  const scores = { performance: 0, accessibility: 0, bestPractices: 0, seo: 0 };
  const failedAudits: FailedAudit[] = [];
  for (const [id, key] of CATEGORY_KEYS) {
    const { score, auditRefs } = lhr.categories[id];
    if (score === null) throw new Error(`Lighthouse n’a pas pu noter la catégorie « ${id} »`);
    scores[key] = Math.round(score * 100);
    if (key === "performance") continue;
    for (const ref of auditRefs) {
      const result = lhr.audits[ref.id];
      const scored = result?.scoreDisplayMode === "binary" || result?.scoreDisplayMode === "numeric";
      if (result && scored && result.score !== null && result.score < 1) {
        const items = (result.details?.items ?? []).slice(0, 5).map(describeItem);
        failedAudits.push({ category: key, id: ref.id, title: result.title, score: result.score, items });
      }
    }
  }
  const metric = (id: string): number | null => lhr.audits[id]?.numericValue ?? null;
  const required = (id: string): number => {
    const value = metric(id);
    if (value === null) throw new Error(`Lighthouse n’a pas mesuré « ${id} »`);
    return value;
  };
  return {
    scores,
    metrics: {
      fcpMs: required("first-contentful-paint"),
      lcpMs: required("largest-contentful-paint"),
      tbtMs: required("total-blocking-time"),
      cls: required("cumulative-layout-shift"),
      speedIndexMs: required("speed-index"),
      ttiMs: metric("interactive"),
    },
    failedAudits,
    runWarnings: lhr.runWarnings,
    durationMs,
  };
}

/** Pure: the index of the median run by performance score (the lower middle for an even count). */
export function medianIndex(performanceScores: readonly number[]): number {
  if (performanceScores.length === 0) throw new Error("aucun passage Lighthouse");
  const order = performanceScores.map((score, index) => ({ score, index })).sort((a, b) => a.score - b.score || a.index - b.index);
  return order[Math.floor((order.length - 1) / 2)]?.index ?? 0;
}

async function runOnce(url: string, formFactor: FormFactor, chromePath: string): Promise<{ run: LighthouseRun; lhr: Lhr }> {
  // Loaded on demand: Lighthouse takes a second or two to import.
  const [{ default: lighthouse, desktopConfig }, { launch }] = await Promise.all([import("lighthouse"), import("chrome-launcher")]);
  const started = performance.now();
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  let raw: unknown;
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", locale: "fr" },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    raw = result?.lhr;
  } finally {
    chrome.kill();
  }
  const parsed = lhrSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`résultat Lighthouse illisible pour ${url} : ${parsed.error.message}`);
  return { run: summarizeLhr(parsed.data, performance.now() - started), lhr: parsed.data };
}

/** Lighthouse sometimes loses the page's trace (NO_NAVSTART, NO_FCP) on a loaded machine: such a run is run again, twice at most. */
const MAX_ATTEMPTS = 3;

async function withRetries<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= MAX_ATTEMPTS || !(error instanceof Error && /\((NO_[A-Z_]+|PROTOCOL_TIMEOUT)\)/.test(error.message))) throw error;
      console.warn(`[lighthouse] nouvel essai après : ${error.message}`);
    }
  }
}

/** `runs` Lighthouse runs of `url`, one after the other, each in a fresh Chrome. */
export async function runLighthouse(url: string, formFactor: FormFactor, runs = 3): Promise<LighthouseResult> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`nombre de passages Lighthouse invalide : ${runs}`);
  const chromePath = findChromium();
  if (!chromePath) throw new Error("Chromium introuvable : lancez node scripts/chromium.cjs");
  const results: { run: LighthouseRun; lhr: Lhr }[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await withRetries(() => runOnce(url, formFactor, chromePath)));
  const performanceScores = results.map(({ run }) => run.scores.performance);
  const median = results[medianIndex(performanceScores)];
  if (!median) throw new Error("aucun passage Lighthouse");
  return {
    url,
    formFactor,
    lighthouseVersion: median.lhr.lighthouseVersion,
    browser: median.lhr.environment.hostUserAgent,
    median: median.run,
    performanceScores,
    durationsMs: results.map(({ run }) => run.durationMs),
  };
}
