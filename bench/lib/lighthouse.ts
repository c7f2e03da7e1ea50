/**
 * Lighthouse (12.2.3, the last line that runs on Node 20) through its Node
 * API, in the Chromium the end-to-end tests use, each run in a fresh Chrome
 * (and profile), after one run not counted. Of several runs, the one reported is Lighthouse's own
 * median run (`computeMedianRun`, as Lighthouse CI picks it). Mobile is
 * Lighthouse's default configuration, desktop its desktop-config.
 */
import type { Result } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";

import { findChromium } from "../../scripts/programs.cjs";

const CATEGORIES = { performance: "performance", accessibility: "accessibility", "best-practices": "bestPractices", seo: "seo" } as const;
type Category = (typeof CATEGORIES)[keyof typeof CATEGORIES];
const METRICS = {
  fcpMs: "first-contentful-paint",
  lcpMs: "largest-contentful-paint",
  tbtMs: "total-blocking-time",
  cls: "cumulative-layout-shift",
  speedIndexMs: "speed-index",
} as const;

export interface LighthouseSummary {
  lighthouseVersion: string;
  /** Category scores, 0–100. */
  scores: Record<Category, number>;
  /** Milliseconds, except CLS. */
  metrics: Record<keyof typeof METRICS, number>;
  /** Audits that did not pass outside performance (whose audits are advice rather than faults). */
  failedAudits: { category: Exclude<Category, "performance">; id: string; title: string }[];
  /** Each run's performance score, in run order. */
  performanceScores: number[];
}

/** The part of a Lighthouse result read here (a whole `Result` fits). */
export interface LhrPart {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] } | undefined>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number } | undefined>;
}

/** Pure: the scores, metrics, and failed audits of one result. */
export function summarizeLhr(lhr: LhrPart, performanceScores: number[]): LighthouseSummary {
  const scores = {} as LighthouseSummary["scores"];
  const failedAudits: LighthouseSummary["failedAudits"] = [];
  for (const [id, key] of Object.entries(CATEGORIES)) {
    const category = lhr.categories[id];
    if (!category || category.score === null) throw new Error(`Lighthouse n’a pas pu noter la catégorie « ${id} »`);
    scores[key] = Math.round(category.score * 100);
    for (const { id: auditId } of key === "performance" ? [] : category.auditRefs) {
      const audit = lhr.audits[auditId];
      const scored = audit?.scoreDisplayMode === "binary" || audit?.scoreDisplayMode === "numeric";
      if (scored && audit.score !== null && audit.score < 1) failedAudits.push({ category: key as never, id: auditId, title: audit.title });
    }
  }
  const metrics = {} as LighthouseSummary["metrics"];
  for (const [key, id] of Object.entries(METRICS) as [keyof typeof METRICS, string][]) {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse n’a pas mesuré « ${id} »`);
    metrics[key] = value;
  }
  return { lighthouseVersion: lhr.lighthouseVersion, scores, metrics, failedAudits, performanceScores };
}

async function runOnce(url: string, formFactor: "mobile" | "desktop", chromePath: string): Promise<Result> {
  // Loaded on demand: Lighthouse takes a second or two to import.
  const [{ default: lighthouse, desktopConfig }, { launch }] = await Promise.all([import("lighthouse"), import("chrome-launcher")]);
  const chrome = await launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"], logLevel: "silent" });
  try {
    const options = { port: chrome.port, output: "json" as const, logLevel: "error" as const, locale: "fr" as const };
    const result = await lighthouse(url, options, formFactor === "desktop" ? desktopConfig : undefined);
    const error = result ? result.lhr.runtimeError : { code: "NO_RESULT", message: url };
    if (error) throw new Error(`Lighthouse : ${error.code} — ${error.message}`);
    return result!.lhr;
  } finally {
    chrome.kill();
  }
}

/** `runs` runs of `url`, one after the other, summarised from Lighthouse's median run. */
export async function runLighthouse(url: string, formFactor: "mobile" | "desktop", runs: number): Promise<LighthouseSummary> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("Chromium introuvable : lancez node scripts/programs.cjs");
  // A first run, not counted (nor its failure): the first request of a picture at a width makes Next's image
  // optimizer encode it (AVIF: one to two seconds on this machine), the next ones come from its cache, as they
  // do behind deploy/nginx.conf or a CDN. Counted, it measured the encoder rather than the page (bench/README.md).
  await runOnce(url, formFactor, chromePath).catch(() => undefined);
  const results: Result[] = [];
  while (results.length < runs) {
    // On a loaded machine Lighthouse sometimes loses the page's trace (NO_NAVSTART, NO_FCP): such a run is run again, twice at most.
    for (let attempt = 1; ; attempt += 1) {
      try {
        results.push(await runOnce(url, formFactor, chromePath));
        break;
      } catch (error) {
        if (attempt >= 3 || !/NO_[A-Z_]+|PROTOCOL_TIMEOUT/.test(String(error))) throw error;
        console.warn(`[lighthouse] nouvel essai après : ${String(error)}`);
      }
    }
  }
  const performanceScores = results.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100));
  return summarizeLhr(computeMedianRun(results), performanceScores);
}
