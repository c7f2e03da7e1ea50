/**
 * npm run audience:relever -- <journal> [--une-fois] — counts the views of
 * the beacon log nginx writes (deploy/nginx.conf, `lesinfos_vues`) with the
 * same rule as the proxy, into the store of DATABASE_URL or LESINFOS_DATA_DIR,
 * exactly once (lib/audience/log-reader.ts). Follows the log until stopped
 * (SIGTERM, Ctrl-C: the lines read are written first); with `--une-fois`,
 * counts what is there and exits. deploy/lesinfos-audience.service runs it.
 */
import { setTimeout as sleep } from "node:timers/promises";

import { BeaconLogReader } from "../lib/audience/log-reader";
import { publishedSlug } from "../lib/content/published-slug";
import { closeDatabase, database } from "../lib/db";

/** How often the log is looked at: nginx writes its buffer every second (`flush=1s`). */
const POLL_MS = 250;

const args = process.argv.slice(2);
const once = args.includes("--une-fois");
const log = args.find((arg) => !arg.startsWith("--"));
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => (stopping = true));

try {
  if (!log) throw new Error("Usage : npm run audience:relever -- <journal des vues de nginx> [--une-fois]");
  const reader = new BeaconLogReader(log, await database(), publishedSlug());
  console.log(`Audience : lecture de ${log}.`);
  do {
    const { lines, counted, skipped } = await reader.readAvailable();
    if (skipped > 0) console.warn(`Audience : ${skipped} ligne(s) de ${log} illisible(s), ignorée(s).`);
    if (once) console.log(`Audience : ${lines} ligne(s) lue(s), ${counted} vue(s) comptée(s).`);
    else if (lines === 0) await sleep(POLL_MS);
  } while (!once && !stopping);
  await reader.close();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
