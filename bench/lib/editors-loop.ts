/**
 * The editors' loop under `next dev`: how long from a cold start to the
 * first article page, and from saving an edited Markdown file to the new
 * text on reload. The server runs in its own build folder, on a generated
 * copy of the content; the article edited is put back at the end.
 */
import { writeFileSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { median } from "./report";
import { guardTsconfig, hasExited, startServer, stopServer, type RunningServer } from "./server";

const DIST_DIR = ".next-editors";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The original file with a sentence holding `marker` as its last paragraph (plain letters and digits, which the typography leaves alone). */
export function withMarker(source: string, marker: string): string {
  if (!/^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.test(source))
    throw new Error("pas d’en-tête YAML entre deux lignes « --- »");
  return `${source.trimEnd()}\n\nPhrase témoin du banc ${marker}.\n`;
}

async function timedGet(url: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(300_000) });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

/**
 * Like a reader pressing reload: a full GET every 50 ms until the page
 * answers 200 with `text` in it, each request waited for (on a slow machine
 * abandoned requests pile up in the dev server). Errors count as reloads.
 */
async function reloadUntil(server: RunningServer, url: string, text: string, since: number, timeoutMs = 120_000) {
  for (let reloads = 1; performance.now() - since < timeoutMs; reloads += 1) {
    if (hasExited(server)) throw new Error("next dev s’est arrêté pendant la mesure (voir le journal)");
    const answer = await timedGet(url).catch(() => null);
    if (answer?.status === 200 && answer.body.includes(text)) return { ms: performance.now() - since, reloads };
    await sleep(50);
  }
  throw new Error(`« ${text} » absent de ${url} après ${Math.round(timeoutMs / 1000)} s`);
}

/** next dev on a cold build folder, then `runs` edits of one article of `contentDir` (a generated copy, never content/). */
export async function measureEditorsLoop({
  contentDir,
  port,
  logFile,
  runs = 3,
}: {
  contentDir: string;
  port: number;
  logFile: string;
  runs?: number;
}) {
  if (path.resolve(contentDir) === path.resolve("content")) throw new Error("refus de modifier le contenu réel : donnez une copie générée");
  const names = (await readdir(path.join(contentDir, "articles"))).filter((name) => name.endsWith(".md")).sort();
  const slug = names[0]?.slice(0, -3);
  if (!slug) throw new Error(`aucun article dans ${contentDir}/articles`);
  const file = path.join(contentDir, "articles", `${slug}.md`);
  const original = await readFile(file, "utf8");
  withMarker(original, "essai"); // Refuses a file without front matter before anything starts.
  await rm(DIST_DIR, { recursive: true, force: true });
  await writeFile(logFile, "");

  // Without NODE_ENV: next dev sets its own, and a production one inherited from the caller would break it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "NODE_ENV")) as NodeJS.ProcessEnv;
  Object.assign(env, { CONTENT_DIR: path.resolve(contentDir), NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" });
  const restoreTsconfig = await guardTsconfig((note) => console.log(`  ${note}`));
  let edited = false;
  const putBack = () => edited && writeFileSync(file, original);
  process.once("SIGINT", putBack);
  process.once("SIGTERM", putBack);
  const server = startServer(port, env, logFile, "dev");
  try {
    let readyMs: number | null = null;
    let restarts = 0;
    // Next.js prints its warnings (a restart among them, after a change to next.config.ts by anyone) on stderr.
    for (const stream of [server.child.stdout, server.child.stderr]) {
      stream?.setEncoding("utf8").on("data", (chunk: string) => {
        if (readyMs === null && /\bReady\b/.test(chunk)) readyMs = performance.now() - server.spawnedAt;
        restarts += chunk.match(/Restarting the server/g)?.length ?? 0;
      });
    }
    const articleUrl = `http://127.0.0.1:${port}/article/${slug}`;
    // Refused connections until next dev listens, then one long request while it compiles the route.
    const first = await reloadUntil(server, articleUrl, "Lesinfos", server.spawnedAt, 600_000);
    const coldStartRestarts = restarts;
    console.log(`  premier article : ${Math.round(first.ms)} ms après le lancement`);
    const home = await timedGet(`http://127.0.0.1:${port}/`);
    const firstHomeSinceSpawnMs = performance.now() - server.spawnedAt;
    const warm = await timedGet(articleUrl);
    if (home.status !== 200 || warm.status !== 200) throw new Error(`accueil ${home.status}, article ${warm.status} au deuxième appel`);

    const results: { marker: string; ms: number; reloads: number; restarted: boolean }[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const marker = `banc${Date.now().toString(36)}n${run}`;
      edited = true;
      await writeFile(file, withMarker(original, marker));
      const [savedAt, restartsBefore] = [performance.now(), restarts];
      const { ms, reloads } = await reloadUntil(server, articleUrl, marker, savedAt);
      results.push({ marker, ms, reloads, restarted: restarts > restartsBefore });
      console.log(`  modification ${run}/${runs} : visible après ${Math.round(ms)} ms (${reloads} rechargements)`);
      await sleep(1_000); // Let the server settle before the next save.
    }
    return {
      articles: names.length,
      slug,
      readyMs,
      firstArticleMs: first.ms,
      /** The home page right after: that first request alone (its route compiles then). */
      firstHomeMs: home.ms,
      firstHomeSinceSpawnMs,
      warmArticleMs: warm.ms,
      saveToReload: { runs: results, medianMs: median(results.map((result) => result.ms)) },
      /** next dev restarts during the measurement (the figures after one are not a clean loop), and before the first article. */
      restarts,
      coldStartRestarts,
    };
  } finally {
    process.off("SIGINT", putBack);
    process.off("SIGTERM", putBack);
    if (edited) await writeFile(file, original);
    await stopServer(server);
    await restoreTsconfig();
  }
}
export type EditorsLoopFigures = Awaited<ReturnType<typeof measureEditorsLoop>>;
