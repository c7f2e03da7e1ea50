import { readFile } from "node:fs/promises";
import path from "node:path";

import type { APIRequestContext, APIResponse } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { parse } from "yaml";
import { z } from "zod";

import { expect } from "./fixtures";
import { siteUrl } from "../../lib/site";

/** Absolute addresses in pages and feeds use SITE_URL; the tests' server listens elsewhere. */
export const SITE = siteUrl();

/** The server path of an absolute address of the site; fails on any other origin. */
export function localPath(absolute: string): string {
  const url = new URL(absolute);
  expect(url.origin, `${absolute} est sur l’origine du site`).toBe(new URL(SITE).origin);
  return `${url.pathname}${url.search}`;
}

/** Requests an absolute address of the site from the test server. */
export function fetchAbsolute(request: APIRequestContext, absolute: string): Promise<APIResponse> {
  return request.get(localPath(absolute), { maxRedirects: 0 });
}

/** XML elements that may repeat are always arrays, even when there is one. */
export const xmlParser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ["url", "sitemap", "item", "category"].includes(name),
});

/** Width and height from a PNG's signature and IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * `date` and the last update (`updated` or a correction) as written in an article's Markdown file, read
 * without the content layer so that the site is checked against the source.
 */
export async function frontMatterDates(slug: string): Promise<{ date: Date; updated?: Date; lastLiveUpdate?: Date }> {
  const source = await readFile(path.join("content", "articles", `${slug}.md`), "utf8");
  const yaml = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? "";
  const { date, updated, corrections } = z
    .looseObject({
      date: z.string(),
      updated: z.string().optional(),
      corrections: z.array(z.looseObject({ date: z.string() })).default([]),
    })
    .parse(parse(yaml));
  // The sample files write their offset, so the Date constructor reads them exactly.
  const updates = [...(updated === undefined ? [] : [updated]), ...corrections.map((correction) => correction.date)];
  for (const value of [date, ...updates]) expect(value, `${slug} : date avec décalage`).toMatch(/(Z|[+-]\d{2}:\d{2})$/);
  // « Mis à jour »: the latest of `updated` and the corrections.
  const latest = Math.max(...updates.map((value) => new Date(value).getTime()));
  const lastLiveUpdate = lastLiveUpdateOf(source, date);
  return {
    date: new Date(date),
    updated: updates.length === 0 ? undefined : new Date(latest),
    ...(lastLiveUpdate ? { lastLiveUpdate } : {}),
  };
}

/**
 * A live coverage's last update, from its `## 14:05` headings: the day is the last one written
 * (`## 2026-11-30 00:10`), else that of `date`, and the offset that of `date` (the sample's live
 * coverages are written outside Ramadan, when Casablanca keeps one offset).
 */
function lastLiveUpdateOf(source: string, date: string): Date | undefined {
  if (!/^format: direct$/m.test(source)) return undefined;
  let day = date.slice(0, 10);
  let last: string | undefined;
  for (const [, written, hours, minutes] of source.matchAll(/^## (?:(\d{4}-\d{2}-\d{2}) )?(\d{1,2})(?::| h )(\d{2})\b/gm)) {
    if (written) day = written;
    last = `${day}T${hours!.padStart(2, "0")}:${minutes}:00${date.slice(19)}`;
  }
  return last ? new Date(last) : undefined;
}

/** The sample newsroom's one draft: it must appear nowhere. */
export const DRAFT_SLUG = "ports-mediterraneens-un-forum-euro-africain-veut-coordonner-les-investissements";

/** RFC 822 as the issue asks: English day and month, numeric Casablanca offset. */
export const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0[01]00$/;
/** ISO 8601 with the Casablanca offset. */
export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[01]:00$/;
