import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { beforeAll, describe, expect, it } from "vitest";

import { parseFrontMatter } from "../lib/content/front-matter";
import { loadContent, type ContentSnapshot } from "../lib/content/load";
import { articleFrontMatter, SLUG_PATTERN } from "../lib/content/schema";
import { contentWarnings } from "../lib/content/warnings";
import { parseContentDate, toIsoWithOffset } from "../lib/dates";
import { markdownToPlainText } from "../lib/search/plain-text";
import { slugify } from "../lib/slug";
import {
  BODY_WORDS,
  casablancaIsoFormatter,
  generateContent,
  readManifest,
  readNewsroom,
  syntheticArticles,
  type SyntheticArticle,
} from "./generate-articles";

const publicDir = path.resolve("public");
const start = parseContentDate("2021-11-25")!;
const reference = parseContentDate("2026-11-25")!;
const temp = () => mkdtemp(path.join(tmpdir(), "lesinfos-generate-"));

async function filesOf(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const folder of ["", "articles", "pages"]) {
    for (const entry of await readdir(path.join(root, folder), { withFileTypes: true })) {
      if (entry.isFile()) files.set(path.join(folder, entry.name), await readFile(path.join(root, folder, entry.name)));
    }
  }
  return files;
}

describe("generated content read by the content layer", () => {
  let root: string;
  let snapshot: ContentSnapshot;
  beforeAll(async () => {
    root = await temp();
    await generateContent({ count: 50, out: root, seed: "test" });
    snapshot = await loadContent({ root, publicDir });
  }, 60_000);

  it("loads without a problem or a warning", () => {
    expect(snapshot.problems).toEqual([]);
    expect(contentWarnings(snapshot.articles)).toEqual([]);
    expect(snapshot.articles).toHaveLength(50);
    expect(snapshot.pages.size).toBeGreaterThan(0);
  });

  it("dates every article in the five years before 2026-11-25, none a draft", () => {
    for (const article of snapshot.articles) {
      expect(article.publishedAt.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(article.publishedAt.getTime()).toBeLessThan(reference.getTime());
      if (article.updatedAt) expect(article.updatedAt.getTime()).toBeGreaterThan(article.publishedAt.getTime());
      expect(article.draft).toBe(false);
    }
  });

  it("uses every rubrique and every author of the registries", () => {
    expect(new Set(snapshot.articles.map((a) => a.rubrique.id))).toEqual(new Set(snapshot.rubriques.map((r) => r.id)));
    expect(new Set(snapshot.articles.map((a) => a.author.id))).toEqual(new Set(snapshot.authors.keys()));
  });

  it("puts existing covers on some articles", () => {
    const covered = snapshot.articles.filter((article) => article.image);
    expect(covered.length).toBeGreaterThan(5);
    expect(covered.length).toBeLessThan(50);
  });

  it("records what it was generated with", async () => {
    expect(await readManifest(root)).toMatchObject({ count: 50, seed: "test", reference: "2026-11-25" });
  });

  it("refuses to overwrite articles without --clean", async () => {
    await expect(generateContent({ count: 5, out: root, seed: "test" })).rejects.toThrow(/--clean/);
  });
});

describe("determinism", () => {
  it("writes the same bytes for the same seed, others for another seed", async () => {
    const [a, b, c] = await Promise.all([temp(), temp(), temp()]);
    await generateContent({ count: 40, out: a, seed: "graine" });
    await generateContent({ count: 40, out: b, seed: "graine" });
    await generateContent({ count: 40, out: c, seed: "autre" });
    const [first, second, other] = await Promise.all([filesOf(a), filesOf(b), filesOf(c)]);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [name, bytes] of first) expect(second.get(name)?.equals(bytes), name).toBe(true);
    expect([...other.keys()].filter((name) => name.startsWith("articles")).sort()).not.toEqual(
      [...first.keys()].filter((name) => name.startsWith("articles")).sort(),
    );
  }, 60_000);
});

