import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { articleFile, contentFolder } from "../testing/content-folder";

let root: string;
beforeAll(async () => {
  root = await contentFolder({
    articles: {
      publie: articleFile({ date: "2025-04-13T10:00:00+01:00" }),
      brouillon: articleFile({ date: "2025-04-12T10:00:00+01:00", draft: true }),
      programme: articleFile({ date: "2025-04-14T08:00:00+01:00" }),
    },
  });
});

afterEach(() => vi.unstubAllEnvs());

async function visibleAt(now: string, nodeEnv = "production") {
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", root);
  vi.stubEnv("NODE_ENV", nodeEnv);
  vi.stubEnv("LESINFOS_NOW", now);
  const content = await import("./index");
  return {
    slugs: (await content.getArticles()).map((a) => a.slug),
    scheduled: await content.getArticle("programme"),
  };
}

describe("what readers see", () => {
  it("hides drafts and scheduled articles in production until their time", async () => {
    const before = await visibleAt("2025-04-14T06:59:59Z");
    expect(before.slugs).toEqual(["publie"]);
    expect(before.scheduled).toBeNull();
  });

  it("publishes a scheduled article at its exact instant", async () => {
    const after = await visibleAt("2025-04-14T07:00:00Z");
    expect(after.slugs).toEqual(["programme", "publie"]);
    expect(after.scheduled?.slug).toBe("programme");
  });

  it("shows drafts and scheduled articles under next dev", async () => {
    expect((await visibleAt("2025-04-01T00:00:00Z", "development")).slugs).toEqual(["programme", "publie", "brouillon"]);
  });
});
