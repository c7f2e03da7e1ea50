/**
 * `npm run bench:load -- --beacons`: the view beacons under load, on SQLite
 * then on a throwaway PostgreSQL cluster, through both fronts: "sans nginx"
 * (the proxy of `next start` counts) and "nginx" (deploy/nginx.conf answers
 * and logs, `npm run audience:relever` counts the log: docs/adr/0014). For
 * each: a fresh store; an article page loaded alone (its latency), then
 * beacons of every article from many readers (wrk with beacons.lua) with the
 * same page load beside them; then the views stored, once the log reader
 * has caught up, compared with the views sent.
 */
import { execFile, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { readPosition } from "../../lib/audience/log-reader";
import { openDatabase, type StoreLocation } from "../../lib/db/connect";
import { startDeployedNginx } from "../../lib/testing/servers/nginx";
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
  warmSeconds: 3,
  /**
   * Beacons offered per second, held by a pause of each connection between
   * two requests (beacons.lua): above the target, so that a front that keeps
   * up shows it, and far below what nginx alone could take, so that wrk does
   * not eat the machine the pages are measured on.
   */
  offeredPerSecond: 3_200,
  /** Targets of issue 16. */
  minViewsPerSecond: 2_000,
  maxP99Ms: 50,
  /** How long the log reader may take to count the last lines, once wrk stopped; keeping up means within maxLagSeconds. */
  catchUpSeconds: 120,
  maxLagSeconds: 5,
} as const;

/** Which front answers the beacon: the proxy of `next start`, or nginx and its log reader. */
export type Front = "sans nginx" | "nginx";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function wrkRun(wrk: string, args: string[], seconds: number): Promise<{ figures: WrkFigures; views: number }> {
  const { stdout } = await promisify(execFile)(wrk, args, { timeout: (seconds + 60) * 1000, maxBuffer: 2 ** 24 });
  const summary = stdout.split("\n").find((line) => line.startsWith("@@wrk ")) ?? "";
  const views = Number((/"views":(\d+)/.exec(summary) ?? [])[1] ?? 0);
  return { figures: parseWrkOutput(stdout), views };
}

function pageLoad(wrk: string, url: string, pageSeconds: number = BEACONS.pageSeconds) {
  const { pageConnections } = BEACONS;
  const args = ["-t", "1", "-c", String(pageConnections), "-d", `${pageSeconds}s`, "--timeout", "10s"];
  return wrkRun(wrk, [...args, "-s", path.join(import.meta.dirname, "wrk-report.lua"), url], pageSeconds);
}

