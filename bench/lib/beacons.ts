/**
 * `npm run bench:load -- --beacons`: the view beacons under load, on SQLite
 * then on a throwaway PostgreSQL cluster. For each store: a `next start` on
 * a fresh store; an article page loaded alone (its latency), then beacons of
 * every article from many readers (wrk with beacons.lua) with the same page
 * load beside them; then the views stored, compared with the views sent.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { openDatabase, type StoreLocation } from "../../lib/db/connect";
import { startPostgres, testPorts, type PostgresServer } from "../../lib/testing/servers/postgres";
import type { MixEntry } from "./mix";
import { conditions, fr, ms, table, targetsSection, writeReport, type Machine, type Target } from "./report";
import { startServer, stopServer, waitUntilAnswering } from "./server";
import { ensureTool, parseWrkOutput, type WrkFigures } from "./wrk";

export const BEACONS = {
  /** Beacons: wrk threads and connections, seconds of load, of which the last `tail` are not counted (beacons.lua). */
  threads: 2,
  connections: 32,
  durationSeconds: 20,
  tailSeconds: 3,
  /** The page measured beside them: one article, from a few connections. */
  pageConnections: 4,
  pageSeconds: 10,
  /** Targets of issue 16. */
  minViewsPerSecond: 2_000,
  maxP99Ms: 50,
} as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function wrkRun(wrk: string, args: string[], seconds: number): Promise<{ figures: WrkFigures; views: number }> {
  const { stdout } = await promisify(execFile)(wrk, args, { timeout: (seconds + 60) * 1000, maxBuffer: 2 ** 24 });
  const summary = stdout.split("\n").find((line) => line.startsWith("@@wrk ")) ?? "";
  const views = Number((/"views":(\d+)/.exec(summary) ?? [])[1] ?? 0);
  return { figures: parseWrkOutput(stdout), views };
}

function pageLoad(wrk: string, url: string) {
  const { pageConnections, pageSeconds } = BEACONS;
  const args = ["-t", "1", "-c", String(pageConnections), "-d", `${pageSeconds}s`, "--timeout", "10s"];
  return wrkRun(wrk, [...args, "-s", path.join(import.meta.dirname, "wrk-report.lua"), url], pageSeconds);
}

function beaconLoad(wrk: string, base: string, slugs: readonly string[]) {
  const { threads, connections, durationSeconds, tailSeconds } = BEACONS;
  const args = ["-t", String(threads), "-c", String(connections), "-d", `${durationSeconds}s`, "--timeout", "10s"];
  const script = ["-s", path.join(import.meta.dirname, "beacons.lua"), base, "--", String(durationSeconds - tailSeconds), ...slugs];
  return wrkRun(wrk, [...args, ...script], durationSeconds);
}

/** The views a store holds, all articles and hours together. */
async function storedViews(location: StoreLocation): Promise<number> {
  const db = openDatabase(location);
  try {
    const row = await db
      .selectFrom("article_views")
      .select((eb) => eb.fn.sum<number | string>("views").as("views"))
      .executeTakeFirst();
    return Number(row?.views ?? 0);
  } finally {
    await db.destroy();
  }
}

export interface BeaconRun {
  store: "SQLite" | "PostgreSQL";
  /** Views sent while counting, and the views the store holds afterwards. */
  sent: number;
  stored: number;
  viewsPerSecond: number;
  beacons: WrkFigures;
  pageAlone: WrkFigures;
  pageBeside: WrkFigures;
}

interface Setup {
  port: number;
  env: NodeJS.ProcessEnv;
  wrk: string;
  slugs: readonly string[];
  logFile: string;
  log: (line: string) => void;
}

async function runOn(store: BeaconRun["store"], location: StoreLocation, setup: Setup): Promise<BeaconRun> {
  const { port, env, wrk, slugs, logFile, log } = setup;
  const storeEnv = location.dialect === "postgres" ? { DATABASE_URL: location.url } : { LESINFOS_DATA_DIR: path.dirname(location.file) };
  const server = startServer(port, { ...env, ...storeEnv }, logFile);
  try {
    await waitUntilAnswering(server);
    const base = `http://127.0.0.1:${port}`;
    const page = `${base}/article/${slugs[0]}`;
    // Warm the route and the store: a prefetch, never counted.
    await fetch(`${page}/vu`, { headers: { "sec-purpose": "prefetch", "user-agent": "Mozilla/5.0 Firefox/133.0" } });
    log(`${store} : page seule, ${BEACONS.pageSeconds} s`);
    const pageAlone = (await pageLoad(wrk, page)).figures;
    log(`${store} : balises ${BEACONS.durationSeconds} s (${BEACONS.connections} connexions), la même page à côté`);
    const beaconsRun = beaconLoad(wrk, base, slugs);
    await sleep(((BEACONS.durationSeconds - BEACONS.tailSeconds - BEACONS.pageSeconds) / 2) * 1000);
    const pageBeside = (await pageLoad(wrk, page)).figures;
    const { figures: beacons, views: sent } = await beaconsRun;
    // Counts are written every second: two more and the last batch is in.
    await sleep(2_500);
    const stored = await storedViews(location);
    return { store, sent, stored, viewsPerSecond: sent / (BEACONS.durationSeconds - BEACONS.tailSeconds), beacons, pageAlone, pageBeside };
  } finally {
    await stopServer(server);
  }
}

