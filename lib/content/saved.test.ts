import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { loadContent, type ContentLocation } from "./load";
import { readSavedContent, saveContent, savedContentFile } from "./saved";

const REGISTRIES = {
  "rubriques.yaml": "- id: politique\n  name: Politique\n  description: La vie politique.\n",
  "authors.yaml": "- id: redaction\n  name: La rédaction\n",
};
const ARTICLE = `---\ntitle: "Un titre"\ndescription: "Un chapô."\ndate: "2025-04-13T21:30:00+01:00"\nupdated: "2025-04-14T08:00:00+01:00"\nauthor: redaction\ncategory: politique\ntags: ["Eau"]\n---\n\nLe corps.\n`;

let location: ContentLocation;
beforeEach(async () => {
  const root = await mkdtemp(path.join(tmpdir(), "lesinfos-saved-"));
  await mkdir(path.join(root, "articles"));
  await mkdir(path.join(root, "pages"));
  for (const [name, text] of Object.entries(REGISTRIES)) await writeFile(path.join(root, name), text);
  await writeFile(path.join(root, "articles", "un-article.md"), ARTICLE);
  await writeFile(path.join(root, "pages", "a-propos.md"), `---\ntitle: "À propos"\ndescription: "Qui nous sommes."\n---\n\nTexte.\n`);
  location = { root, publicDir: root };
  vi.stubEnv("NEXT_DIST_DIR", path.join(root, ".next-test"));
});
afterEach(() => vi.unstubAllEnvs());

describe("saved content", () => {
  it("gives back what was saved, with the stamps of its files", async () => {
    const snapshot = await loadContent(location);
    await saveContent(snapshot, location.root);
    const restored = await readSavedContent(location.root);
    expect(restored?.snapshot.articles).toEqual(snapshot.articles);
    expect(restored?.snapshot.pages).toEqual(snapshot.pages);
    expect(restored?.snapshot.articles[0]?.author).toBe(restored?.snapshot.authors.get("redaction"));
    expect([...(restored?.stamps.keys() ?? [])].map((file) => path.relative(location.root, file)).sort()).toEqual([
      "articles/un-article.md",
      "authors.yaml",
      "pages/a-propos.md",
      "rubriques.yaml",
    ]);
  });

  it("ignores a save of another build", async () => {
    await saveContent(await loadContent(location), location.root);
    expect(await readSavedContent(location.root)).not.toBeNull();
    await writeFile(path.join(process.env.NEXT_DIST_DIR!, "BUILD_ID"), "une-autre-construction");
    expect(await readSavedContent(location.root)).toBeNull();
  });

  it("ignores a save that is truncated, altered, or of another content folder", async () => {
    await saveContent(await loadContent(location), location.root);
    expect(await readSavedContent("/ailleurs")).toBeNull();
    const text = await readFile(savedContentFile(), "utf8");
    await writeFile(savedContentFile(), text.slice(0, text.length - 10));
    expect(await readSavedContent(location.root)).toBeNull();
    await writeFile(savedContentFile(), text.replace("Un titre", "Un autre titre"));
    expect(await readSavedContent(location.root)).toBeNull();
    await writeFile(savedContentFile(), "pas du JSON");
    expect(await readSavedContent(location.root)).toBeNull();
  });
});
