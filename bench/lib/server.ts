/**
 * The servers the benches start: `next build`, then `next start`, `next dev`
 * or nginx as child processes, each in its own process group, so it can be
 * stopped with everything it spawned and nothing else.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";

import { DEVELOPMENT_SECRET } from "../../lib/secret";
import { findListeningPid, residentMemory } from "./proc";

export const DIST_DIR = ".next-bench";
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Environment of both the build and the server: the bench's own build folder and content copy. */
export function benchEnv(contentDir: string, distDir = DIST_DIR): NodeJS.ProcessEnv {
  // next build refuses to run without SITE_URL (lib/site-url.ts).
  return {
    SITE_URL: "http://localhost:3000",
    ...process.env,
    NEXT_DIST_DIR: distDir,
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
}

export const buildExists = (distDir = DIST_DIR) => existsSync(path.join(distDir, "BUILD_ID"));

/** Edits of tsconfig.json not yet undone, and servers not yet stopped: what Ctrl-C must clean up. */
const pendingUndo = new Set<() => Promise<void>>();
const running = new Set<RunningServer>();

/**
 * `next build` and `next dev` add their build folder's type globs to
 * tsconfig.json. Returns what undoes exactly that edit, and nothing made
 * meanwhile by someone else.
 */
export async function guardTsconfig(report: (note: string) => void): Promise<() => Promise<void>> {
  const original = await readFile("tsconfig.json", "utf8");
  const undo = async () => {
    pendingUndo.delete(undo);
    const current = await readFile("tsconfig.json", "utf8");
    if (current === original) return;
    const { include: before, ...restBefore } = JSON.parse(original) as { include: unknown[] };
    const { include: after, ...restAfter } = JSON.parse(current) as { include: unknown[] };
    if (isDeepStrictEqual(restBefore, restAfter) && after.every((glob) => before.includes(glob) || /^\.next-[\w-]+\//.test(String(glob)))) {
      await writeFile("tsconfig.json", original);
      report("tsconfig.json : modification de next build annulée");
    } else report("tsconfig.json a changé pendant le build, autrement que par next build : laissé tel quel, à vérifier");
  };
  pendingUndo.add(undo);
  return undo;
}

/** The build in progress, so that Ctrl-C can stop it. */
let building: ChildProcess | undefined;

/** `next build` (of `appDir` when given: bench/floor); rejects when it fails. Output to `logFile`, else to the terminal. */
export async function buildSite(
  env: NodeJS.ProcessEnv,
  report: (note: string) => void,
  { appDir, logFile, onSpawn }: { appDir?: string; logFile?: string; onSpawn?: (child: ChildProcess) => void } = {},
): Promise<void> {
  const restore = await guardTsconfig(report);
  const log = logFile ? createWriteStream(logFile, { flags: "a" }) : undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [NEXT_BIN, "build", ...(appDir ? [appDir] : [])], { env, stdio: log ? "pipe" : "inherit" });
      child.stdout?.pipe(log!, { end: false });
      child.stderr?.pipe(log!, { end: false });
      building = child;
      onSpawn?.(child);
      child.on("error", reject);
      child.on("exit", (code, signal) =>
        code === 0
          ? resolve()
          : reject(new Error(`next build a échoué (${signal ?? `code ${code}`})${logFile ? `, voir ${logFile}` : ""}`)),
      );
    });
  } finally {
    building = undefined;
    log?.end();
    await restore();
  }
}

export interface RunningServer {
  /** The process, leader of its process group, spawned at `spawnedAt` (performance.now()). */
  child: ChildProcess;
  port: number;
  spawnedAt: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The exit was asked for (stop or deliberate kill), as opposed to a crash. */
  expectedExit: boolean;
  /** The process and its group are gone: never signal that group id again. */
  stopped: boolean;
}

/** Spawns `command` in its own process group, its output appended to `logFile`. Does not wait for it to answer on `port`. */
export function startDetached(command: string, args: string[], env: NodeJS.ProcessEnv, port: number, logFile: string): RunningServer {
  const log = createWriteStream(logFile, { flags: "a" });
  const spawnedAt = performance.now();
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => {
      log.end();
      resolve({ code, signal });
    }),
  );
  const server = { child, port, spawnedAt, exited, expectedExit: false, stopped: false };
  running.add(server);
  return server;
}

