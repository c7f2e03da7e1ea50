/**
 * Size and time stamp of each content file: what tells a running server
 * (lib/publication/) and a restarted one (saved.ts) which files changed
 * since they were read.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

import { contentFileKind } from "./changes";

/** The folders that hold content files, under the content root. */
export const CONTENT_FOLDERS = ["", "articles", "pages", "alertes"] as const;

/** "size:mtime" of a file, or null when it is gone. */
export async function fileStamp(file: string): Promise<string | null> {
  const info = await stat(/* turbopackIgnore: true */ file).catch(() => null);
  return info?.isFile() ? `${info.size}:${info.mtimeMs}` : null;
}

const STAT_BATCH = 256;

/** Every content file under `root`, with its stamp. */
export async function scanContent(root: string): Promise<Map<string, string>> {
  const files: string[] = [];
  for (const folder of CONTENT_FOLDERS) {
    const absolute = path.join(/* turbopackIgnore: true */ root, folder);
    const names = await readdir(/* turbopackIgnore: true */ absolute).catch(() => []);
    for (const name of names) {
      const file = path.join(/* turbopackIgnore: true */ absolute, name);
      if (contentFileKind(root, file)) files.push(file);
    }
  }
  const stamps = new Map<string, string>();
  for (let start = 0; start < files.length; start += STAT_BATCH) {
    const batch = files.slice(start, start + STAT_BATCH);
    const found = await Promise.all(batch.map(fileStamp));
    batch.forEach((file, i) => {
      if (found[i]) stamps.set(file, found[i]);
    });
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
