/**
 * The editors' loop under `next dev`: how long from a cold start to the
 * first article page, and from saving an edited Markdown file to the new
 * text on reload. The server runs in its own process group and build folder,
 * on a copy of the content; the article edited is put back at the end.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

import { SLUG_PATTERN } from "../../lib/content/schema";
import { guardCheckout } from "./checkout-guard";
import { DIST_DIR, hasExited, killServerNow, startServer, stopServer, type RunningServer } from "./server";
import { median } from "./stats";

export interface EditorsLoopOptions {
  /** A generated copy of the content (`npm run generate`), never `content/`. */
  contentDir: string;
  port: number;
  /** The dev server's build folder, deleted first for a cold start. */
  distDir: string;
  /** Edits to time (3 by default). */
  runs?: number;
  /** Where `next dev` writes its output (bench/.work/editors-loop-<port>.log by default). */
  logFile?: string;
  /** Progress and checkout notes, in French. */
  report?: (note: string) => void;
}

export interface SaveToReload {
  /** The word added to the article, looked for in the page. */
  marker: string;
  /** Milliseconds from the saved file to the first reload showing the marker. */
  ms: number;
  /** Full page loads, the one that showed it included. */
  reloads: number;
  /** next dev restarted meanwhile (see `restarts`): not a clean figure. */
  restarted: boolean;
}

export interface EditorsLoopFigures {
  /** Markdown files under `<contentDir>/articles`. */
  articles: number;
  /** The article loaded and edited. */
  slug: string;
  /** Spawn to next dev's "Ready" line; null when it never printed one. */
  readyMs: number | null;
  /** Spawn to the first 200 of the article page: route compiled, content read and rendered. */
  firstArticleMs: number;
  /** The home page right after: that first request alone (its route compiles then). */
  firstHomeMs: number;
  /** Spawn to the home page's 200. */
  firstHomeSinceSpawnMs: number;
  /** The same article again, nothing changed: what any reload costs. */
  warmArticleMs: number;
  saveToReload: { runs: SaveToReload[]; medianMs: number };
  /**
   * Times next dev restarted itself during the measurement (a change to
   * next.config.ts, by anyone): the figures after a restart are not a clean loop.
   */
  restarts: number;
  /** Of which before the first article page: `firstArticleMs` includes a restart. */
  coldStartRestarts: number;
}

/** Same fence as lib/content/front-matter.ts. */
const FENCE = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** The sentence added to the body: plain letters and digits, which the typography leaves alone. */
export const markerSentence = (marker: string) => `Phrase témoin du banc ${marker}.`;

/** A marker no earlier run (nor the generator) can have written. */
export const makeMarker = (run: number, now = Date.now()) => `banc${now.toString(36)}n${run}`;

/**
 * The original file with the marker sentence as its last paragraph. Always
 * built from the original, so each run replaces the previous marker; the
 * front matter is left byte for byte.
 */
export function withMarker(source: string, marker: string): string {
  if (!FENCE.test(source)) throw new Error("pas d’en-tête YAML entre deux lignes « --- » : fichier laissé tel quel");
  return `${source.replace(/\s*$/, "")}\n\n${markerSentence(marker)}\n`;
}

/** The first article file whose name is a valid slug, in name order. */
export function pickArticle(names: readonly string[]): string | null {
  const valid = names.filter((name) => name.endsWith(".md") && SLUG_PATTERN.test(name.slice(0, -3))).sort();
  return valid[0]?.slice(0, -3) ?? null;
}

/**
 * The build folder as next.config.ts will see it: relative to the checkout,
 * inside it, and none of the folders others build in.
 */
export function safeDistDir(distDir: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, distDir));
  if (!relative || relative.startsWith("..") || path.isAbsolute(relative) || [".next", DIST_DIR].includes(relative)) {
    throw new Error(`dossier de build refusé : « ${distDir} » (il faut un dossier à part dans le dépôt, par exemple .next-editors)`);
  }
  return relative;
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`le port ${port} est déjà pris`)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timedGet(url: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(300_000) });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

/**
 * Like a reader pressing reload: a full GET every `intervalMs` until the page
 * answers 200 with `text` in it. Errors and other statuses count as reloads.
 * One request at a time, each waited for: a request given up on keeps the
 * dev server busy, and on a slow machine abandoned requests pile up.
 */
async function reloadUntil(
  server: RunningServer,
  url: string,
  text: string,
  since: number,
  { timeoutMs = 120_000, intervalMs = 50 } = {},
): Promise<{ ms: number; reloads: number }> {
  let reloads = 0;
  while (performance.now() - since < timeoutMs) {
    if (hasExited(server)) throw new Error("next dev s’est arrêté pendant la mesure (voir le journal)");
    reloads += 1;
    try {
      const { status, body } = await timedGet(url);
      if (status === 200 && body.includes(text)) return { ms: performance.now() - since, reloads };
    } catch {
      // A reload that failed: the reader tries again.
    }
    await sleep(intervalMs);
  }
  throw new Error(`« ${text} » absent de ${url} après ${Math.round(timeoutMs / 1000)} s`);
}

