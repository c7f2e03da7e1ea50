/**
 * The two fault cases: a content file turned invalid under a running
 * server, and a server killed outright then started again.
 */
import { readFile, writeFile } from "node:fs/promises";

import { checkPages, type PageCheck } from "./probe";
import { crashServer, type FirstAnswer, type RunningServer, waitUntilAnswering } from "./server";

/** Broken YAML (an unclosed quote) and an impossible date: what `next build` would refuse. */
export const INVALID_ARTICLE = `---
title: "Article cassé par le banc de charge
date: "2025-13-45"
author: personne
---

Ce fichier est volontairement invalide.
`;

export interface InvalidContentCase {
  file: string;
  /** Right after the file was broken. */
  first: PageCheck[];
  /** A few seconds later, once pages stale since the build have been regenerated in the background. */
  second: PageCheck[];
  /** Milliseconds between the two rounds. */
  pauseMs: number;
  /**
   * Whether a page was stale in the first round (x-nextjs-cache: STALE), so
   * that Next.js regenerated it while the file was broken. Pages regenerated
   * less than 60 s earlier (revalidate) are served as they are.
   */
  regenerated: boolean;
  restored: boolean;
  ok: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Overwrites one article of the server's content copy with an invalid file,
 * checks that the home, that article and its rubrique still answer 200
 * (twice, so that a regeneration runs in between), then restores the file.
 */
export async function invalidContentCase(
  port: number,
  sample: { slug: string; file: string; rubrique: string },
  pauseMs = 3_000,
): Promise<InvalidContentCase> {
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
  const ok = [...first, ...second].every((check) => check.ok) && restored;
  const regenerated = first.some((check) => check.cache === "STALE");
  return { file: sample.file, first, second, pauseMs, regenerated, restored, ok };
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

/**
 * SIGKILLs the listening process, starts a new server with `start` and
 * times its first good answer. Returns the new server, which the caller stops.
 */
export async function restartCase(
  server: RunningServer,
  listeningPid: number,
  start: () => RunningServer,
  sample: { slug: string; rubrique: string },
): Promise<{ result: RestartCase; server: RunningServer }> {
  await crashServer(server, listeningPid);
  const restarted = start();
  try {
    const firstAnswer = await waitUntilAnswering(restarted, { path: "/", expected: "Lesinfos", intervalMs: 20 });
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
