/**
 * Runs a load in a child process (cannon-child.ts): the bench process only
 * waits, so the figures are not skewed by its own work, and the server runs
 * in a third process.
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

import type { StatusTally } from "./load-targets";
import type { MixEntry } from "./mix";

export interface LoadPlan {
  url: string;
  connections: number;
  duration: number;
  timeoutSeconds: number;
  mix: MixEntry[];
}

export interface LoadFigures {
  durationSeconds: number;
  requestsPerSecond: number;
  totalRequests: number;
  /** Milliseconds, as autocannon gives them. */
  latency: { average: number; p50: number; p97_5: number; p99: number; max: number };
  /** Connection errors, timeouts included (autocannon counts a timeout as an error). */
  errors: number;
  timeouts: number;
  resets: number;
  tally: StatusTally;
}

/** What a browser sends that changes the server's work: compressed HTML, as readers get it. */
export const BROWSER_HEADERS = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "fr-FR,fr;q=0.9",
  "user-agent": "lesinfos-bench/1",
};

let running: ChildProcess | undefined;

/** Runs `plan` in a child process and resolves with its figures. */
export function runLoad(plan: LoadPlan): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, "cannon-child.ts"), [], { execArgv: ["--import", "tsx"] });
    running = child;
    let figures: LoadFigures | undefined;
    child.on("message", (message) => (figures = message as LoadFigures));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      running = undefined;
      if (figures) resolve(figures);
      else reject(new Error(`le générateur de charge s’est arrêté sans résultat (${signal ?? `code ${code}`})`));
    });
    child.send(plan);
  });
}

/** Stops a load in progress (Ctrl-C). */
export function stopLoad(): void {
  running?.kill("SIGKILL");
}
