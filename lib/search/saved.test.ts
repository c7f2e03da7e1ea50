import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { Article } from "../content";
import { makeArticle, testBody } from "../testing/articles";
import { buildSearchIndex, search } from "./engine";
import { readSavedSearchIndex, saveSearchIndex, savedSearchFile } from "./saved";

const articles = [
  makeArticle("barrage", { title: "Le barrage se remplit", body: "Les pluies de mars ont rempli la retenue." }),
  makeArticle("budget", { title: "Le budget voté", body: "Le Parlement adopte la loi de finances." }),
  makeArticle("derby", { title: "Derby de Casablanca", body: "Le match se joue à guichets fermés malgré la pluie." }),
];
const stamps = new Map(articles.map((article, i) => [article, `${article.file}:100:${i}`]));
const stampOf = (article: Article) => stamps.get(article);
const found = async (index: Parameters<typeof search>[0], query: string) =>
  (await search(index, query)).results.map((hit) => hit.article.slug);

beforeEach(async () => vi.stubEnv("NEXT_DIST_DIR", await mkdtemp(path.join(tmpdir(), "lesinfos-recherche-"))));
afterEach(() => vi.unstubAllEnvs());

describe("saved search index", () => {
  it("finds after reading what the index found before saving", async () => {
    const index = await buildSearchIndex(articles, testBody);
    await saveSearchIndex(index, true, stampOf);
    const saved = await readSavedSearchIndex(articles, stampOf);
    expect(saved?.stale.size).toBe(0);
    const restored = { ...index, postings: saved!.postings, articles: saved!.articles };
    for (const query of ["pluie", "budget", "casablanca", "finance"])
      expect(await found(restored, query)).toEqual(await found(index, query));
    expect(await found(restored, "pluie")).toEqual(["barrage", "derby"]);
  });

  it("leaves out the documents whose file changed since", async () => {
    await saveSearchIndex(await buildSearchIndex(articles, testBody), true, stampOf);
    const corrected = makeArticle("budget", { title: "Le budget rectifié" });
    const now = new Map([...stamps, [corrected, `${corrected.file}:120:9`]]);
    const saved = await readSavedSearchIndex([articles[0]!, corrected, articles[2]!], (article) => now.get(article));
    expect([...saved!.stale]).toEqual([1]);
    expect(saved!.articles[0]).toBe(articles[0]);
  });

  it("ignores a save that was cut or changed", async () => {
    await saveSearchIndex(await buildSearchIndex(articles, testBody), true, stampOf);
    const bytes = await readFile(savedSearchFile());
    await writeFile(savedSearchFile(), bytes.subarray(0, bytes.length - 8));
    expect(await readSavedSearchIndex(articles, stampOf)).toBeNull();
    const changed = Buffer.from(bytes);
    changed.writeUInt8(changed.readUInt8(changed.length - 1) ^ 1, changed.length - 1);
    await writeFile(savedSearchFile(), changed);
    expect(await readSavedSearchIndex(articles, stampOf)).toBeNull();
    await writeFile(savedSearchFile(), bytes);
    expect(await readSavedSearchIndex(articles, stampOf)).not.toBeNull();
  });
});
