/**
 * npm run bench:load — load test of the production server, not a test:
 * builds the site into .next-bench, starts `next start`, loads it with
 * autocannon, watches its memory, runs two fault cases
 * and writes bench/LOAD-REPORT.json and bench/LOAD-REPORT.md. Exit status 1
 * if the server crashed or answered 5xx. Options: bench/README.md.
 */
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import { beaconMode } from "./lib/beacons";
import { runLoad, stopLoad } from "./lib/cannon";
import { checkPages, invalidContentCase, restartCase } from "./lib/faults";
import { loadTargets, summarizeStatuses } from "./lib/load-targets";
import { contentFacts } from "./lib/mix";
import { residentMemory } from "./lib/proc";
import { conditions, describeMachine, flatTable, fr, mib, ms, targetsSection, writeReport } from "./lib/report";
import { benchEnv, buildExists, buildSite, listeningPid, runBench, startServer, stopServer, waitUntilAnswering } from "./lib/server";

const WORK_DIR = "bench/.work/load";
const CONTENT_COPY = path.join(WORK_DIR, "content");
const SERVER_LOG = path.join(WORK_DIR, "server.log");
const USAGE = "npm run bench:load -- [--no-build] [--connections 64] [--duration 30] [--warmup 5] [--settle 60] [--port 3400] [--beacons]";

