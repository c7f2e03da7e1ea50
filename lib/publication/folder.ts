/**
 * Noticing changes in the content folder: Node's own watcher (inotify on
 * Linux) for speed, and a periodic scan of sizes and time stamps for what it
 * misses (inotify limits, network file systems, a `git pull` that replaces a
 * folder). Only three folders hold content (the root, `articles/`, `pages/`),
 * so each is watched on its own: no recursive watching, no dependency.
 */
import { watch, type FSWatcher } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";

import { CONTENT_FOLDERS } from "../content/stamps";

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
      const absolute = path.join(/* turbopackIgnore: true */ this.root, folder);
      const info = await stat(/* turbopackIgnore: true */ absolute).catch(() => null);
      const current = this.watchers.get(absolute);
      if (current && info && current.inode === info.ino) continue;
      current?.watcher.close();
      this.watchers.delete(absolute);
      if (!info?.isDirectory()) continue;
      try {
        const watcher = watch(/* turbopackIgnore: true */ absolute, { persistent: false }, (_, name) => {
          if (name) this.onFile(path.join(/* turbopackIgnore: true */ absolute, name.toString()));
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
