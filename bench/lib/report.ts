/**
 * What the three benches' reports share: figures the French way (always
 * fr-FR, never the runtime's locale), Markdown tables, targets met or
 * missed, the machine, and the JSON + table pair they write. Why a target
 * is missed is written by people in bench/README.md, not here.
 */
import { writeFile } from "node:fs/promises";
import os from "node:os";

import nextPackage from "next/package.json";

/** "12 345", "12 345,6": `digits` decimals at most. */
export const fr = (value: number, digits = 0) => value.toLocaleString("fr-FR", { maximumFractionDigits: digits });
/** "12 ms", "1 234 ms"; one decimal under 10 ms. */
export const ms = (value: number) => (Number.isFinite(value) ? `${fr(value, value < 10 ? 1 : 0)} ms` : "—");
export const kib = (bytes: number) => `${fr(bytes / 1024, 1)} Kio`;
export const mib = (bytes: number) => `${fr(bytes / 2 ** 20, 1)} Mio`;
/** A relative change, signed: "+4,2 %", "−3 %". */
export const change = (before: number, after: number) => {
  const percent = before === 0 ? 0 : Math.round(((after - before) / before) * 1000) / 10;
  return `${percent > 0 ? "+" : percent < 0 ? "−" : ""}${fr(Math.abs(percent), 1)} %`;
};

/** A Markdown table, figures right-aligned after the first column. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const rule = header.map((_, i) => (i === 0 ? "---" : "---:")).join("|");
  return [`| ${header.join(" | ")} |`, `|${rule}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

/** Every leaf of a JSON value as "a.b.c" → text, numbers the French way (names carry their unit: Ms, Mb, Us, Bytes). */
export function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (value === null || value === undefined) return {};
  if (typeof value === "number") return { [prefix]: fr(value, Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0) };
  if (typeof value !== "object") return { [prefix]: String(value).replaceAll("|", "\\|").replaceAll("\n", " ") };
  return Object.assign({}, ...Object.entries(value).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));
}

/** One table of every figure of `columns` (JSON values), a row per name. */
export function flatTable(header: readonly string[], columns: readonly unknown[]): string {
  const flat = columns.map((column) => flatten(column));
  const names = [...new Set(flat.flatMap((figures) => Object.keys(figures)))];
  return table(
    header,
    names.map((name) => [`\`${name}\``, ...flat.map((figures) => figures[name] ?? "—")]),
  );
}

export interface Target {
  /** Stable name: the heading of its explanation in bench/README.md when missed. */
  id: string;
  label: string;
  met: boolean;
  measured: string;
}

/** "**7 objectifs atteints sur 9** ; manqués : …" and the table of every target. */
export function targetsSection(targets: readonly Target[]): string {
  const missed = targets.filter((target) => !target.met);
  const summary = `**${targets.length - missed.length} objectifs atteints sur ${targets.length}**${missed.length ? ` ; manqués : ${missed.map((t) => `\`${t.id}\``).join(", ")} (voir [bench/README.md](README.md))` : ""}.`;
  const rows = targets.map((t) => [t.label, t.met ? "✅ atteint" : "❌ manqué", t.measured]);
  return `${summary}\n\n${table(["objectif", "résultat", "mesure"], rows)}`;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : sorted.length ? (sorted[middle - 1]! + sorted[middle]!) / 2 : NaN;
}

/** Nearest-rank percentile (p in 0–100); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** The machine and software the figures were measured on; the load average says whether it was shared. */
export function describeMachine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "inconnu",
    memoryBytes: os.totalmem(),
    loadAverage: os.loadavg()[0] ?? 0,
    node: process.version,
    next: nextPackage.version,
  };
}
export type Machine = ReturnType<typeof describeMachine>;

/** "2026-11-29 à 17:40 UTC ; 2 processeurs (…), 7,8 Gio, charge moyenne au départ 0,42 ; Node v20…, Next.js 16…" */
export function conditions(date: string, machine: Machine): string {
  return `${date.slice(0, 16).replace("T", " à ")} UTC ; ${machine.cpus} processeurs (${machine.cpuModel}), ${fr(machine.memoryBytes / 2 ** 30, 1)} Gio, charge moyenne au départ ${fr(machine.loadAverage, 2)} ; Node ${machine.node}, Next.js ${machine.next}`;
}

/** Writes `<base>.json` (every figure) and `<base>.md` (the table made from it). */
export async function writeReport(base: string, results: unknown, markdown: string): Promise<void> {
  await writeFile(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(`${base}.md`, markdown);
}
