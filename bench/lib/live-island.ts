/**
 * The weight of the live-coverage island, read from the prerendered pages
 * of a `next build`: the small loader every article page carries
 * (components/live/LiveUpdatesIsland.tsx: the chunks an article loads that
 * the home does not) and the watcher it fetches on live pages only (the
 * chunks that loader names). Gzip sizes, as readers download them.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface LiveIslandWeight {
  loaderBytes: number;
  islandBytes: number;
  loaderChunks: string[];
  islandChunks: string[];
}

const CHUNK = /static\/chunks\/[\w.-]+\.js/g;

/** `articlePath` is an article's address (`/article/<slug>`), prerendered in `distDir`. */
export async function measureLiveIsland(distDir: string, articlePath: string): Promise<LiveIslandWeight> {
  const chunksOf = async (file: string) => new Set((await readFile(path.join(distDir, file), "utf8")).match(CHUNK) ?? []);
  const gzipped = async (chunk: string) => gzipSync(await readFile(path.join(distDir, chunk))).length;
  const sum = async (chunks: readonly string[]) => (await Promise.all(chunks.map(gzipped))).reduce((a, b) => a + b, 0);

  const home = await chunksOf("server/app/index.html");
  const loaderChunks = [...(await chunksOf(`server/app${articlePath}.html`))].filter((chunk) => !home.has(chunk));
  const island = new Set<string>();
  for (const chunk of loaderChunks)
    for (const named of await chunksOf(chunk)) if (!loaderChunks.includes(named) && !home.has(named)) island.add(named);
  const islandChunks = [...island];
  return { loaderBytes: await sum(loaderChunks), islandBytes: await sum(islandChunks), loaderChunks, islandChunks };
}
