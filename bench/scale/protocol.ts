/** What the measuring child (`measure.ts`) tells the parent (`../scale.ts`), one JSON line each, and what the parent keeps per N. */
import type { EditorsLoopFigures } from "../lib/editors-loop";
import type { Measurements } from "./measure";
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

/** How a child died: in which phase, with how much memory, after which phases. */
export interface Failure {
  phase: string;
  elapsedS: number;
  exit: string;
  error?: string;
  atPhaseStart?: Memory;
  lastSample?: Memory;
  peakRssMb: number;
  completed: { phase: string; ms: number }[];
  stderrTail: string;
}

/** One N, as stored in bench/.work/scale-results and shown in the report. */
export interface RunRecord {
  count: number;
  /** `git rev-parse --short HEAD`, with "+ lib modifié" when lib/ had uncommitted changes. */
  code: string;
  seed: string;
  date: string;
  generation: { reused: boolean; seconds?: number; megabytes: number };
  /** 1-minute load average when the child started and ended (2 cores here: above 2, it waited for CPU). */
  machineLoad: { before: number; after: number };
  wallS: number;
  status: "ok" | "failed";
  result?: Measurements;
  /** The production site on the same content (absent with --no-site). */
  site?: SiteMeasurements;
  /** next dev on the same content (only at --editors-at). */
  editors?: EditorsLoopFigures;
  /** When the first attempt failed on the open-file limit and the bench measured again with bounded reads. */
  firstAttempt?: Failure;
  failure?: Failure;
}
