/**
 * The production server under test: `next build` into `.next-bench`, then
 * `next start` as a child process in its own process group, so it can be
 * stopped with everything it spawned and nothing else.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import path from "node:path";

import { guardCheckout } from "./checkout-guard";
import { findListeningPid, residentMemory } from "./proc";

export const DIST_DIR = ".next-bench";
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** Environment of both the build and the server: the bench's own build folder and content copy. */
export function benchEnv(contentDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_DIST_DIR: DIST_DIR,
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
}

export function buildExists(): boolean {
  return existsSync(path.join(DIST_DIR, "BUILD_ID"));
}

/** The build in progress, so that Ctrl-C can stop it and still undo its edits. */
let build: { child: ChildProcess | undefined; restore: () => Promise<string[]> } | undefined;

export interface BuildOptions {
  /** The build folder whose edits to the checkout are undone (the env's NEXT_DIST_DIR). */
  distDir?: string;
  /** The app to build, when not the repository's own (bench/floor). */
  appDir?: string;
  /** Where the output goes; shown as it goes when absent. */
  logFile?: string;
  /** Called with the build process once spawned (to watch its memory). */
  onSpawn?: (child: ChildProcess) => void;
}

/**
 * `next build`; rejects when it fails. The edits next build makes to
 * tsconfig.json and next-env.d.ts for its build folder are undone
 * afterwards (see checkout-guard.ts).
 */
export async function buildSite(
  env: NodeJS.ProcessEnv,
  report: (note: string) => void,
  { distDir = DIST_DIR, appDir, logFile, onSpawn }: BuildOptions = {},
): Promise<void> {
  const restore = await guardCheckout(distDir);
  build = { child: undefined, restore };
  const log = logFile ? createWriteStream(logFile, { flags: "a" }) : undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [NEXT_BIN, "build", ...(appDir ? [appDir] : [])], {
        env,
        stdio: log ? ["ignore", "pipe", "pipe"] : "inherit",
      });
      if (log) {
        child.stdout?.pipe(log, { end: false });
        child.stderr?.pipe(log, { end: false });
      }
      if (build) build.child = child;
      onSpawn?.(child);
      child.on("error", reject);
      child.on("exit", (code, signal) =>
        code === 0
          ? resolve()
          : reject(new Error(`next build a échoué (${signal ?? `code ${code}`})${logFile ? `, voir ${logFile}` : ""}`)),
      );
    });
  } finally {
    build = undefined;
    log?.end();
    for (const note of await restore()) report(note);
  }
}

/** Stops a build in progress and undoes its edits to the checkout; returns what it did. */
export async function abortBuild(): Promise<string[]> {
  const pending = build;
  if (!pending) return [];
  build = undefined;
  pending.child?.kill("SIGKILL");
  return pending.restore();
}

export interface RunningServer {
  /** The `next start` (or `next dev`) process, leader of its process group. */
  child: ChildProcess;
  port: number;
  /** When the process was spawned (performance.now()). */
  spawnedAt: number;
  /** Resolves when the process exits, however it exits. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Whether the exit was asked for (stop or deliberate kill), as opposed to a crash. */
  expectedExit: boolean;
  /** The process and its group are gone: never signal that group id again. */
  stopped: boolean;
}

/**
 * Spawns `command` in its own process group (so that it can be stopped with
 * everything it spawned and nothing else), its output appended to `logFile`.
 * Does not wait for it to answer on `port`.
 */
export function startDetached(command: string, args: string[], env: NodeJS.ProcessEnv, port: number, logFile: string): RunningServer {
  const log = createWriteStream(logFile, { flags: "a" });
  const spawnedAt = performance.now();
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("exit", (code, signal) => {
      log.end();
      resolve({ code, signal });
    });
  });
  return { child, port, spawnedAt, exited, expectedExit: false, stopped: false };
}

/** Spawns `next start` (or `next dev`), its output appended to `logFile`. Does not wait for it to answer. */
export function startServer(
  port: number,
  env: NodeJS.ProcessEnv,
  logFile: string,
  command: "start" | "dev" = "start",
  /** The app to serve, when not the repository's own (e.g. bench/floor); relative to the working directory. */
  appDir?: string,
): RunningServer {
  const args = [NEXT_BIN, command, ...(appDir ? [appDir] : []), "--port", String(port), "--hostname", "127.0.0.1"];
  return startDetached(process.execPath, args, env, port, logFile);
}

