import { rm, utimes } from "node:fs/promises";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { scanContent } from "../content/stamps";
import { articleFile, contentFolder, writeArticle } from "../testing/content-folder";
import { contentVersionOf } from "./content-version";

/** Every file and folder of a content folder dated `at`, as `rsync -a` copies them from one source. */
async function dateAll(root: string, at: Date): Promise<void> {
  for (const file of (await scanContent(root)).keys()) await utimes(file, at, at);
  for (const folder of ["", "articles", "pages"]) await utimes(path.join(root, folder), at, at);
}

describe("content version", () => {
  it("is the newest time of the content's files and folders", async () => {
    const root = await contentFolder({ articles: { ancien: articleFile(), recent: articleFile() } });
    await dateAll(root, new Date("2026-11-29T10:00:00Z"));
    await utimes(path.join(root, "articles", "recent.md"), new Date("2026-11-29T10:05:00Z"), new Date("2026-11-29T10:05:00Z"));
    expect(await contentVersionOf(root, (await scanContent(root)).values())).toBe(Date.parse("2026-11-29T10:05:00Z"));
  });

  it("moves forward when an article is withdrawn, through its folder's time", async () => {
    const root = await contentFolder({ articles: { ancien: articleFile(), retire: articleFile() } });
    await dateAll(root, new Date("2026-11-29T10:00:00Z"));
    const before = await contentVersionOf(root, (await scanContent(root)).values());
    await rm(path.join(root, "articles", "retire.md"));
    expect(await contentVersionOf(root, (await scanContent(root)).values())).toBeGreaterThan(before);
  });

  it("is the same for two copies of the same content with the same times", async () => {
    const [one, other] = await Promise.all([contentFolder(), contentFolder()]);
    for (const root of [one, other]) {
      await writeArticle(root, "copie", articleFile());
      await dateAll(root, new Date("2026-11-29T11:00:00Z"));
    }
    const versions = await Promise.all([one, other].map(async (root) => contentVersionOf(root, (await scanContent(root)).values())));
    expect(versions[0]).toBe(Date.parse("2026-11-29T11:00:00Z"));
    expect(versions[1]).toBe(versions[0]);
  });
});