/** Both runs, SQLite then PostgreSQL; each store is created for its run and removed after it. */
export async function beaconBench(setup: Setup): Promise<BeaconRun[]> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "lesinfos-beacons-"));
  let postgres: PostgresServer | undefined;
  try {
    const sqlite = await runOn("SQLite", { dialect: "sqlite", file: path.join(folder, "lesinfos.sqlite") }, setup);
    setup.log("PostgreSQL jetable : initdb, pg_ctl");
    postgres = await startPostgres(testPorts());
    const onPostgres = await runOn("PostgreSQL", { dialect: "postgres", url: postgres.url }, setup);
    return [sqlite, onPostgres];
  } finally {
    await postgres?.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

export function beaconTargets(runs: readonly BeaconRun[]): Target[] {
  return runs.flatMap((run) => [
    {
      id: `beacons-throughput-${run.store.toLowerCase()}`,
      label: `${run.store} : au moins ${fr(BEACONS.minViewsPerSecond)} vues comptées par seconde`,
      met: run.viewsPerSecond >= BEACONS.minViewsPerSecond,
      measured: `${fr(run.viewsPerSecond)} vues/s`,
    },
    {
      id: `beacons-p99-${run.store.toLowerCase()}`,
      label: `${run.store} : balise en moins de ${BEACONS.maxP99Ms} ms au 99e centile`,
      met: run.beacons.latency.p99 < BEACONS.maxP99Ms,
      measured: ms(run.beacons.latency.p99),
    },
    {
      id: `beacons-exact-${run.store.toLowerCase()}`,
      label: `${run.store} : vues envoyées = vues enregistrées`,
      met: run.sent === run.stored && run.beacons.errors === 0 && run.beacons.non2xx === 0,
      measured: `${fr(run.sent)} envoyées, ${fr(run.stored)} enregistrées`,
    },
  ]);
}

export function beaconReport(runs: readonly BeaconRun[], date: string, machine: Machine): string {
  const rows = runs.map((run) => [
    run.store,
    `${fr(run.viewsPerSecond)} vues/s`,
    `${ms(run.beacons.latency.p50)} / ${ms(run.beacons.latency.p99)}`,
    `${fr(run.sent)} / ${fr(run.stored)}`,
    `${ms(run.pageAlone.latency.p50)} / ${ms(run.pageAlone.latency.p99)} (${fr(run.pageAlone.requestsPerSecond)}/s)`,
    `${ms(run.pageBeside.latency.p50)} / ${ms(run.pageBeside.latency.p99)} (${fr(run.pageBeside.requestsPerSecond)}/s)`,
  ]);
  return `# Rapport de charge des balises de vue — Lesinfos

Écrit par \`npm run bench:load -- --beacons\` à partir de \`bench/BEACONS-REPORT.json\` ; ce que le banc fait : [bench/README.md](README.md).

${targetsSection(beaconTargets(runs))}

${table(
  [
    "base",
    "vues comptées",
    "balise p50 / p99",
    "vues envoyées / enregistrées",
    "page seule p50 / p99",
    "page à côté des balises p50 / p99",
  ],
  rows,
)}

Conditions : ${conditions(date, machine)} ; wrk, ${BEACONS.threads} fils, ${BEACONS.connections} connexions, ${BEACONS.durationSeconds} s dont ${BEACONS.tailSeconds} s de fin non comptées ; page : ${BEACONS.pageConnections} connexions, ${BEACONS.pageSeconds} s. wrk, Next.js et la base se partagent la même machine.
`;
}

/** `npm run bench:load -- --beacons`: both runs, then bench/BEACONS-REPORT.md and .json; exit status 1 when a target is missed. */
export async function beaconMode(setup: Omit<Setup, "wrk" | "slugs"> & { mix: readonly MixEntry[]; date: string; machine: Machine }) {
  const { mix, date, machine, log } = setup;
  const slugs = mix
    .filter((entry) => entry.expect === 200 && entry.path.startsWith("/article/"))
    .map((entry) => entry.path.slice("/article/".length));
  const runs = await beaconBench({ ...setup, wrk: ensureTool("wrk", "WRK", log), slugs });
  const markdown = beaconReport(runs, date, machine);
  await writeReport("bench/BEACONS-REPORT", { date, machine, beacons: BEACONS, runs }, markdown);
  console.log(`\n${markdown.split("\nConditions")[0]}\nRapport : bench/BEACONS-REPORT.md (chiffres : bench/BEACONS-REPORT.json)`);
  process.exitCode = beaconTargets(runs).every((target) => target.met) ? 0 : 1;
}
