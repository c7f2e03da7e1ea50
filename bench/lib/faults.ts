/**
 * Single requests outside the load, and the two fault cases: a content file
 * turned invalid under a running server, and a server killed outright then
 * started again.
 */
import { readFile, writeFile } from "node:fs/promises";

import { crashServer, type FirstAnswer, type RunningServer, waitUntilAnswering } from "./server";

export interface PageCheck {
  path: string;
  expected: number;
  /** null when no answer came (refused, reset, timed out). */
  status: number | null;
  ms: number;
  /** Next.js's `x-nextjs-cache` header (HIT, STALE, MISS) when present. */
  cache: string | null;
  /** The expected status, and for a 200 the site's name in the body: a blank shell is not a page. */
  ok: boolean;
  error?: string;
}

export async function checkPages(port: number, entries: readonly { path: string; expect: number }[]): Promise<PageCheck[]> {
  const checks: PageCheck[] = [];
  for (const { path, expect: expected } of entries) {
    const started = performance.now();
    try {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(15_000), redirect: "manual" });
      const body = await response.text();
      const ok = response.status === expected && (expected !== 200 || body.includes("Lesinfos"));
      checks.push({
        path,
        expected,
        status: response.status,
        ms: performance.now() - started,
        cache: response.headers.get("x-nextjs-cache"),
        ok,
      });
    } catch (error) {
      const message = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      checks.push({ path, expected, status: null, ms: performance.now() - started, cache: null, ok: false, error: message });
    }
  }
  return checks;
}

/** Broken YAML (an unclosed quote) and an impossible date: what `next build` would refuse. */
const INVALID_ARTICLE = `---
title: "Article cassé par le banc de charge
date: "2025-13-45"
author: personne
---

Ce fichier est volontairement invalide.
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Overwrites one article of the server's content copy with an invalid file,
 * checks that the home, that article and its rubrique still answer 200
 * twice, `pauseMs` apart (pages stale since the build are regenerated in
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
    await sleep(pauseMs);
    second = await checkPages(port, pages);
  } finally {
    await writeFile(sample.file, original);
  }
  const restored = (await readFile(sample.file)).equals(original);
  // A page STALE in the first round was regenerated while the file was broken (pages regenerated less than 60 s earlier are served as they are).
  const regenerated = first.some((check) => check.cache === "STALE");
  return { file: sample.file, first, second, pauseMs, regenerated, restored, ok: [...first, ...second].every((c) => c.ok) && restored };
}

export interface RestartCase {
  killedPid: number;
  /** From the new `next start` spawn to the first 200 home page with the site's name. */
  firstAnswer: FirstAnswer | null;
  /** An article and a rubrique, right after. */
  after: PageCheck[];
  ok: boolean;
  error?: string;
}

/** SIGKILLs the listening process, starts a new server with `start` and times its first good answer; the caller stops it. */
export async function restartCase(
  server: RunningServer,
  listeningPid: number,
  start: () => RunningServer,
  sample: { slug: string; rubrique: string },
): Promise<{ result: RestartCase; server: RunningServer }> {
  await crashServer(server, listeningPid);
  const restarted = start();
  try {
    const firstAnswer = await waitUntilAnswering(restarted, { intervalMs: 20 });
    const after = await checkPages(restarted.port, [
      { path: `/article/${sample.slug}`, expect: 200 },
      { path: `/rubrique/${sample.rubrique}`, expect: 200 },
    ]);
    return { result: { killedPid: listeningPid, firstAnswer, after, ok: after.every((check) => check.ok) }, server: restarted };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { result: { killedPid: listeningPid, firstAnswer: null, after: [], ok: false, error: message }, server: restarted };
  }
}
