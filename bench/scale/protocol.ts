/** What the measuring child (`measure.ts`) tells the parent (`../scale.ts`), one JSON line each. */
import type { Measurements } from "./measure";

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