/** Spawns `next start` (or `next dev`) of the repository, or of `appDir`. Does not wait for it to answer. */
export function startServer(port: number, env: NodeJS.ProcessEnv, logFile: string, command: "start" | "dev" = "start", appDir?: string) {
  const args = [NEXT_BIN, command, ...(appDir ? [appDir] : []), "--port", String(port), "--hostname", "127.0.0.1"];
  // A production server needs a signing secret (lib/secret.ts): the public one will do for a bench.
  return startDetached(process.execPath, args, { LESINFOS_SECRET: DEVELOPMENT_SECRET, ...env }, port, logFile);
}

export const hasExited = (server: RunningServer) => server.child.exitCode !== null || server.child.signalCode !== null;

/** Milliseconds from spawn to the first answer that passed the check, and requests tried before it. */
export type FirstAnswer = { elapsedMs: number; attempts: number };

/** Polls `path` until it answers 200 with a body containing `expected`; rejects if the server exits or after `timeoutMs`. */
export async function waitUntilAnswering(
  server: RunningServer,
  { path: urlPath = "/", expected = "Lesinfos", timeoutMs = 120_000, intervalMs = 50 } = {},
): Promise<FirstAnswer> {
  for (let attempts = 0; performance.now() - server.spawnedAt < timeoutMs; attempts += 1) {
    if (hasExited(server)) throw new Error(`le serveur s’est arrêté avant de répondre (voir le journal)`);
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}${urlPath}`, { signal: AbortSignal.timeout(10_000) });
      if (response.status === 200 && (await response.text()).includes(expected)) {
        return { elapsedMs: performance.now() - server.spawnedAt, attempts };
      }
    } catch {
      // Not listening yet: try again.
    }
    await sleep(intervalMs);
  }
  throw new Error(`le serveur ne répond pas 200 sur ${urlPath} après ${Math.round(timeoutMs / 1000)} s`);
}

/** The pid that holds the listening socket (`next start` hands it to `next-server`), and its resident memory. */
export async function listeningPid(server: RunningServer): Promise<{ pid: number; memory: number }> {
  for (let tries = 0; tries < 50; tries += 1) {
    const pid = await findListeningPid(server.child.pid!, server.port);
    const memory = pid === null ? null : await residentMemory(pid);
    if (pid !== null && memory !== null) return { pid, memory };
    await sleep(100);
  }
  throw new Error(`aucun processus de l’arbre ${server.child.pid} n’écoute sur le port ${server.port}`);
}

/** Sends a signal to the server's whole process group: even after the leader exits, what it spawned may still be there. */
function signalGroup(server: RunningServer, signal: NodeJS.Signals): void {
  if (server.child.pid === undefined || server.stopped) return;
  try {
    process.kill(-server.child.pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** SIGTERM, then SIGKILL after `graceMs` (at once with 0); resolves once the process has exited. */
export async function stopServer(server: RunningServer, graceMs = 5_000): Promise<void> {
  server.expectedExit = true;
  if (!hasExited(server)) {
    signalGroup(server, graceMs ? "SIGTERM" : "SIGKILL");
    const timer = setTimeout(() => signalGroup(server, "SIGKILL"), graceMs);
    await server.exited;
    clearTimeout(timer);
  }
  signalGroup(server, "SIGKILL");
  server.stopped = true;
  running.delete(server);
}

/** Synchronous last resort (Ctrl-C, process exit): SIGKILL the group. */
export function killServerNow(server: RunningServer): void {
  server.expectedExit = true;
  signalGroup(server, "SIGKILL");
}

/** A crash on purpose: SIGKILL to the listening process, then to what is left of the group. */
export async function crashServer(server: RunningServer, pid: number): Promise<void> {
  server.expectedExit = true;
  process.kill(pid, "SIGKILL");
  await stopServer(server, 0);
}

/**
 * Runs a bench's `main`: on Ctrl-C or SIGTERM every server started here (and
 * those of `servers`) is killed, a build is stopped and its edit undone, and
 * the process exits 130; a failure is printed and sets exit code 1; at the
 * end the servers still running are stopped.
 */
export async function runBench(
  main: () => Promise<void>,
  { servers = () => [], onInterrupt }: { servers?: () => Iterable<RunningServer>; onInterrupt?: () => void } = {},
): Promise<void> {
  const all = () => new Set([...running, ...servers()]);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log(`[bench] ${signal} : arrêt`);
      onInterrupt?.();
      all().forEach(killServerNow);
      building?.kill("SIGKILL");
      void Promise.all([...pendingUndo].map((undo) => undo())).finally(() => process.exit(130));
    });
  }
  process.on("exit", () => all().forEach(killServerNow));
  try {
    await main();
  } catch (error) {
    console.error(`[bench] échec : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  } finally {
    await Promise.all([...all()].map((server) => stopServer(server)));
  }
}
