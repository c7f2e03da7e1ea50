import { cpSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The live-publishing project's content folder: a copy of the fixture
 * content that its tests add to, change and delete from while the server
 * runs (each test with its own files, removed at its end). One per port, so
 * that runs side by side never share it.
 */
export function liveContentDir(port: number): string {
  return path.join(tmpdir(), `lesinfos-live-${port}`);
}

/**
 * Copies the fixture content there, once: never again under a server that
 * follows it (a reused one, or while workers load this config), which would
 * see its folder replaced.
 */
export function copyLiveContent(port: number): string {
  const folder = liveContentDir(port);
  if (!existsSync(folder)) cpSync(path.resolve("e2e/fixtures/site"), folder, { recursive: true });
  return folder;
}

/** An article's file as the newsroom writes it, dated a minute ago unless `date` says otherwise. */
export function articleFile(fields: { title: string; date?: string; tag: string; body: string }): string {
  const date = fields.date ?? new Date(Date.now() - 60_000).toISOString();
  return `---
title: "${fields.title}"
description: "Un chapô écrit pendant que le serveur tourne."
date: "${date}"
author: redaction
category: societe
tags: ["${fields.tag}"]
---

${fields.body}
`;
}
