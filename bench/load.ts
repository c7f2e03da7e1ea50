/**
 * npm run bench:load — load test of the production server, not a test:
 * builds the site into .next-bench, starts `next start`, loads it from a
 * separate process, watches its memory, runs two fault cases and writes
 * bench/LOAD-REPORT.json and bench/LOAD-REPORT.md. Exit status 1 if the
 * server crashed or answered 5xx. Flags: bench/lib/args.ts, bench/README.md.
 */
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { parseBenchArgs, USAGE, type BenchOptions } from "./lib/args";
import { BROWSER_HEADERS, runLoad, stopLoad, type LoadPlan } from "./lib/cannon";
import { invalidContentCase, restartCase } from "./lib/faults";
import { formatMebibytes } from "./lib/format";
import { describeMachine } from "./lib/machine";
import { contentFacts, type MixEntry } from "./lib/mix";
import { checkPages, countServerErrors } from "./lib/probe";
import { residentMemory } from "./lib/proc";
import { formatReport, serverLogErrors, type BenchRun } from "./lib/report";
import {
  benchEnv,
  buildExists,
  buildSite,
  listeningPid,
  serverMemory,
  startServer,
  stopServer,
  runBench,
  waitUntilAnswering,
  type RunningServer,
} from "./lib/server";
import { summarizeStatuses } from "./lib/stats";
import { benchFailed, evaluateTargets } from "./lib/targets";

/** The bench's own corner of bench/.work (gitignored), which other tools share. */
const WORK_DIR = "bench/.work/load";
const CONTENT_COPY = path.join(WORK_DIR, "content");
const SERVER_LOG = path.join(WORK_DIR, "server.log");
const REPORT_FILE = "bench/LOAD-REPORT.md";
const RESULTS_FILE = "bench/LOAD-REPORT.json";

const log = (message: string) => console.log(`[bench] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server currently running, so that every way out stops it. */
let current: RunningServer | undefined;
/** How a server stopped without being asked to. */
let crash: string | null = null;

function launch(port: number, env: NodeJS.ProcessEnv): RunningServer {
  const server = startServer(port, env, SERVER_LOG);
  current = server;
  void server.exited.then(({ code, signal }) => {
    if (!server.expectedExit) crash ??= `next start s’est arrêté (${signal ?? `code ${code}`}), voir ${SERVER_LOG}`;
  });
  return server;
}

function plan(options: BenchOptions, mix: MixEntry[], duration: number): LoadPlan {
  return {
    url: `http://127.0.0.1:${options.port}`,
    connections: options.connections,
    duration,
    timeoutSeconds: 10,
    headers: BROWSER_HEADERS,
    mix,
  };
}

/** Samples the memory of `pid` every half second; call the result to stop and get the highest reading. */
function samplePeak(pid: number): () => number | null {
  let peak: number | null = null;
  const timer = setInterval(() => {
    void residentMemory(pid).then((bytes) => {
      if (bytes !== null) peak = Math.max(peak ?? 0, bytes);
    });
  }, 500);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** Memory of the listening process, or null (and a crash noted) when it is gone. */
async function memoryOrCrash(pid: number): Promise<number | null> {
  const bytes = await residentMemory(pid);
  if (bytes === null) crash ??= `le processus ${pid} qui écoutait a disparu`;
  return bytes;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nUsage : ${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const date = new Date().toISOString();
  const machine = await describeMachine();

  // The server reads a copy of the content, which the first fault case breaks and restores.
  await rm(CONTENT_COPY, { recursive: true, force: true });
  await mkdir(WORK_DIR, { recursive: true });
  await cp("content", CONTENT_COPY, { recursive: true });
  await writeFile(SERVER_LOG, "");
  const env = benchEnv(CONTENT_COPY);

  const built = options.build || !buildExists();
  if (built) {
    log("next build → .next-bench");
    await buildSite(env, log);
  } else {
    log("--no-build : build existant de .next-bench réutilisé");
  }
  const facts = await contentFacts(CONTENT_COPY, new Date());

  log(`next start --port ${options.port}`);
  let server = launch(options.port, env);
  const firstStart = await waitUntilAnswering(server);
  const pid = await listeningPid(server);
  const atStart = await serverMemory(pid);
  log(`prêt en ${Math.round(firstStart.elapsedMs)} ms ; processus qui écoute : ${pid} (${formatMebibytes(atStart)})`);

  const preflight = await checkPages(options.port, facts.mix);
  for (const check of preflight.filter((c) => !c.ok)) {
    log(`attention : ${check.path} répond ${check.status ?? check.error} (attendu ${check.expected})`);
  }

  let warmup: BenchRun["warmup"] = null;
  if (options.warmup > 0) {
    log(`échauffement : ${options.warmup} s`);
    const figures = await runLoad(plan(options, facts.mix, options.warmup));
    const summary = summarizeStatuses(figures.tally, facts.mix);
    warmup = { responses: summary.total, errors: figures.errors, serverErrors: summary.serverErrors };
    await sleep(2_000);
  }
  const before = await serverMemory(pid);

  log(`charge : ${options.connections} connexions, ${options.duration} s, ${facts.mix.length} adresses`);
  const stopSampling = samplePeak(pid);
  const load = await runLoad(plan(options, facts.mix, options.duration));
  const peak = stopSampling();
  const afterLoad = await memoryOrCrash(pid);

  log(`repos : ${options.settle} s`);
  await sleep(options.settle * 1000);
  const afterSettle = crash ? null : await memoryOrCrash(pid);

  let invalidContent = null;
  let restart = null;
  if (!crash) {
    log("panne a : fichier de contenu invalide");
    invalidContent = await invalidContentCase(options.port, facts.sample);
    log("panne b : SIGKILL puis redémarrage");
    const outcome = await restartCase(server, pid, () => launch(options.port, env), facts.sample);
    restart = outcome.result;
    server = outcome.server;
  }
  await stopServer(server);

  const statuses = summarizeStatuses(load.tally, facts.mix);
  const checks = [...preflight, ...(invalidContent ? [...invalidContent.first, ...invalidContent.second] : []), ...(restart?.after ?? [])];
  const inputs = {
    errors: load.errors,
    timeouts: load.timeouts,
    serverErrors: statuses.serverErrors + (warmup?.serverErrors ?? 0) + countServerErrors(checks),
    memoryBefore: before,
    memoryAfterSettle: afterSettle,
    crashed: crash !== null,
    unexpectedResponses: statuses.unexpected.reduce((sum, u) => sum + u.count, 0),
  };
  const failed = benchFailed(inputs);
  const run: BenchRun = {
    date,
    machine,
    options,
    built,
    mix: facts.mix,
    firstStart,
    preflight,
    warmup,
    load,
    statuses,
    memory: { pid, atStart, before, peak, afterLoad, afterSettle },
    crash,
    invalidContent,
    restart,
    serverLog: { file: SERVER_LOG, errorLines: serverLogErrors(await readFile(SERVER_LOG, "utf8")) },
    targets: evaluateTargets(inputs),
    failed,
  };
  const report = formatReport(run);
  await writeFile(RESULTS_FILE, `${JSON.stringify(run, null, 2)}\n`);
  await writeFile(REPORT_FILE, report);
  console.log(`\n${report.split("\n## Conditions")[0]}\nRapport : ${REPORT_FILE} (chiffres : ${RESULTS_FILE})`);
  process.exitCode = failed ? 1 : 0;
}

await runBench(main, { servers: () => (current ? [current] : []), onInterrupt: stopLoad });
