/**
 * The version of the content this server shows: the newest modification
 * time among its content files and folders (a deletion changes its folder's
 * time). Servers that share their cache in Redis stamp what they write with
 * it, and Redis refuses a write older than the page or the revalidation it
 * would replace (lib/cache/redis-store.mjs): a server that has not yet read a
 * change never overwrites a newer page. Copies of the content that keep the
 * files' times (`rsync -a`) compare exactly; copies written at different
 * times (a `git pull` on each machine) order servers by when they received
 * the change, the last one's writes winning (docs/exploitation.md).
 */
import { stat } from "node:fs/promises";
import path from "node:path";

import { CONTENT_FOLDERS } from "../content/stamps";

/** Read by the cache handler, which Node loads outside Next's bundles: shared through the global object. */
const VERSION_KEY = Symbol.for("lesinfos.content-version");
const holder = globalThis as typeof globalThis & { [VERSION_KEY]?: number };

/** The newest time among the stamps ("size:mtime") of the files read and the content folders. */
export async function contentVersionOf(root: string, stamps: Iterable<string>): Promise<number> {
  let newest = 0;
  for (const stamp of stamps) newest = Math.max(newest, Number(stamp.slice(stamp.indexOf(":") + 1)) || 0);
  for (const folder of CONTENT_FOLDERS) {
    const info = await stat(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ root, folder)).catch(() => null);
    if (info) newest = Math.max(newest, info.mtimeMs);
  }
  return newest;
}

/** Never goes back: a file restored with an older time is still a later change for this server. */
export function publishContentVersion(version: number): void {
  holder[VERSION_KEY] = Math.max(holder[VERSION_KEY] ?? 0, version);
}
