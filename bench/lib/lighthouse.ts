/**
 * Lighthouse (12.2.3, the last line that runs on Node 20) through its Node
 * API, in the Chromium the end-to-end tests use, each run in a fresh Chrome
 * (and profile). Of several runs, the one reported is Lighthouse's own
 * median run (`computeMedianRun`: closest to the median FCP and TTI, as
 * Lighthouse CI picks it). Page weight is measured apart (page-weight.ts):
 * Lighthouse's resource summary counts HTTP/1.1 headers with each file.
 *
 * Mobile is Lighthouse's default configuration (emulated Moto G Power,
 * simulated slow 4G, 4× CPU slowdown); desktop is its desktop-config.
 */
import type { Result } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";

import { findChromium } from "../../scripts/chromium.cjs";

export type FormFactor = "mobile" | "desktop";

/** Category scores, 0–100. */
export interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export interface LighthouseSummary {
  lighthouseVersion: string;
  scores: Scores;
  /** Milliseconds, except CLS. */
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  /** Audits that did not pass outside performance (whose audits are advice rather than faults). */
  failedAudits: { category: keyof Omit<Scores, "performance">; id: string; title: string }[];
  /** Each run's performance score, in run order. */
  performanceScores: number[];
}

export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu"];

const CATEGORIES = { performance: "performance", accessibility: "accessibility", "best-practices": "bestPractices", seo: "seo" } as const;

/** The part of a Lighthouse result read here (a whole `Result` fits). */
export interface LhrPart {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] } | undefined>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number } | undefined>;
}

/** Pure: the scores, metrics, and failed audits of one result. */
export function summarizeLhr(lhr: LhrPart, performanceScores: number[]): LighthouseSummary {
  const scores: Scores = { performance: 0, accessibility: 0, bestPractices: 0, seo: 0 };
  const failedAudits: LighthouseSummary["failedAudits"] = [];
  for (const [id, key] of Object.entries(CATEGORIES)) {
    const category = lhr.categories[id];
    if (!category || category.score === null) throw new Error(`Lighthouse n’a pas pu noter la catégorie « ${id} »`);
    scores[key] = Math.round(category.score * 100);
    if (key === "performance") continue;
    for (const { id: auditId } of category.auditRefs) {
      const audit = lhr.audits[auditId];
      const scored = audit?.scoreDisplayMode === "binary" || audit?.scoreDisplayMode === "numeric";
      if (audit && scored && audit.score !== null && audit.score < 1) failedAudits.push({ category: key, id: auditId, title: audit.title });
    }
  }
  const metric = (id: string): number => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse n’a pas mesuré « ${id} »`);
    return value;
  };
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    scores,
    metrics: {
      fcpMs: metric("first-contentful-paint"),
      lcpMs: metric("largest-contentful-paint"),
      tbtMs: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      speedIndexMs: metric("speed-index"),
    },
    failedAudits,
    performanceScores,
  };
}

async function runOnce(url: string, formFactor: FormFactor, chromePath: string): Promise<Result> {
  // Loaded on demand: Lighthouse takes a second or two to import.
  const [{ default: lighthouse, desktopConfig }, { launch }] = await Promise.all([import("lighthouse"), import("chrome-launcher")]);
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", locale: "fr" },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
    const { runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse : ${runtimeError.code} — ${runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** Lighthouse sometimes loses the page's trace (NO_NAVSTART, NO_FCP) on a loaded machine: such a run is run again, twice at most. */
async function withRetries<T>(attempt: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= attempts || !(error instanceof Error && /(NO_[A-Z_]+|PROTOCOL_TIMEOUT)/.test(error.message))) throw error;
      console.warn(`[lighthouse] nouvel essai après : ${error.message}`);
    }
  }
}

/** `runs` Lighthouse runs of `url`, one after the other, summarised from Lighthouse's median run. */
export async function runLighthouse(url: string, formFactor: FormFactor, runs: number): Promise<LighthouseSummary> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("Chromium introuvable : lancez node scripts/chromium.cjs");
  const results: Result[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await withRetries(() => runOnce(url, formFactor, chromePath)));
  const performanceScores = results.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100));
  return summarizeLhr(computeMedianRun(results), performanceScores);
}
