/**
 * The framework floor: bench/floor, a blank Next.js page (one h1, one
 * paragraph, no CSS, no fonts) built with the repository's own Next.js.
 * What the site weighs and scores above it is the site's own doing.
 *
 * The app is written in .jsx so that next build writes no tsconfig.json nor
 * next-env.d.ts into it; its build goes to bench/.work/floor/next (see
 * bench/floor/next.config.mjs).
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

import { startServer, type RunningServer } from "./server";

export const FLOOR_APP_DIR = path.resolve(import.meta.dirname, "../floor");
/** Must match distDir in bench/floor/next.config.mjs. */
export const FLOOR_DIST_DIR = path.resolve(import.meta.dirname, "../.work/floor/next");
/** Text of the floor page, for waitUntilAnswering({ expected }). */
export const FLOOR_MARKER = "Plancher";

const NEXT_BIN = path.resolve(import.meta.dirname, "../../node_modules/next/dist/bin/next");
/** What next build would write into the app if it saw TypeScript: must never stay there. */
const STRAY_FILES = ["tsconfig.json", "next-env.d.ts"];

export function floorEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  // The site's own variables mean nothing to the floor.
  delete env.NEXT_DIST_DIR;
  delete env.CONTENT_DIR;
  return env;
}

export function floorBuildExists(): boolean {
  return existsSync(path.join(FLOOR_DIST_DIR, "BUILD_ID"));
}

/**
 * `next build bench/floor`; its output goes to `logFile` when given, else
 * to the terminal. Rejects when the build fails.
 */
export async function buildFloor(logFile?: string): Promise<void> {
  const strayBefore = STRAY_FILES.filter((file) => existsSync(path.join(FLOOR_APP_DIR, file)));
  const log = logFile ? createWriteStream(logFile, { flags: "a" }) : undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [NEXT_BIN, "build", FLOOR_APP_DIR], {
        env: floorEnv(),
        stdio: log ? ["ignore", "pipe", "pipe"] : "inherit",
      });
      if (log) {
        child.stdout?.pipe(log, { end: false });
        child.stderr?.pipe(log, { end: false });
      }
      child.on("error", reject);
      child.on("exit", (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`next build du plancher a échoué (${signal ?? `code ${code}`})`)),
      );
    });
  } finally {
    log?.end();
    for (const file of STRAY_FILES) {
      if (!strayBefore.includes(file)) await rm(path.join(FLOOR_APP_DIR, file), { force: true });
    }
  }
}

/** `next start bench/floor` on `port`, output appended to `logFile`; does not wait for it to answer. */
export function startFloor(port: number, logFile: string): RunningServer {
  return startServer(port, floorEnv(), logFile, "start", FLOOR_APP_DIR);
}
