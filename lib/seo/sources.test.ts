import { afterEach, describe, expect, it, vi } from "vitest";

import { articleFile, contentFolder, markdownFile } from "@/lib/testing/content-folder";

afterEach(() => vi.unstubAllEnvs());

describe("siteSitemapEntries", () => {
  it("never lists drafts nor articles still under embargo", async () => {
    const article = (slug: string, date: string, draft = false) =>
      articleFile({ title: slug, date, category: "sport", tags: [slug], draft });
    const root = await contentFolder({
      rubriques: [{ id: "sport", name: "Sport", description: "x" }],
      articles: {
        publie: article("publie", "2025-04-01T10:00:00+01:00"),
        brouillon: article("brouillon", "2025-04-01T09:00:00+01:00", true),
        embargo: article("embargo", "2025-04-02T10:00:00+01:00"),
      },
      pages: { contact: markdownFile({ title: "Contact", description: "d" }) },
    });

    vi.resetModules();
    vi.stubEnv("CONTENT_DIR", root);
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("LESINFOS_NOW", "2025-04-01T12:00:00Z");
    const { siteSitemapEntries } = await import("./sources");
    const paths = (await siteSitemapEntries()).map((entry) => entry.path);
    expect(paths).toEqual([
      "/",
      "/rubrique/sport",
      "/article/publie",
      "/auteurs",
      "/auteur/redaction",
      "/tag/publie",
      "/fil-info",
      "/archives",
      "/archives/2025/04",
      "/contact",
      "/lettre",
      "/rectificatifs",
    ]);
  });
});