const log = (message: string) => console.log(`[bench] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readOptions() {
  const { values } = parseArgs({
    options: {
      "no-build": { type: "boolean", default: false },
      beacons: { type: "boolean", default: false },
      connections: { type: "string", default: "64" },
      duration: { type: "string", default: "30" },
      warmup: { type: "string", default: "5" },
      settle: { type: "string", default: "60" },
      port: { type: "string", default: "3400" },
    },
  });
  const number = (name: "connections" | "duration" | "warmup" | "settle" | "port", min: number, max = Infinity) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min || value > max)
      throw new Error(`--${name} « ${values[name]} » : entier de ${min} à ${max} attendu ; ${USAGE}`);
    return value;
  };
  return {
    build: !values["no-build"],
    beacons: values.beacons,
    connections: number("connections", 1),
    duration: number("duration", 1),
    warmup: number("warmup", 0),
    settle: number("settle", 0),
    port: number("port", 1024, 65535),
  };
}

/** Samples the memory of `pid` every half second; call the result to stop and get the highest reading. */
function samplePeak(pid: number): () => number | null {
  let peak: number | null = null;
  const timer = setInterval(() => void residentMemory(pid).then((bytes) => (peak = Math.max(peak ?? 0, bytes ?? 0))), 500);
  return () => (clearInterval(timer), peak);
}

async function main(): Promise<void> {
  const options = readOptions();
  const date = new Date().toISOString();
  const machine = describeMachine();

  // The server reads a copy of the content, which the first fault case breaks and restores.
  await rm(CONTENT_COPY, { recursive: true, force: true });
  await mkdir(WORK_DIR, { recursive: true });
  await cp("content", CONTENT_COPY, { recursive: true });
  await writeFile(SERVER_LOG, "");
  const env = benchEnv(CONTENT_COPY);
  const built = options.build || !buildExists();
  log(built ? "next build → .next-bench" : "--no-build : build existant de .next-bench réutilisé");
  if (built) await buildSite(env, log);
  const { mix, sample } = await contentFacts(CONTENT_COPY);
  if (options.beacons) return beaconMode({ port: options.port, env, mix, date, machine, logFile: SERVER_LOG, log });

  let crash: string | null = null;
  const launch = () => {
    const server = startServer(options.port, env, SERVER_LOG);
    void server.exited.then(({ code, signal }) => {
      if (!server.expectedExit) crash ??= `next start s’est arrêté (${signal ?? `code ${code}`}), voir ${SERVER_LOG}`;
    });
    return server;
  };
  const memoryOrCrash = async (pid: number) => {
    const bytes = await residentMemory(pid);
    if (bytes === null) crash ??= `le processus ${pid} qui écoutait a disparu`;
    return bytes;
  };
  const loadFor = (duration: number) => runLoad(`http://127.0.0.1:${options.port}`, options.connections, duration, mix);

  log(`next start --port ${options.port}`);
  let server = launch();
  const firstStart = await waitUntilAnswering(server);
  const { pid, memory: atStart } = await listeningPid(server);
  log(`prêt en ${Math.round(firstStart.elapsedMs)} ms ; processus qui écoute : ${pid} (${mib(atStart)})`);
  const preflight = await checkPages(options.port, mix);
  for (const check of preflight.filter((c) => !c.ok))
    log(`attention : ${check.path} répond ${check.status ?? check.error} (attendu ${check.expected})`);

  let warmup = null;
  if (options.warmup > 0) {
    log(`échauffement : ${options.warmup} s`);
    const figures = await loadFor(options.warmup);
    const statuses = summarizeStatuses(figures.tally, mix);
    warmup = { responses: statuses.total, errors: figures.errors, serverErrors: statuses.serverErrors };
    await sleep(2_000);
  }
  const before = (await listeningPid(server)).memory;
  log(`charge : ${options.connections} connexions, ${options.duration} s, ${mix.length} adresses`);
  const stopSampling = samplePeak(pid);
  const load = await loadFor(options.duration);
  const peak = stopSampling();
  const afterLoad = await memoryOrCrash(pid);
  log(`repos : ${options.settle} s`);
  await sleep(options.settle * 1000);
  const afterSettle = crash ? null : await memoryOrCrash(pid);

  let invalidContent = null;
  let restart = null;
  if (!crash) {
    log("panne a : fichier de contenu invalide");
    invalidContent = await invalidContentCase(options.port, sample);
    log("panne b : SIGKILL puis redémarrage");
    const outcome = await restartCase(server, pid, launch, sample);
    [restart, server] = [outcome.result, outcome.server];
  }
  await stopServer(server);

  const statuses = summarizeStatuses(load.tally, mix);
  const checks = [...preflight, ...(invalidContent ? [...invalidContent.first, ...invalidContent.second] : []), ...(restart?.after ?? [])];
  const serverErrors =
    statuses.serverErrors + (warmup?.serverErrors ?? 0) + checks.filter((c) => c.status !== null && c.status >= 500).length;
  const unexpectedResponses = statuses.unexpected.reduce((sum, u) => sum + u.count, 0);
  const { errors, timeouts } = load;
  const targets = loadTargets({
    errors,
    timeouts,
    serverErrors,
    memoryBefore: before,
    memoryAfterSettle: afterSettle,
    crashed: crash !== null,
    unexpectedResponses,
  });
  // Lines of `next start` output that report an error: Next.js marks them ⨯, Node prints "Error".
  const errorLines = (await readFile(SERVER_LOG, "utf8")).split("\n").filter((line) => /⨯|\b\w*Error\b|\bECONN|unhandled/i.test(line));
  const failed = crash !== null || serverErrors > 0;
  const memory = { pid, atStart, before, peak, afterLoad, afterSettle };
  const faults = { invalidContent, restart };
  const results = {
    date,
    machine,
    options,
    built,
    mix,
    firstStart,
    preflight,
    warmup,
    load,
    statuses,
    memory,
    crash,
    faults,
    targets,
    failed,
  };
  const memoryMiB = Object.fromEntries(
    Object.entries(memory).map(([name, bytes]) => [name, name === "pid" || !bytes ? bytes : bytes / 2 ** 20]),
  );
  const markdown = `# Rapport de charge — Lesinfos

Écrit par \`npm run bench:load\` à partir de \`bench/LOAD-REPORT.json\` ; ce que le banc fait : [bench/README.md](README.md).

${failed ? `**Échec** : ${crash ?? `${serverErrors} réponse(s) 5xx`}.` : "**Réussi** : ni arrêt du serveur ni réponse 5xx."} ${fr(load.requestsPerSecond, 1)} requêtes/s en moyenne, latence p99 ${ms(load.latency.p99)}.

${targetsSection(targets)}

Conditions : ${conditions(date, machine)} ; ${options.connections} connexions, ${options.duration} s après ${options.warmup} s d’échauffement, repos ${options.settle} s ; ${built ? "site construit par ce banc" : "build existant réutilisé"}.

${flatTable(
  ["", "valeur"],
  [
    {
      firstStartMs: firstStart.elapsedMs,
      load: { ...load, tally: undefined },
      statuses: { ...statuses, unexpected: statuses.unexpected.map((u) => `${u.path} ${u.status} × ${u.count}`).join(", ") },
      warmup,
      memoryMiB,
      invalidContent: invalidContent && {
        ok: invalidContent.ok,
        restored: invalidContent.restored,
        regenerated: invalidContent.regenerated,
      },
      restart: restart && { ok: restart.ok, firstAnswerMs: restart.firstAnswer?.elapsedMs, error: restart.error },
      serverLogErrorLines: errorLines.length,
    },
  ],
)}
`;
  await writeReport("bench/LOAD-REPORT", results, markdown);
  console.log(`\n${markdown.split("\nConditions")[0]}\nRapport : bench/LOAD-REPORT.md (chiffres : bench/LOAD-REPORT.json)`);
  process.exitCode = failed ? 1 : 0;
}

await runBench(main, { onInterrupt: stopLoad });
