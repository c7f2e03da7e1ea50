/** Single requests outside the load, and the two fault cases: a content file turned invalid under a running server, and a server killed outright then started again. */
import { readFile, writeFile } from "node:fs/promises";

import { crashServer, type RunningServer, waitUntilAnswering } from "./server";

/** One GET: ok when it answers the expected status, and for a 200 with the site's name in the body (a blank shell is not a page). */
export async function checkPages(port: number, entries: readonly { path: string; expect: number }[]) {
  const checks = [];
  for (const { path, expect: expected } of entries) {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(15_000), redirect: "manual" }).catch(
      (error: Error) => error,
    );
    const ms = performance.now() - started;
    if (response instanceof Error) {
      const error = response.cause instanceof Error ? response.cause.message : response.message;
      checks.push({ path, expected, status: null, ms, cache: null, ok: false, error });
      continue;
    }
    const ok = response.status === expected && (expected !== 200 || (await response.text()).includes("Lesinfos"));
    checks.push({ path, expected, status: response.status as number | null, ms, cache: response.headers.get("x-nextjs-cache"), ok });
  }
  return checks;
}
export type PageCheck = Awaited<ReturnType<typeof checkPages>>[number];

/** Broken YAML (an unclosed quote) and an impossible date: what `next build` would refuse. */
const INVALID_ARTICLE = `---\ntitle: "Article cassé par le banc de charge\ndate: "2025-13-45"\nauthor: personne\n---\n\nCe fichier est volontairement invalide.\n`;

/**
 * Overwrites one article of the server's content copy with an invalid file,
 * checks that the home, that article and its rubrique still answer 200
 * twice, `pauseMs` apart (a page STALE in the first round is regenerated in
 * between while the file is broken), then restores the file.
 */
export async function invalidContentCase(port: number, sample: { slug: string; file: string; rubrique: string }, pauseMs = 3_000) {
  const original = await readFile(sample.file);
  const pages = ["/", `/article/${sample.slug}`, `/rubrique/${sample.rubrique}`].map((path) => ({ path, expect: 200 }));
  let first: PageCheck[] = [];
  let second: PageCheck[] = [];
  try {
    await writeFile(sample.file, INVALID_ARTICLE);
    first = await checkPages(port, pages);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    second = await checkPages(port, pages);
  } finally {
    await writeFile(sample.file, original);
  }
  const restored = (await readFile(sample.file)).equals(original);
  const regenerated = first.some((check) => check.cache === "STALE");
  return { file: sample.file, first, second, pauseMs, regenerated, restored, ok: [...first, ...second].every((c) => c.ok) && restored };
}

/** SIGKILLs the listening process, starts a new server with `start`, times its first good answer and checks an article and a rubrique. */
export async function restartCase(
  server: RunningServer,
  pid: number,
  start: () => RunningServer,
  sample: { slug: string; rubrique: string },
) {
  await crashServer(server, pid);
  const restarted = start();
  const firstAnswer = await waitUntilAnswering(restarted, { intervalMs: 20 }).catch((error: Error) => error);
  if (firstAnswer instanceof Error) return { server: restarted, result: { killedPid: pid, ok: false, error: firstAnswer.message } };
  const after = await checkPages(restarted.port, [
    { path: `/article/${sample.slug}`, expect: 200 },
    { path: `/rubrique/${sample.rubrique}`, expect: 200 },
  ]);
  return { server: restarted, result: { killedPid: pid, firstAnswer, after, ok: after.every((check) => check.ok) } };
}
