/**
 * `npm run bench:load -- --instances N`: N `next start` of one build sharing
 * their cache in Redis (REDIS_URL), behind deploy/nginx.conf, loaded through
 * nginx with wrk (autocannon tops out near 3,000 requests per second on this
 * machine, below nginx). Four rounds of the same load: steady, an instance
 * killed then started again, Redis killed then started again, a rolling
 * restart of every instance. Each counts its 5xx (target: none) and the
 * Redis commands per request; bench/LOAD-INSTANCES-REPORT.{json,md}.
 */
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { program } from "../../lib/testing/servers/process";
import { startRedis, type RedisServer } from "../../lib/testing/servers/redis";
import { longTail, type MixEntry } from "./mix";
import { prepareProxySite, startNginx } from "./nginx";
import { addCounts, commandsBetween, readCacheSize, readCommands, totalCommands, type CommandCounts } from "./redis-stats";
import { conditions, fr, ms, table, targetsSection, writeReport, type Machine } from "./report";
import { crashServer, listeningPid, startServer, stopServer, waitUntilAnswering, type RunningServer } from "./server";
import { ensureTool, runWrkMix, wrkVersion, type WrkMixFigures } from "./wrk";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`[bench] ${message}`);

export type InstancesOptions = { instances: number; connections: number; duration: number; warmup: number; port: number };

/** Ports from the bench's `--port`: the instances first, then nginx and Redis (all within the bench's 3400–3454 by default). */
export const instancesPorts = (port: number, count: number) => ({
  instances: Array.from({ length: count }, (_, i) => port + i),
  nginx: port + 20,
  redis: port + 21,
});

/** Pure: one round's figures from wrk's and Redis's; responses ≥ 500 are the 5xx the target forbids. */
export function roundFigures(load: WrkMixFigures, commands: CommandCounts, mix: readonly MixEntry[]) {
  const responses = Object.values(load.statuses).reduce((sum, count) => sum + count, 0);
  const serverErrors = Object.entries(load.statuses)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, count]) => sum + count, 0);
  const notFoundShare = mix.filter((entry) => entry.expect === 404).length / mix.length;
  const redisCommands = totalCommands(commands);
  return {
    requestsPerSecond: load.requestsPerSecond,
    latency: load.latency,
    responses,
    statuses: load.statuses,
    expectedNotFound: Math.round(responses * notFoundShare),
    serverErrors,
    errors: load.errors,
    timeouts: load.timeouts,
    redisCommands,
    redisCommandsPerRequest: responses > 0 ? redisCommands / responses : 0,
    commands,
  };
}
export type RoundFigures = ReturnType<typeof roundFigures>;

/** What happened during a round, seconds after its load started. */
type RoundEvent = { atS: number; what: string };

interface Stack {
  instances: RunningServer[];
  redis: RedisServer;
  launch: (index: number) => RunningServer;
}

export async function severalInstances(
  options: InstancesOptions,
  {
    env,
    mix,
    date,
    machine,
    built,
    workDir,
  }: { env: NodeJS.ProcessEnv; mix: MixEntry[]; date: string; machine: Machine; built: boolean; workDir: string },
): Promise<boolean> {
  const wrk = ensureTool("wrk", "WRK_PATH", log);
  const nginx = ensureTool("nginx", "NGINX_PATH", log);
  const cli = program("redis-cli");
  const ports = instancesPorts(options.port, options.instances);
  const pathsFile = path.join(workDir, "paths.txt");
  // With the long tail, some of the load passes nginx's cache and reaches the instances the faults hit.
  const requests = [...mix, ...longTail(mix)];
  await writeFile(pathsFile, `${requests.map((entry) => entry.path).join("\n")}\n`);

  log(`redis-server sur le port ${ports.redis}`);
  const redis = await startRedis(ports.redis);
  const instanceEnv = { ...env, REDIS_URL: redis.url, LESINFOS_COMPRESS: "off" };
  // Each instance its own audience store: two processes would migrate one SQLite file at once (production: DATABASE_URL).
  const launch = (index: number) =>
    startServer(
      ports.instances[index]!,
      { ...instanceEnv, LESINFOS_DATA_DIR: path.join(workDir, `donnees-${index + 1}`) },
      path.join(workDir, `instance-${index + 1}.log`),
    );
  const ready = (server: RunningServer) => waitUntilAnswering(server, { path: "/sante", expected: "prêt" });
  const stack: Stack = { instances: ports.instances.map((_, index) => launch(index)), redis, launch };
  try {
    log(`${options.instances} × next start (ports ${ports.instances.join(", ")}), REDIS_URL=${redis.url}`);
    await Promise.all(stack.instances.map(ready));
    const site = await prepareProxySite(ports.nginx, ports.instances);
    const proxy = startNginx(nginx, site);
    await waitUntilAnswering(proxy);
    const origin = `http://127.0.0.1:${ports.nginx}`;
    const load = (seconds: number) => runWrkMix(wrk, origin, seconds, options.connections, pathsFile);

    if (options.warmup > 0) {
      log(`échauffement : ${options.warmup} s`);
      await load(options.warmup);
    }
    const rounds = [];
    // Read after the steady round, before Redis is killed and starts again empty.
    let cache: Awaited<ReturnType<typeof readCacheSize>> | null = null;
    for (const [name, label, fault, lengths = 1] of ROUNDS) {
      const duration = options.duration * lengths;
      log(`${label} : ${options.connections} connexions, ${duration} s`);
      const loadAverage = os.loadavg()[0] ?? 0;
      const before = await readCommands(cli, ports.redis);
      const started = performance.now();
      const events: RoundEvent[] = [];
      const note = (what: string) => {
        events.push({ atS: (performance.now() - started) / 1000, what });
        log(`  ${fr(events.at(-1)!.atS, 1)} s : ${what}`);
      };
      const at = (share: number) => sleep(Math.max(0, started + share * duration * 1000 - performance.now()));
      const running = load(duration);
      const commandsBeforeKill = await fault(stack, { at, note, ready, cli, port: ports.redis });
      if (performance.now() - started > duration * 1000) note("fin de la panne après la fin de la charge");
      const figures = await running;
      const after = await readCommands(cli, ports.redis);
      const commands = commandsBeforeKill ? addCounts(commandsBetween(before, commandsBeforeKill), after) : commandsBetween(before, after);
      rounds.push({ name, label, loadAverage, events, ...roundFigures(figures, commands, requests) });
      cache ??= await readCacheSize(cli, ports.redis);
    }
    await stopServer(proxy);
    log(`sans nginx : les connexions réparties entre les instances, ${options.duration} s`);
    const direct = await withoutProxy(ports.instances, { ...options, wrk, cli, redisPort: ports.redis, pathsFile, mix: requests });
    return await report(options, { rounds, direct, cache: cache!, date, machine, built, ports, wrk: await wrkVersion(wrk) });
  } finally {
    await Promise.all(stack.instances.map((server) => stopServer(server)));
    await redis.stop();
  }
}

