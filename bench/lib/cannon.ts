/**
 * Runs a load in a child process (cannon-child.ts) and checks what comes
 * back: the bench process only waits, so the figures are not skewed by its
 * own work, and the server runs in a third process.
 */
import { fork } from "node:child_process";
import path from "node:path";

import { z } from "zod";

const mixEntry = z.object({ path: z.string().startsWith("/"), expect: z.union([z.literal(200), z.literal(404)]) });

export const loadPlan = z.object({
  url: z.string().startsWith("http://"),
  connections: z.number().int().positive(),
  duration: z.number().int().positive(),
  timeoutSeconds: z.number().positive(),
  headers: z.record(z.string(), z.string()),
  mix: z.array(mixEntry).min(1),
});
export type LoadPlan = z.infer<typeof loadPlan>;

const count = z.number().int().nonnegative();

export const loadFigures = z.object({
  durationSeconds: z.number(),
  requestsPerSecond: z.number(),
  totalRequests: count,
  sentRequests: count,
  bytesPerSecond: z.number(),
  /** Milliseconds. */
  latency: z.object({ average: z.number(), p50: z.number(), p97_5: z.number(), p99: z.number(), max: z.number() }),
  /** Connection errors, timeouts included (autocannon counts a timeout as an error). */
  errors: count,
  timeouts: count,
  resets: count,
  statusCodeStats: z.record(z.string(), count),
  tally: z.record(z.string(), z.record(z.string(), count)),
});
export type LoadFigures = z.infer<typeof loadFigures>;

/** What a browser sends that changes the server's work: compressed HTML, as readers get it. */
export const BROWSER_HEADERS = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "fr-FR,fr;q=0.9",
  "user-agent": "lesinfos-bench/1 (autocannon)",
};

let running: ReturnType<typeof fork> | undefined;

/** Runs `plan` in a child process and resolves with its figures. */
export function runLoad(plan: LoadPlan): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, "cannon-child.ts"), [], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    running = child;
    let figures: LoadFigures | undefined;
    child.on("message", (message: unknown) => {
      const parsed = loadFigures.safeParse(message);
      if (parsed.success) figures = parsed.data;
      else reject(new Error(`réponse illisible du générateur de charge : ${parsed.error.message}`));
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      running = undefined;
      if (figures) resolve(figures);
      else reject(new Error(`le générateur de charge s’est arrêté sans résultat (${signal ?? `code ${code}`})`));
    });
    child.send(loadPlan.parse(plan));
  });
}

/** Stops a load in progress (Ctrl-C). */
export function stopLoad(): void {
  running?.kill("SIGKILL");
}