/** next dev on a cold build folder, then the edit loop on one article. */
export async function measureEditorsLoop(options: EditorsLoopOptions): Promise<EditorsLoopFigures> {
  const { port, runs = 3, report = () => {} } = options;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs doit être un entier positif (reçu : ${runs})`);
  const contentDir = path.resolve(options.contentDir);
  if (contentDir === path.resolve("content")) throw new Error("refus de modifier le contenu réel : donnez une copie générée");
  const distDir = safeDistDir(options.distDir);
  const logFile = path.resolve(options.logFile ?? `bench/.work/editors-loop-${port}.log`);

  const names = await readdir(path.join(contentDir, "articles"));
  const slug = pickArticle(names);
  if (!slug) throw new Error(`aucun article dans ${path.join(contentDir, "articles")}`);
  const file = path.join(contentDir, "articles", `${slug}.md`);
  const original = await readFile(file, "utf8");
  withMarker(original, "essai"); // Refuses a file without front matter before anything starts.

  await assertPortFree(port);
  await rm(distDir, { recursive: true, force: true });
  await mkdir(path.dirname(logFile), { recursive: true });
  await writeFile(logFile, "");

  // Without NODE_ENV: next dev sets its own, and a production one inherited from the caller would break it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "NODE_ENV")) as NodeJS.ProcessEnv;
  Object.assign(env, { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" });

  const restoreCheckout = await guardCheckout(distDir);
  let server: RunningServer | undefined;
  let edited = false;
  // The server is in its own process group: Ctrl-C on the terminal does not reach it.
  const onSignal = () => {
    if (server) killServerNow(server);
    if (edited) writeFileSync(file, original);
    void restoreCheckout()
      .then((notes) => notes.forEach((note) => report(note)))
      .finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    report(`next dev sur le port ${port}, ${names.length} fichiers, build dans ${distDir} (vidé)`);
    const running = (server = startServer(port, env, logFile, "dev"));
    let readyMs: number | null = null;
    let restarts = 0;
    // Next.js prints its warnings (the restart among them) on stderr.
    for (const stream of [running.child.stdout, running.child.stderr]) {
      stream?.setEncoding("utf8").on("data", (chunk: string) => {
        if (readyMs === null && /\bReady\b/.test(chunk)) readyMs = performance.now() - running.spawnedAt;
        restarts += chunk.match(/Restarting the server/g)?.length ?? 0;
      });
    }

    const articleUrl = `http://127.0.0.1:${port}/article/${slug}`;
    // Refused connections until next dev listens, then one long request while it compiles the route.
    const first = await reloadUntil(running, articleUrl, "Lesinfos", running.spawnedAt, { timeoutMs: 600_000 });
    const coldStartRestarts = restarts;
    report(`premier article : ${Math.round(first.ms)} ms après le lancement`);

    const home = await timedGet(`http://127.0.0.1:${port}/`);
    if (home.status !== 200) throw new Error(`la page d’accueil répond ${home.status}`);
    const firstHomeSinceSpawnMs = performance.now() - running.spawnedAt;

    const warm = await timedGet(articleUrl);
    if (warm.status !== 200) throw new Error(`l’article répond ${warm.status} au deuxième appel`);

    const results: SaveToReload[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const marker = makeMarker(run);
      if (warm.body.includes(marker)) throw new Error(`marqueur ${marker} déjà dans la page`);
      edited = true;
      await writeFile(file, withMarker(original, marker));
      const savedAt = performance.now();
      const restartsBefore = restarts;
      const { ms, reloads } = await reloadUntil(running, articleUrl, marker, savedAt);
      results.push({ marker, ms, reloads, restarted: restarts > restartsBefore });
      report(
        `modification ${run}/${runs} : visible après ${Math.round(ms)} ms (${reloads} rechargements${restarts > restartsBefore ? ", next dev a redémarré entre-temps" : ""})`,
      );
      // Let the server settle before the next save.
      await sleep(1_000);
    }

    return {
      articles: names.filter((name) => name.endsWith(".md")).length,
      slug,
      readyMs,
      firstArticleMs: first.ms,
      firstHomeMs: home.ms,
      firstHomeSinceSpawnMs,
      warmArticleMs: warm.ms,
      saveToReload: { runs: results, medianMs: median(results.map((result) => result.ms)) },
      restarts,
      coldStartRestarts,
    };
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    try {
      if (edited) await writeFile(file, original);
    } finally {
      if (server) await stopServer(server);
      for (const note of await restoreCheckout()) report(note);
    }
  }
}