/**
 * The same mix straight to the instances, no cache in front: what each
 * request costs an instance and Redis (every request reaches Next here,
 * while nginx lets through about one per address and per second).
 */
async function withoutProxy(
  instancePorts: number[],
  {
    wrk,
    cli,
    redisPort,
    pathsFile,
    mix,
    connections,
    duration,
  }: InstancesOptions & { wrk: string; cli: string; redisPort: number; pathsFile: string; mix: MixEntry[] },
) {
  const before = await readCommands(cli, redisPort);
  const perInstance = Math.max(1, Math.round(connections / instancePorts.length));
  const loads = await Promise.all(
    instancePorts.map((port) => runWrkMix(wrk, `http://127.0.0.1:${port}`, duration, perInstance, pathsFile)),
  );
  const commands = commandsBetween(before, await readCommands(cli, redisPort));
  const statuses = addCounts(...loads.map((load) => load.statuses));
  const merged = {
    ...loads[0]!,
    requestsPerSecond: loads.reduce((sum, load) => sum + load.requestsPerSecond, 0),
    // The slower instance's.
    latency: { ...loads[0]!.latency, p50: Math.max(...loads.map((l) => l.latency.p50)), p99: Math.max(...loads.map((l) => l.latency.p99)) },
    errors: loads.reduce((sum, load) => sum + load.errors, 0),
    timeouts: loads.reduce((sum, load) => sum + load.timeouts, 0),
    statuses,
  };
  return { connectionsPerInstance: perInstance, loadAverage: os.loadavg()[0] ?? 0, ...roundFigures(merged, commands, mix) };
}

type FaultTools = {
  at: (share: number) => Promise<unknown>;
  note: (what: string) => void;
  ready: (server: RunningServer) => ReturnType<typeof waitUntilAnswering>;
  cli: string;
  port: number;
};
/** A fault played during a round's load; returns Redis's counts just before it was killed, if it was. */
type Fault = (stack: Stack, tools: FaultTools) => Promise<CommandCounts | void>;

/** Starts an instance again and waits until /sante says it is ready; its time to ready is noted. */
async function restartInstance(stack: Stack, index: number, { note, ready }: FaultTools) {
  stack.instances[index] = stack.launch(index);
  const { elapsedMs } = await ready(stack.instances[index]);
  note(`instance ${index + 1} relancée, prête (/sante 200) en ${ms(elapsedMs)}`);
}