function beaconLoad(wrk: string, base: string, slugs: readonly string[]) {
  const { threads, connections, durationSeconds, tailSeconds } = BEACONS;
  const args = ["-t", String(threads), "-c", String(connections), "-d", `${durationSeconds}s`, "--timeout", "10s"];
  const pauseMs = Math.round((connections * 1000) / BEACONS.offeredPerSecond);
  const script = [
    "-s",
    path.join(import.meta.dirname, "beacons.lua"),
    base,
    "--",
    String(durationSeconds - tailSeconds),
    String(pauseMs),
    ...slugs,
  ];
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

/** Seconds until the log reader has counted the whole of `log` (nginx writes its buffer every second), or null past catchUpSeconds. */
async function readerCatchUp(location: StoreLocation, log: string): Promise<number | null> {
  const started = performance.now();
  const db = openDatabase(location);
  try {
    await sleep(1_500);
    while (performance.now() - started < BEACONS.catchUpSeconds * 1000) {
      const [position, { size }] = await Promise.all([readPosition(db, log), stat(log)]);
      if (position?.bytesRead === size) return (performance.now() - started) / 1000;
      await sleep(250);
    }
    return null;
  } finally {
    await db.destroy();
  }
}

/**
 * deploy/nginx.conf on `port`, in front of `next start` on `upstream`. The
 * bench's one address stands for many readers: here only, nginx takes the
 * client's address from X-Real-IP (set by beacons.lua), so the rate limit per
 * client does not cap the load.
 */
function benchNginx(port: number, upstream: number) {
  return startDeployedNginx({
    port,
    upstreams: [upstream],
    edit: (config) =>
      config.replace(
        /(listen 127\.0\.0\.1:\d+ default_server;)/,
        "$1\n        set_real_ip_from 127.0.0.1;\n        real_ip_header X-Real-IP;",
      ),
  });
}

/** `npm run audience:relever -- <log>`, following the log until stopped; its output appended to `logFile`. */
function startReader(log: string, env: NodeJS.ProcessEnv, logFile: string) {
  const output = createWriteStream(logFile, { flags: "a" });
  const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/audience-relever.ts", log], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(output);
  child.stderr.pipe(output);
  return async () => {
    if (child.exitCode === null) {
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await gone;
    }
  };
}

export interface BeaconRun {
  store: "SQLite" | "PostgreSQL";
  front: Front;
  /** nginx: seconds the log reader took, after wrk stopped, to count the last line; null past catchUpSeconds. */
  catchUpSeconds?: number | null;
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

async function runOn(store: BeaconRun["store"], front: Front, location: StoreLocation, setup: Setup): Promise<BeaconRun> {
  const { port, env, wrk, slugs, logFile, log } = setup;
  const storeEnv = location.dialect === "postgres" ? { DATABASE_URL: location.url } : { LESINFOS_DATA_DIR: path.dirname(location.file) };
  const server = startServer(port, { ...env, ...storeEnv }, logFile);
  const nginx = front === "nginx" ? await benchNginx(port + 1, port) : null;
  const stopReader = nginx ? startReader(nginx.beaconLog, { ...env, ...storeEnv }, logFile) : null;
  try {
    await waitUntilAnswering(server);
    const base = nginx?.url ?? `http://127.0.0.1:${port}`;
    const page = `${base}/article/${slugs[0]}`;
    const name = `${store}, ${front}`;
    // Warm the routes and the store (a prefetch, never counted), and render the page: its first renders are not what is measured.
    await fetch(`${page}/vu`, { headers: { "sec-purpose": "prefetch", "user-agent": "Mozilla/5.0 Firefox/133.0" } });
    for (let i = 0; i < 3; i++) await (await fetch(page)).arrayBuffer();
    // And a first load, not counted either: the first seconds of load on a fresh nginx and next start are slower.
    await pageLoad(wrk, page, BEACONS.warmSeconds);
    log(`${name} : page seule, ${BEACONS.pageSeconds} s`);
    const pageAlone = (await pageLoad(wrk, page)).figures;
    log(`${name} : balises ${BEACONS.durationSeconds} s (${BEACONS.connections} connexions), la même page à côté`);
    const beaconsRun = beaconLoad(wrk, base, slugs);
    await sleep(((BEACONS.durationSeconds - BEACONS.tailSeconds - BEACONS.pageSeconds) / 2) * 1000);
    const pageBeside = (await pageLoad(wrk, page)).figures;
    const { figures: beacons, views: sent } = await beaconsRun;
    // The proxy writes its counts every second: two more and the last batch is in. nginx: until the reader has read the whole log.
    const catchUpSeconds = nginx ? await readerCatchUp(location, nginx.beaconLog) : undefined;
    if (!nginx) await sleep(2_500);
    const stored = await storedViews(location);
    const viewsPerSecond = sent / (BEACONS.durationSeconds - BEACONS.tailSeconds);
    return { store, front, catchUpSeconds, sent, stored, viewsPerSecond, beacons, pageAlone, pageBeside };
  } finally {
    await stopReader?.();
    await nginx?.stop();
    await stopServer(server);
  }
}

const FRONTS: readonly Front[] = ["sans nginx", "nginx"];

/** Every run, SQLite then PostgreSQL, each through both fronts; each store is created for its run and removed after it. */
export async function beaconBench(setup: Setup): Promise<BeaconRun[]> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "lesinfos-beacons-"));
  let postgres: PostgresServer | undefined;
  const runs: BeaconRun[] = [];
  try {
    for (const front of FRONTS) {
      const file = path.join(folder, front === "nginx" ? "nginx" : "proxy", "lesinfos.sqlite");
      runs.push(await runOn("SQLite", front, { dialect: "sqlite", file }, setup));
    }
    setup.log("PostgreSQL jetable : initdb, pg_ctl");
    postgres = await startPostgres(testPorts());
    for (const front of FRONTS) {
      const url = await postgres.createDatabase(front === "nginx" ? "balises_nginx" : "balises_proxy");
      runs.push(await runOn("PostgreSQL", front, { dialect: "postgres", url }, setup));
    }
    return runs;
  } finally {
    await postgres?.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

/** The issue's targets, for the production front (nginx); the proxy's runs are shown beside them. */
export function beaconTargets(runs: readonly BeaconRun[]): Target[] {
  return runs
    .filter((run) => run.front === "nginx")
    .flatMap((run) => [
      {
        id: `beacons-throughput-${run.store.toLowerCase()}`,
        label: `${run.store} : au moins ${fr(BEACONS.minViewsPerSecond)} vues comptées par seconde, lecteur à jour moins de ${BEACONS.maxLagSeconds} s après la charge`,
        met: run.viewsPerSecond >= BEACONS.minViewsPerSecond && run.catchUpSeconds != null && run.catchUpSeconds <= BEACONS.maxLagSeconds,
        measured: `${fr(run.viewsPerSecond)} vues/s, à jour après ${run.catchUpSeconds == null ? `plus de ${BEACONS.catchUpSeconds} s` : `${fr(run.catchUpSeconds, 1)} s`}`,
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
      {
        id: `beacons-page-${run.store.toLowerCase()}`,
        label: `${run.store} : une page à côté des balises, 99e centile au plus le double de la page seule (ou + 10 ms)`,
        met:
          run.pageBeside.totalRequests > 0 &&
          run.pageBeside.latency.p99 <= Math.max(2 * run.pageAlone.latency.p99, run.pageAlone.latency.p99 + 10),
        measured: `${ms(run.pageBeside.latency.p99)} contre ${ms(run.pageAlone.latency.p99)}`,
      },
    ]);
}

/** "12 ms / 80 ms (300/s)", or no answer at all: a server saturated by beacons may starve the page. */
const latencies = (figures: WrkFigures) =>
  figures.totalRequests === 0
    ? "aucune réponse"
    : `${ms(figures.latency.p50)} / ${ms(figures.latency.p99)} (${fr(figures.requestsPerSecond)}/s)`;

export function beaconReport(runs: readonly BeaconRun[], date: string, machine: Machine): string {
  const rows = runs.map((run) => [
    run.store,
    run.front,
    `${fr(run.viewsPerSecond)} vues/s`,
    `${ms(run.beacons.latency.p50)} / ${ms(run.beacons.latency.p99)}`,
    `${fr(run.sent)} / ${fr(run.stored)}`,
    run.catchUpSeconds === undefined
      ? "—"
      : run.catchUpSeconds === null
        ? `plus de ${BEACONS.catchUpSeconds} s`
        : `${fr(run.catchUpSeconds, 1)} s`,
    latencies(run.pageAlone),
    latencies(run.pageBeside),
  ]);
  return `# Rapport de charge des balises de vue — Lesinfos

Écrit par \`npm run bench:load -- --beacons\` à partir de \`bench/BEACONS-REPORT.json\` ; ce que le banc fait : [bench/README.md](README.md).

${targetsSection(beaconTargets(runs))}

${table(
  [
    "base",
    "porte",
    "vues comptées",
    "balise p50 / p99",
    "vues envoyées / enregistrées",
    "lecteur à jour après",
    "page seule p50 / p99",
    "page à côté des balises p50 / p99",
  ],
  rows,
)}

Conditions : ${conditions(date, machine)} ; wrk, ${BEACONS.threads} fils, ${BEACONS.connections} connexions, au plus ${fr(BEACONS.offeredPerSecond)} balises/s (une pause entre deux requêtes de chaque connexion), ${BEACONS.durationSeconds} s dont ${BEACONS.tailSeconds} s de fin non comptées ; page : ${BEACONS.pageConnections} connexions, ${BEACONS.pageSeconds} s. wrk, nginx, Next.js, le lecteur du journal et la base se partagent la même machine. Porte « nginx » : deploy/nginx.conf devant \`next start\`, qui répond aux balises et les note dans son journal, compté par \`npm run audience:relever\` ; la page passe aussi par nginx (son micro-cache d’une seconde). Pour ce banc seulement, nginx prend l’adresse du client dans X-Real-IP (\`set_real_ip_from 127.0.0.1\`), que beacons.lua change toutes les trois vues : la limite de 120 vues par minute et par client ne plafonne pas le générateur de charge, qui n’a qu’une adresse. « Lecteur à jour après » : secondes entre la fin de wrk et le compte de la dernière ligne du journal ; les vues comptées par seconde sont les vues envoyées, toutes enregistrées une fois le lecteur à jour.
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
