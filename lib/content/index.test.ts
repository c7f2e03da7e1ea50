import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const article = (date: string, extra = "") =>
  `---\ntitle: "T"\ndescription: "C."\ndate: "${date}"\nauthor: redaction\ncategory: politique\n${extra}---\nTexte.\n`;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "lesinfos-visibility-"));
  await mkdir(path.join(root, "articles"));
  await writeFile(path.join(root, "rubriques.yaml"), "- id: politique\n  name: Politique\n  description: x\n");
  await writeFile(path.join(root, "authors.yaml"), "- id: redaction\n  name: La rédaction\n");
  const files = {
    "publie.md": article("2025-04-13T10:00:00+01:00"),
    "brouillon.md": article("2025-04-12T10:00:00+01:00", "draft: true\n"),
    "programme.md": article("2025-04-14T08:00:00+01:00"),
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, "articles", name), text);
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
