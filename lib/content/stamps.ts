/**
 * Size and time stamp of each content file: what tells a running server
 * (lib/publication/) and a restarted one (saved.ts) which files changed
 * since they were read.
 */
import { statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { setImmediate as pause } from "node:timers/promises";
import path from "node:path";

import { contentFileKind } from "./changes";

/** The folders that hold content files, under the content root. */
export const CONTENT_FOLDERS = ["", "articles", "pages", "alertes"] as const;

/** "size:mtime" of a file, or null when it is gone. */
export async function fileStamp(file: string): Promise<string | null> {
  const info = await stat(/* turbopackIgnore: true */ file).catch(() => null);
  return info?.isFile() ? `${info.size}:${info.mtimeMs}` : null;
}

/**
 * Files looked at between two pauses of a scan. One `statSync` costs a
 * tenth of an awaited `stat` (at 100,000 files: 0.4 s of CPU instead of
 * 2.5 s, most of it promises), and a pause every thousand files lets the
 * server answer requests in between (a few milliseconds each on a local
 * disk).
 */
const STATS_BETWEEN_PAUSES = 1_000;

/** Every content file under `root` (or only in `folders`), with its stamp. */
export async function scanContent(root: string, folders: readonly string[] = CONTENT_FOLDERS): Promise<Map<string, string>> {
  const files: string[] = [];
  for (const folder of folders) {
    const absolute = path.join(/* turbopackIgnore: true */ root, folder);
    const names = await readdir(/* turbopackIgnore: true */ absolute).catch(() => []);
    for (const name of names) {
      const file = `${absolute}${path.sep}${name}`;
      if (contentFileKind(root, file)) files.push(file);
    }
  }
  const stamps = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    if (i > 0 && i % STATS_BETWEEN_PAUSES === 0) await pause();
    const info = statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false });
    if (info?.isFile()) stamps.set(file, `${info.size}:${info.mtimeMs}`);
  }
  return stamps;
}

/** Files whose stamp differs between what was read (`known`) and the folder now (`current`). */
export function differingFiles(known: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): string[] {
  const changed: string[] = [];
  for (const [file, stamp] of current) if (known.get(file) !== stamp) changed.push(file);
  for (const file of known.keys()) if (!current.has(file)) changed.push(file);
  return changed;
}

/** Stamps of the files a snapshot was read from. */
export function stampsOf(snapshot: { bodies: ReadonlyMap<unknown, { path: string; size: number; modified: number }>; registries: ReadonlyMap<string, string> }) {
  const stamps = new Map(snapshot.registries);
  for (const source of snapshot.bodies.values()) stamps.set(source.path, `${source.size}:${source.modified}`);
  return stamps;
}
