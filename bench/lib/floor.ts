/**
 * The framework floor: bench/floor, a blank Next.js page (one h1, one
 * paragraph, no CSS, no fonts) built with the repository's own Next.js.
 * What the site weighs and scores above it is the site's own doing. The app
 * is written in .jsx so that next build writes no tsconfig.json into it;
 * its build goes to bench/.work/floor/next (bench/floor/next.config.mjs).
 */
import { existsSync } from "node:fs";
import path from "node:path";

import { buildSite, startServer, type RunningServer } from "./server";

const FLOOR_APP_DIR = path.resolve(import.meta.dirname, "../floor");
/** Text of the floor page, for waitUntilAnswering({ expected }). */
export const FLOOR_MARKER = "Plancher";

function floorEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  // The site's own variables mean nothing to the floor.
  delete env.NEXT_DIST_DIR;
  delete env.CONTENT_DIR;
  return env;
}

export const floorBuildExists = () => existsSync(path.resolve(import.meta.dirname, "../.work/floor/next/BUILD_ID"));

export const buildFloor = (logFile: string) => buildSite(floorEnv(), () => {}, { appDir: FLOOR_APP_DIR, logFile });

/** `next start bench/floor` on `port`; does not wait for it to answer. */
export const startFloor = (port: number, logFile: string): RunningServer => startServer(port, floorEnv(), logFile, "start", FLOOR_APP_DIR);
