/** What the measuring child (`measure.ts`) tells the parent (`../scale.ts`), one JSON line each. */
import type { EditorsLoopFigures } from "../lib/editors-loop";
import type { SiteMeasurements } from "./site";

export interface Memory {
  /** null when it could not be read (no file descriptor left). */
  rssMb: number | null;
  heapUsedMb: number;
}

/** Lines the child prints, prefixed with `MARK` so stray output is ignored. */
export type ChildEvent =
  | { type: "phase"; phase: string; status: "start" | "end"; ms?: number; memory: Memory; at: number }
  | { type: "sample"; phase: string; memory: Memory; at: number }
  | { type: "error"; phase: string; message: string; code?: string; memory: Memory; at: number }
  | { type: "result"; result: Measurements };

export const MARK = "@@scale ";

export interface LoadBreakdown {
  /** Articles timed one by one, each step alone. */
  sample: number;
  /** Mean microseconds per article, by step of `readArticle`. */
  perArticleUs: Record<string, number>;
}

export interface Latency {
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  firstMs: number;
  /** Queries finding at least one article. */
  withHits: number;
  meanHits: number;
  /** The same queries with a page of one result: little excerpt work. */
  pageOf1MedianMs: number;
  pageOf1P99Ms: number;
}

export interface Measurements {
  count: number;
  articles: number;
  published: number;
  problems: number;
  firstProblems: string[];
  baseline: Memory;
  load: { ms: number; after: Memory; afterGc: Memory };
  loadBreakdown: LoadBreakdown;
  filter: { firstMs: number; medianMs: number; nextPublicationScanMs: number };
  render: { words: number; firstMs: number; medianMs: number };
  searchBuild: { ms: number; afterGc: Memory };
  search: Latency;
  sitemap: {
    entriesMs: number;
    entries: number;
    files: number;
    splitMs: number;
    xmlMs: number;
    xmlMb: number;
    /** Parts of sitemapEntries timed alone, CPU ms (µs for one casablancaDay), to say where its time goes. */
    parts: { collectTags: number; articlesByMonth: number; archiveMonths: number; casablancaDayUs: number; months: number };
  };
  /** Set when the bench bounded concurrent reads (see bounded-reads.ts). */
  boundedReads?: { limit: number; peak: number };
  /** CPU time by phase, all threads. */
  cpuMs: Record<string, number>;
  peakRssMb: number;
  totalMs: number;
}

/** One N, as stored in bench/.work/scale-results and shown in the report. */
export interface RunRecord {
  count: number;
  /** `git rev-parse --short HEAD`, with "+ lib modifié" when lib/ had uncommitted changes. */
  code: string;
  seed: string;
  date: string;
  generation: { reused: boolean; seconds?: number; megabytes: number };
  /** 1-minute load average of the machine when the child started and ended (2 cores here: above 2, it waited for CPU). */
  machineLoad: { before: number; after: number };
  wallS: number;
  status: "ok" | "failed";
  result?: Measurements;
  /** The production site built and served on the same content (absent with --no-site). */
  site?: SiteMeasurements;
  /** next dev on the same content: cold start and save-to-reload (only at --editors-at). */
  editors?: EditorsLoopFigures;
  /** When the first attempt failed on the open-file limit and the bench measured again with bounded reads. */
  firstAttempt?: Failure;
  failure?: Failure;
}

export interface Failure {
  phase: string;
  elapsedS: number;
  exit: string;
  /** The error the child caught, when it could say. */
  error?: string;
  /** Memory when the phase began and at the last sample the child sent. */
  atPhaseStart?: Memory;
  lastSample?: Memory;
  peakRssMb: number;
  /** Phases that finished, with their times. */
  completed: { phase: string; ms: number }[];
  stderrTail: string;
}
