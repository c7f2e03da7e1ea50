/**
 * Status codes of the load, per address: autocannon counts every 404 as a
 * failure (non-2xx), while the mix asks for some on purpose. Counting per
 * address tells expected 404s from real failures.
 */
import type { MixEntry } from "./mix";

/** Responses per address, then per status code. */
export type StatusTally = Record<string, Record<string, number>>;

export interface StatusSummary {
  /** Every response, by status code, in ascending code order. */
  byStatus: { status: number; count: number }[];
  total: number;
  /** 404s from the addresses meant to answer 404. */
  expectedNotFound: number;
  /** Responses 500–599. */
  serverErrors: number;
  /** Responses other than what the address should answer, largest first. */
  unexpected: { path: string; status: number; expected: number; count: number }[];
  /** Addresses of the mix that never got an answer. */
  unanswered: string[];
}

export function summarizeStatuses(tally: StatusTally, mix: readonly MixEntry[]): StatusSummary {
  const byStatus = new Map<number, number>();
  const unexpected: StatusSummary["unexpected"] = [];
  const expectations = new Map(mix.map((entry) => [entry.path, entry.expect]));
  let expectedNotFound = 0;
  for (const [path, statuses] of Object.entries(tally)) {
    const expected = expectations.get(path);
    for (const [raw, count] of Object.entries(statuses)) {
      const status = Number(raw);
      byStatus.set(status, (byStatus.get(status) ?? 0) + count);
      if (status === expected) {
        if (status === 404) expectedNotFound += count;
      } else {
        unexpected.push({ path, status, expected: expected ?? 0, count });
      }
    }
  }
  const sorted = [...byStatus].sort(([a], [b]) => a - b).map(([status, count]) => ({ status, count }));
  return {
    byStatus: sorted,
    total: sorted.reduce((sum, { count }) => sum + count, 0),
    expectedNotFound,
    serverErrors: sorted.filter(({ status }) => status >= 500 && status <= 599).reduce((sum, { count }) => sum + count, 0),
    unexpected: unexpected.sort((a, b) => b.count - a.count || a.path.localeCompare(b.path)),
    unanswered: mix.map((entry) => entry.path).filter((path) => !tally[path]),
  };
}

/** Relative change from `before` to `after` (0.1 = +10 %). */
export function relativeChange(before: number, after: number): number {
  return before === 0 ? 0 : (after - before) / before;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile (p in 0–100); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