describe("syntheticArticles over a larger run", () => {
  let articles: SyntheticArticle[];
  beforeAll(async () => {
    articles = [...syntheticArticles({ count: 2000, seed: "large" }, await readNewsroom("content", publicDir))];
  }, 60_000);

  const parsed = (article: SyntheticArticle) => {
    const result = parseFrontMatter(article.source, article.slug);
    if (!result.ok) throw new Error(`${article.slug}: ${JSON.stringify(result.problems)}`);
    const front = articleFrontMatter.safeParse(result.value.data);
    if (!front.success) throw new Error(`${article.slug}: ${front.error.message}`);
    return { ...front.data, body: result.value.body };
  };

  it("gives unique valid slugs and unique titles", () => {
    const slugs = articles.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(articles.length);
    for (const slug of slugs) expect(slug).toMatch(SLUG_PATTERN);
    expect(new Set(articles.map((article) => slugify(parsed(article).title))).size).toBe(articles.length);
  });

  it("writes front matter the schema accepts, within the editorial limits", () => {
    for (const article of articles) {
      const data = parsed(article);
      expect([...data.title].length).toBeLessThanOrEqual(110);
      expect([...data.description].length).toBeLessThanOrEqual(200);
      expect(data.tags.length).toBeLessThanOrEqual(4);
      expect(article.source).not.toMatch(/[{}]/);
    }
  });

  it("writes bodies of 300 to 1,500 words with ## subheadings", () => {
    for (const article of articles) {
      const { body } = parsed(article);
      const words = markdownToPlainText(body)
        .split(" ")
        .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
      expect(words, article.slug).toBeGreaterThanOrEqual(BODY_WORDS.min);
      expect(words, article.slug).toBeLessThanOrEqual(BODY_WORDS.max);
      expect(body).toMatch(/^## \S/m);
    }
  });

  it("mixes tags, covers, featured and updated articles, and both Casablanca offsets", () => {
    const data = articles.map(parsed);
    const share = (test: (item: (typeof data)[number]) => boolean) => data.filter(test).length / data.length;
    expect(share((d) => d.tags.length === 0)).toBeGreaterThan(0.02);
    expect(share((d) => d.tags.length === 4)).toBeGreaterThan(0.05);
    expect(share((d) => d.image !== undefined)).toBeGreaterThan(0.3);
    expect(share((d) => d.featured)).toBeGreaterThan(0.01);
    expect(share((d) => d.updated !== undefined)).toBeGreaterThan(0.02);
    expect(share((d) => d.draft)).toBe(0);
    const offsets = new Set(articles.map((article) => /^date: "[^"]*([+-]\d\d:\d\d)"$/m.exec(article.source)?.[1]));
    expect(offsets).toEqual(new Set(["+00:00", "+01:00"]));
  });

  it("writes every date as toIsoWithOffset would", () => {
    for (const article of articles.slice(0, 300)) {
      for (const [, text] of article.source.matchAll(/^(?:date|updated): "([^"]+)"$/gm)) {
        expect(toIsoWithOffset(parseContentDate(text!)!)).toBe(text);
      }
    }
  });
});

describe("casablancaIsoFormatter", () => {
  it("agrees with toIsoWithOffset, including across the Ramadan changes of time", () => {
    const iso = casablancaIsoFormatter();
    const instants: number[] = [];
    // Every 5 minutes around the changes of 2025 (Feb 23 and Apr 6), then every 7 hours over five years.
    for (const day of ["2025-02-22T00:00:00Z", "2025-04-05T00:00:00Z"]) {
      for (let t = Date.parse(day); t < Date.parse(day) + 3 * 86_400_000; t += 300_000) instants.push(t);
    }
    for (let t = start.getTime(); t < reference.getTime(); t += 7 * 3_600_000) instants.push(t);
    for (const t of instants) expect(iso(new Date(t))).toBe(toIsoWithOffset(new Date(t)));
  }, 60_000);
});

describe("npm run generate", () => {
  it("prints a summary with the count, the size and the time", async () => {
    const out = await temp();
    const { stdout } = await promisify(execFile)(path.resolve("node_modules/.bin/tsx"), [
      "scripts/generate-articles.ts",
      "--count",
      "12",
      "--out",
      out,
      "--seed",
      "cli",
    ]);
    expect(stdout).toMatch(/^12 articles écrits dans .+ : [\d,]+ Mo \([\d\s]+ octets\) en [\d,]+ s\./m);
    expect((await readdir(path.join(out, "articles"))).length).toBe(12);
  }, 60_000);
});