export function hasExited(server: RunningServer): boolean {
  return server.child.exitCode !== null || server.child.signalCode !== null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface FirstAnswer {
  /** Milliseconds from spawn to the first answer that passed the check. */
  elapsedMs: number;
  /** Requests tried before that one (refused connections, wrong status or page). */
  attempts: number;
}

/**
 * Polls `path` until it answers 200 with a body containing `expected`.
 * Rejects if the server exits or after `timeoutMs`.
 */
export async function waitUntilAnswering(
  server: RunningServer,
  { path: urlPath = "/", expected = "Lesinfos", timeoutMs = 120_000, intervalMs = 50 } = {},
): Promise<FirstAnswer> {
  const url = `http://127.0.0.1:${server.port}${urlPath}`;
  let attempts = 0;
  while (performance.now() - server.spawnedAt < timeoutMs) {
    if (hasExited(server)) throw new Error(`le serveur s’est arrêté avant de répondre (voir le journal)`);
    attempts += 1;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      const body = await response.text();
      if (response.status === 200 && body.includes(expected)) {
        return { elapsedMs: performance.now() - server.spawnedAt, attempts: attempts - 1 };
      }
    } catch {
      // Not listening yet: try again.
    }
    await sleep(intervalMs);
  }
  throw new Error(`le serveur ne répond pas 200 sur ${urlPath} après ${Math.round(timeoutMs / 1000)} s`);
}

/** The pid that holds the listening socket (`next-server`), found through the process tree. */
export async function listeningPid(server: RunningServer): Promise<number> {
  const root = server.child.pid;
  if (root === undefined) throw new Error("le serveur n’a pas de pid");
  for (let tries = 0; tries < 50; tries += 1) {
    const pid = await findListeningPid(root, server.port);
    if (pid !== null) return pid;
    await sleep(100);
  }
  throw new Error(`aucun processus de l’arbre ${root} n’écoute sur le port ${server.port}`);
}

export async function serverMemory(pid: number): Promise<number> {
  const bytes = await residentMemory(pid);
  if (bytes === null) throw new Error(`mémoire du processus ${pid} illisible : s’est-il arrêté ?`);
  return bytes;
}

/** Sends a signal to the server's whole process group (only processes this bench started). */
function signalGroup(server: RunningServer, signal: NodeJS.Signals): void {
  const pid = server.child.pid;
  if (pid === undefined || server.stopped) return;
  try {
    // Even after the leader has exited, what it spawned may still be in the group.
    process.kill(-pid, signal);
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "ESRCH")) throw error;
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
export async function stopServer(server: RunningServer, graceMs = 5_000): Promise<void> {
  server.expectedExit = true;
  if (!hasExited(server)) {
    signalGroup(server, "SIGTERM");
    const timer = setTimeout(() => signalGroup(server, "SIGKILL"), graceMs);
    await server.exited;
    clearTimeout(timer);
  }
  signalGroup(server, "SIGKILL");
  server.stopped = true;
}

/** Synchronous last resort (process exit handler): SIGKILL the group. */
export function killServerNow(server: RunningServer): void {
  server.expectedExit = true;
  signalGroup(server, "SIGKILL");
}

/** A crash on purpose: SIGKILL to the listening process, then to what is left of the group. */
export async function crashServer(server: RunningServer, pid: number): Promise<void> {
  server.expectedExit = true;
  process.kill(pid, "SIGKILL");
  signalGroup(server, "SIGKILL");
  await server.exited;
  server.stopped = true;
}

/**
 * Runs a bench's `main`: on Ctrl-C or SIGTERM the servers are killed, a build
 * in progress is undone and the process exits 130; a failure is printed and
 * sets exit code 1; at the end the servers still running are stopped.
 */
export async function runBench(
  main: () => Promise<void>,
  { servers, onInterrupt }: { servers: () => Iterable<RunningServer>; onInterrupt?: () => void },
): Promise<void> {
  const log = (message: string) => console.log(`[bench] ${message}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log(`${signal} : arrêt`);
      onInterrupt?.();
      for (const server of servers()) killServerNow(server);
      void abortBuild()
        .then((notes) => notes.forEach(log))
        .finally(() => process.exit(130));
    });
  }
  process.on("exit", () => {
    for (const server of servers()) killServerNow(server);
  });
  try {
    await main();
  } catch (error) {
    console.error(`[bench] échec : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  } finally {
    await Promise.all([...servers()].map((server) => stopServer(server)));
  }
}
