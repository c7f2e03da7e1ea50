/**
 * Redis's own counters, read with redis-cli: how many commands the
 * instances sent (INFO commandstats), and how much memory the cache holds.
 * A restarted Redis starts its counters again from zero: a round that kills
 * it adds the counts before the kill to those after the restart.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

/** Commands per name. */
export type CommandCounts = Record<string, number>;

/** Pure: `cmdstat_get:calls=12,usec=…` lines → `{ get: 12 }`; the bench's own INFO left out. */
export function parseCommandStats(info: string): CommandCounts {
  const counts: CommandCounts = {};
  for (const match of info.matchAll(/^cmdstat_([\w|-]+):calls=(\d+)/gm)) {
    if (match[1] !== "info") counts[match[1]!] = Number(match[2]);
  }
  return counts;
}

/** Pure: the commands sent between two readings of the same Redis process. */
export function commandsBetween(before: CommandCounts, after: CommandCounts): CommandCounts {
  const delta: CommandCounts = {};
  for (const [name, calls] of Object.entries(after)) {
    const sent = calls - (before[name] ?? 0);
    if (sent > 0) delta[name] = sent;
  }
  return delta;
}

/** Pure: the sum of several counts (a round split by a restart of Redis). */
export function addCounts(...parts: CommandCounts[]): CommandCounts {
  const total: CommandCounts = {};
  for (const part of parts) for (const [name, calls] of Object.entries(part)) total[name] = (total[name] ?? 0) + calls;
  return total;
}

export const totalCommands = (counts: CommandCounts) => Object.values(counts).reduce((sum, calls) => sum + calls, 0);

/** Pure: a field of an INFO section (`used_memory:123`), or null. */
export function infoField(info: string, name: string): number | null {
  const match = new RegExp(`^${name}:(\\d+)`, "m").exec(info);
  return match ? Number(match[1]) : null;
}

/** redis-cli against the throwaway Redis on `port`; null when it does not answer (killed on purpose). */
export async function redisCli(cli: string, port: number, ...command: string[]): Promise<string | null> {
  try {
    const { stdout } = await promisify(execFile)(cli, ["-h", "127.0.0.1", "-p", String(port), ...command], { timeout: 5_000 });
    return stdout;
  } catch {
    return null;
  }
}

/** The command counts of the Redis on `port` now; empty when it does not answer. */
export async function readCommands(cli: string, port: number): Promise<CommandCounts> {
  return parseCommandStats((await redisCli(cli, port, "INFO", "commandstats")) ?? "");
}

/** Keys and memory of the cache: what the capacity note (deploy/CAPACITE.md) scales up. */
export async function readCacheSize(cli: string, port: number) {
  const memory = (await redisCli(cli, port, "INFO", "memory")) ?? "";
  const keys = Number((await redisCli(cli, port, "DBSIZE"))?.trim() ?? NaN);
  const usedBytes = infoField(memory, "used_memory");
  return { keys, usedBytes, usedBytesPerKey: usedBytes !== null && keys > 0 ? usedBytes / keys : null };
}
