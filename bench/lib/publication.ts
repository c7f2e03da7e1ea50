/**
 * Publications as an editor makes them on a running server: a new article
 * file put in the content folder (written elsewhere, then renamed in, as
 * rsync and git do), then the time until readers see it, through HTTP.
 * Used by `bench:publish --http` (publish → visible, with and without nginx)
 * and `bench:load --publish-every` (publications during the load).
 */
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { parse } from "yaml";

import { toIsoWithOffset } from "../../lib/dates";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ids the content folder's registries define: a published article must name one of each. */
async function firstIds(contentDir: string): Promise<{ author: string; rubrique: string }> {
  const idOf = async (name: string) => {
    const entries = parse(await readFile(path.join(contentDir, name), "utf8")) as { id: string }[];
    if (!entries[0]) throw new Error(`${name} : aucune entrée`);
    return entries[0].id;
  };
  return { author: await idOf("authors.yaml"), rubrique: await idOf("rubriques.yaml") };
}

export interface Publisher {
  /** Writes a new article dated now, and returns its address and a word found only in its title. */
  publish(): Promise<{ slug: string; url: string; word: string; writtenAt: number }>;
  /** Deletes every article this publisher wrote. */
  cleanUp(): Promise<void>;
}

export async function publisher(contentDir: string, label: string): Promise<Publisher> {
  const { author, rubrique } = await firstIds(contentDir);
  const written: string[] = [];
  let count = 0;
  return {
    async publish() {
      count += 1;
      // Letters only: the word must survive typography and search normalization as it is.
      const word = `banc${label}${String.fromCharCode(97 + (count % 26))}${count}`.toLowerCase().replace(/[^a-z0-9]/g, "");
      const slug = `publication-${word}`;
      const date = toIsoWithOffset(new Date(Date.now() - 1_000));
      const text = `---\ntitle: "Publication ${word}"\ndescription: "Un article publié pendant un banc."\ndate: "${date}"\nauthor: ${author}\ncategory: ${rubrique}\ntags: ["Banc d’essai"]\n---\n\nLe corps de la publication ${word}.\n`;
      const final = path.join(contentDir, "articles", `${slug}.md`);
      const temporary = path.join(contentDir, `.${slug}.tmp`);
      await writeFile(temporary, text);
      const writtenAt = performance.now();
      await rename(temporary, final);
      written.push(final);
      return { slug, url: `/article/${slug}`, word, writtenAt };
    },
    async cleanUp() {
      await Promise.all(written.map((file) => rm(file, { force: true })));
    },
  };
}

/** Polls `url` until its body contains `word`; the milliseconds from `since`, or null after `timeoutMs`. */
async function visibleAfter(url: string, word: string, since: number, timeoutMs: number): Promise<number | null> {
  while (performance.now() - since < timeoutMs) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200 && (await response.text()).includes(word)) return performance.now() - since;
    } catch {
      // A timeout or a refused connection: try again.
    }
    await sleep(50);
  }
  return null;
}

export interface Visibility {
  /** From the rename into the folder to the article at its address, and on the home. */
  articleMs: number[];
  homeMs: number[];
  /** Publications not visible within the time allowed. */
  missed: number;
}

/** `count` publications one after the other, each watched at its address and on the home through `origin`. */
export async function publishToVisible(origin: string, writer: Publisher, count: number, timeoutMs = 30_000): Promise<Visibility> {
  const result: Visibility = { articleMs: [], homeMs: [], missed: 0 };
  for (let i = 0; i < count; i++) {
    const { url, word, writtenAt } = await writer.publish();
    const [article, home] = await Promise.all([
      visibleAfter(`${origin}${url}`, word, writtenAt, timeoutMs),
      visibleAfter(`${origin}/`, word, writtenAt, timeoutMs),
    ]);
    if (article === null || home === null) result.missed += 1;
    if (article !== null) result.articleMs.push(article);
    if (home !== null) result.homeMs.push(home);
  }
  return result;
}

/** A publication every `intervalMs` until the returned function is called, which gives how many were written. */
export function publishEvery(writer: Publisher, intervalMs: number): () => Promise<{ published: number; failed: number }> {
  let published = 0;
  let failed = 0;
  const timer = setInterval(() => {
    writer.publish().then(
      () => (published += 1),
      () => (failed += 1),
    );
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    return { published, failed };
  };
}

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
export const spread = (values: readonly number[]) => ({ p50: quantile(values, 0.5), p99: quantile(values, 0.99), count: values.length });

/** The CPU time the server logged for each change it applied (lib/publication/follow.ts: « (N ms de calcul) »). */
export async function loggedChangeCpu(logFile: string): Promise<number[]> {
  const log = await readFile(logFile, "utf8");
  return [...log.matchAll(/Publication : \d+ fichier\(s\) lu\(s\).*\((\d+) ms de calcul\)/g)].map((match) => Number(match[1]));
}

/** Waits for the server to follow its folder (its log says so), after its first read of the content. */
export async function followingAfter(logFile: string, timeoutMs: number): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if ((await readFile(logFile, "utf8").catch(() => "")).includes("Publication : suivi de")) return;
    await sleep(250);
  }
  throw new Error(`le serveur ne suit pas son dossier après ${Math.round(timeoutMs / 1000)} s (voir ${logFile})`);
}