/** Name, label, fault, and length in `--duration`s: a rolling restart waits for each instance to be ready again. */
const ROUNDS: [name: string, label: string, fault: Fault, lengths?: number][] = [
  ["steady", "charge seule", async () => undefined],
  [
    "instanceKilled",
    "une instance tuée puis relancée",
    async (stack, tools) => {
      await tools.at(1 / 3);
      const { pid } = await listeningPid(stack.instances[0]!);
      await crashServer(stack.instances[0]!, pid);
      tools.note("instance 1 tuée (SIGKILL)");
      await tools.at(2 / 3);
      await restartInstance(stack, 0, tools);
    },
  ],
  [
    "redisKilled",
    "Redis tué puis relancé",
    async (stack, tools) => {
      await tools.at(1 / 3);
      const counts = await readCommands(tools.cli, tools.port);
      await stack.redis.kill();
      tools.note("redis-server tué (SIGKILL)");
      await tools.at(2 / 3);
      await stack.redis.restart();
      tools.note("redis-server relancé, vide");
      return counts;
    },
  ],
  [
    "rollingRestart",
    "redémarrage progressif",
    async (stack, tools) => {
      await tools.at(1 / 6);
      for (const index of stack.instances.keys()) {
        // As systemd would (TimeoutStopSec=30s, deploy/lesinfos@.service): time to finish the requests in flight.
        await stopServer(stack.instances[index]!, 30_000);
        tools.note(`instance ${index + 1} arrêtée (SIGTERM)`);
        await restartInstance(stack, index, tools);
      }
    },
    2,
  ],
];

async function report(
  options: InstancesOptions,
  results: {
    rounds: (RoundFigures & { name: string; label: string; loadAverage: number; events: RoundEvent[] })[];
    direct: RoundFigures & { connectionsPerInstance: number; loadAverage: number };
    cache: Awaited<ReturnType<typeof readCacheSize>>;
    date: string;
    machine: Machine;
    built: boolean;
    ports: ReturnType<typeof instancesPorts>;
    wrk: string;
  },
): Promise<boolean> {
  const { rounds, direct, cache } = results;
  const targets = rounds.flatMap((round) => [
    {
      id: `5xx-${round.name}`,
      label: `Aucune réponse 5xx : ${round.label}`,
      met: round.serverErrors === 0,
      measured: `${fr(round.serverErrors)} sur ${fr(round.responses)}`,
    },
    {
      id: `erreurs-${round.name}`,
      label: `Aucune erreur de connexion ni délai dépassé : ${round.label}`,
      met: round.errors === 0,
      measured: `${fr(round.errors)}, dont ${fr(round.timeouts)} délais dépassés (10 s)`,
    },
  ]);
  const failed = targets.some((target) => !target.met);
  const markdown = `# Rapport de charge, plusieurs instances — Lesinfos

Écrit par \`npm run bench:load -- --instances ${options.instances}\` à partir de \`bench/LOAD-INSTANCES-REPORT.json\` ; ce que le banc fait et ce que ces chiffres veulent dire : [bench/README.md](README.md).

${targetsSection(targets)}

Conditions : ${conditions(results.date, results.machine)}, wrk ${results.wrk} ; ${options.instances} × \`next start\` (ports ${results.ports.instances.join(", ")}) d’un même build, Redis (port ${results.ports.redis}), \`deploy/nginx.conf\` devant (port ${results.ports.nginx}), tout sur cette machine ; le mélange de \`bench:load\` et sa longue traîne (chaque article et une recherche à une adresse jamais vue, qui passent le cache de nginx) ; ${options.connections} connexions, ${options.duration} s par épreuve (le double pour le redémarrage progressif) après ${options.warmup} s d’échauffement ; ${results.built ? "site construit par ce banc" : "build existant réutilisé"}.

${table(
  [
    "épreuve",
    "req/s",
    "p50",
    "p99",
    "réponses",
    "404 (≈ attendus)",
    "5xx",
    "erreurs",
    "commandes Redis / requête",
    "charge moyenne au départ",
  ],
  [...rounds, { ...direct, label: `sans nginx (${direct.connectionsPerInstance} connexions par instance)` }].map((round) => [
    round.label,
    fr(round.requestsPerSecond),
    ms(round.latency.p50),
    ms(round.latency.p99),
    fr(round.responses),
    `${fr(round.statuses["404"] ?? 0)} (${fr(round.expectedNotFound)})`,
    fr(round.serverErrors),
    fr(round.errors),
    fr(round.redisCommandsPerRequest, 3),
    fr(round.loadAverage, 2),
  ]),
)}

Ce qui s’est passé pendant chaque épreuve (secondes après le début de la charge) :

${rounds.map((round) => `- ${round.label} : ${round.events.length ? round.events.map((e) => `${fr(e.atS, 1)} s ${e.what}`).join(" ; ") : "rien"}`).join("\n")}

Commandes Redis par épreuve : ${rounds
    .map(
      (round) =>
        `${round.label} ${
          Object.entries(round.commands)
            .map(([name, calls]) => `${name} × ${fr(calls)}`)
            .join(", ") || "aucune"
        }`,
    )
    .join(" ; ")}.

Cache après la première épreuve : ${fr(cache.keys)} clés, ${cache.usedBytes === null ? "mémoire inconnue" : `${fr(cache.usedBytes / 2 ** 20, 1)} Mio`}${cache.usedBytesPerKey === null ? "" : `, ${fr(cache.usedBytesPerKey / 1024)} Kio par clé en moyenne`}.
`;
  await writeReport("bench/LOAD-INSTANCES-REPORT", { ...results, options, targets, failed }, markdown);
  console.log(`\n${markdown.split("\nConditions")[0]}\nRapport : bench/LOAD-INSTANCES-REPORT.md`);
  return !failed;
}
