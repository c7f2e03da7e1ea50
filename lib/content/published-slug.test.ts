import { describe, expect, it } from "vitest";

import { articleFile, contentFolder, writeArticle } from "@/lib/testing/content-folder";
import { publishedSlug } from "./published-slug";

const NOW = new Date("2026-11-29T12:00:00Z");
const location = (root: string) => ({ root, publicDir: root });

describe("publishedSlug", () => {
  it("says which slugs are articles published at an instant, from their file alone", async () => {
    const root = await contentFolder({
      articles: {
        publie: articleFile(),
        brouillon: articleFile({ draft: true }),
        programme: articleFile({ date: "2026-11-30T08:00:00+01:00" }),
        "auteur-inconnu": articleFile({ author: "personne" }),
        casse: "---\ntitle: [\n---\n",
      },
    });
    const isPublished = publishedSlug({ location: location(root) });
    expect(await isPublished("publie", NOW)).toBe(true);
    expect(await isPublished("brouillon", NOW)).toBe(false);
    expect(await isPublished("programme", NOW)).toBe(false);
    expect(await isPublished("programme", new Date("2026-11-30T08:00:00+01:00"))).toBe(true);
    expect(await isPublished("auteur-inconnu", NOW)).toBe(false);
    expect(await isPublished("casse", NOW)).toBe(false);
    expect(await isPublished("absent", NOW)).toBe(false);
    expect(await isPublished("../authors", NOW)).toBe(false);
    expect(await isPublished("x' OR 1=1 --", NOW)).toBe(false);
  });

  it("sees an article published, or withdrawn, once its answer is older than ttlMs", async () => {
    const root = await contentFolder({ articles: { retire: articleFile() } });
    const isPublished = publishedSlug({ location: location(root), ttlMs: 50 });
    expect(await isPublished("nouveau", NOW)).toBe(false);
    expect(await isPublished("retire", NOW)).toBe(true);
    await writeArticle(root, "nouveau", articleFile());
    await writeArticle(root, "retire", articleFile({ draft: true }));
    // Kept for ttlMs: no file read per beacon.
    expect(await isPublished("nouveau", NOW)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await isPublished("nouveau", NOW)).toBe(true);
    expect(await isPublished("retire", NOW)).toBe(false);
  });
});
