/**
 * Noticing changes in the content folder: Node's own watcher (inotify on
 * Linux) for speed, and a periodic scan of sizes and time stamps for what it
 * misses (inotify limits, network file systems, a `git pull` that replaces a
 * folder). Only three folders hold content (the root, `articles/`, `pages/`),
 * so each is watched on its own: no recursive watching, no dependency.
 */
import { watch, type FSWatcher } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

import { contentFileKind } from "../content/changes";

export const CONTENT_FOLDERS = ["", "articles", "pages"] as const;

/** Size and time stamp, the reconciliation scan's view of a file. */
export async function fileStamp(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? `${info.size}:${info.mtimeMs}` : null;
}

const STAT_BATCH = 256;

/** Every content file under `root`, with its stamp. */
export async function scanContent(root: string): Promise<Map<string, string>> {
  const files: string[] = [];
  for (const folder of CONTENT_FOLDERS) {
    const names = await readdir(path.join(root, folder)).catch(() => []);
    for (const name of names) {
      const file = path.join(root, folder, name);
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

/** Files whose stamp differs between what the server read (`known`) and the folder now (`current`). */
export function differingFiles(known: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): string[] {
  const changed: string[] = [];
  for (const [file, stamp] of current) if (known.get(file) !== stamp) changed.push(file);
  for (const file of known.keys()) if (!current.has(file)) changed.push(file);
  return changed;
}

/**
 * Watches the content folders, calling `onFile` with the absolute path of
 * every file an event names (`onFolder` when the event names none).
 * `ensure()` watches again a folder that was replaced or had no watcher.
 */
export class FolderWatcher {
  private readonly watchers = new Map<string, { watcher: FSWatcher; inode: number }>();

  constructor(
    private readonly root: string,
    private readonly onFile: (file: string) => void,
    private readonly onFolder: () => void,
  ) {}

  async ensure(): Promise<void> {
    for (const folder of CONTENT_FOLDERS) {
      const absolute = path.join(this.root, folder);
      const info = await stat(absolute).catch(() => null);
      const current = this.watchers.get(absolute);
      if (current && info && current.inode === info.ino) continue;
      current?.watcher.close();
      this.watchers.delete(absolute);
      if (!info?.isDirectory()) continue;
      try {
        const watcher = watch(absolute, { persistent: false }, (_, name) => {
          if (name) this.onFile(path.join(absolute, name.toString()));
          else this.onFolder();
        });
        // A folder removed under the watcher: the next scan watches its replacement.
        watcher.on("error", () => {
          watcher.close();
          this.watchers.delete(absolute);
          this.onFolder();
        });
        this.watchers.set(absolute, { watcher, inode: info.ino });
      } catch (error) {
        console.error(
          `Suivi du contenu : ${absolute} n’est pas surveillé (${error instanceof Error ? error.message : error}) ; le balayage périodique le remplace.`,
        );
      }
    }
  }

  close(): void {
    for (const { watcher } of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}
