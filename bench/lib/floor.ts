/**
 * The framework floor: bench/floor, a blank Next.js page (one h1, one
 * paragraph, no CSS, no fonts) built with the repository's own Next.js.
 * What the site weighs and scores above it is the site's own doing.
 *
 * The app is written in .jsx so that next build writes no tsconfig.json nor
 * next-env.d.ts into it; its build goes to bench/.work/floor/next (see
 * bench/floor/next.config.mjs).
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

import { buildSite, startServer, type RunningServer } from "./server";

export const FLOOR_APP_DIR = path.resolve(import.meta.dirname, "../floor");
/** Must match distDir in bench/floor/next.config.mjs. */
export const FLOOR_DIST_DIR = path.resolve(import.meta.dirname, "../.work/floor/next");
/** Text of the floor page, for waitUntilAnswering({ expected }). */
export const FLOOR_MARKER = "Plancher";

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
  try {
    await buildSite(floorEnv(), () => {}, { distDir: FLOOR_DIST_DIR, appDir: FLOOR_APP_DIR, logFile });
  } finally {
    for (const file of STRAY_FILES) {
      if (!strayBefore.includes(file)) await rm(path.join(FLOOR_APP_DIR, file), { force: true });
    }
  }
}

/** `next start bench/floor` on `port`, output appended to `logFile`; does not wait for it to answer. */
export function startFloor(port: number, logFile: string): RunningServer {
  return startServer(port, floorEnv(), logFile, "start", FLOOR_APP_DIR);
}
