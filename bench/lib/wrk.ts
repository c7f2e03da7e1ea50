/**
 * wrk (Debian's package), the load generator for servers faster than
 * autocannon: in Node, autocannon tops out near 3,000 requests per second
 * on this machine, below what nginx serves. wrk's own summary comes back as
 * JSON from a Lua `done()` (wrk-report.lua).
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

import { z } from "zod";

import { ensureTool, type DebianTool } from "./debian";

const WRK: DebianTool = { name: "wrk", env: "WRK_PATH", candidates: ["/usr/bin/wrk", "/usr/local/bin/wrk"] };
const REPORT_SCRIPT = path.join(import.meta.dirname, "wrk-report.lua");
const MARK = "@@wrk ";

export const ensureWrk = (report: (line: string) => void) => ensureTool(WRK, report);

const count = z.number().int().nonnegative();
const wrkSummary = z.object({
  requests: count,
  durationUs: count,
  bytes: count,
  connect: count,
  read: count,
  write: count,
  status: count,
  timeout: count,
  p50: z.number(),
  p90: z.number(),
  p99: z.number(),
  max: z.number(),
  mean: z.number(),
});

export interface WrkFigures {
  requestsPerSecond: number;
  totalRequests: number;
  durationSeconds: number;
  /** Milliseconds. */
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** Answers with a status of 400 or more. */
  non2xx: number;
  /** Connection errors (connect, read, write) and timeouts. */
  errors: number;
}

/** Pure: the figures in the `@@wrk` line of wrk's output. */
export function parseWrkOutput(output: string): WrkFigures {
  const line = output.split("\n").find((candidate) => candidate.startsWith(MARK));
  if (!line) throw new Error(`sortie de wrk sans résumé :\n${output.slice(-500)}`);
  const s = wrkSummary.parse(JSON.parse(line.slice(MARK.length)));
  const ms = (us: number) => us / 1000;
  return {
    requestsPerSecond: s.durationUs > 0 ? s.requests / (s.durationUs / 1e6) : 0,
    totalRequests: s.requests,
    durationSeconds: s.durationUs / 1e6,
    latency: { p50: ms(s.p50), p90: ms(s.p90), p99: ms(s.p99), max: ms(s.max), mean: ms(s.mean) },
    non2xx: s.status,
    errors: s.connect + s.read + s.write + s.timeout,
  };
}

export interface WrkOptions {
  connections: number;
  durationSeconds: number;
  headers: Record<string, string>;
  /** wrk threads: one per core by default. */
  threads?: number;
}

/** One wrk run against `url`. */
export async function runWrk(wrk: string, url: string, options: WrkOptions): Promise<WrkFigures> {
  const threads = Math.min(options.threads ?? 2, options.connections);
  const args = [
    ...Object.entries(options.headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
    ...["-t", String(threads), "-c", String(options.connections), "-d", `${options.durationSeconds}s`, "--timeout", "10s"],
    ...["-s", REPORT_SCRIPT, url],
  ];
  const { stdout } = await promisify(execFile)(wrk, args, { timeout: (options.durationSeconds + 30) * 1000 });
  return parseWrkOutput(stdout);
}

/** wrk's version line, e.g. "debian/4.1.0-3+b2". */
export async function wrkVersion(wrk: string): Promise<string> {
  // `wrk -v` prints its version then its usage, and exits 1.
  const output = await promisify(execFile)(wrk, ["-v"]).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string }) => error.stdout ?? "",
  );
  return /^wrk (\S+)/.exec(output)?.[1] ?? "inconnue";
}
