import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { BodySource } from "./body-source";
import { loadContent, type ContentLocation, type ContentSnapshot } from "./load";
import { readSavedContent, SAVE_FORMAT, saveContent, savedContentFile } from "./saved";

const REGISTRIES = {
  "rubriques.yaml": "- id: politique\n  name: Politique\n  description: La vie politique.\n",
  "authors.yaml": "- id: redaction\n  name: La rédaction\n",
};
const LIVE = `---\ntitle: "Un direct"\ndescription: "Un chapô."\ndate: "2025-04-12T09:00:00+01:00"\nended: "2025-04-12T18:00:00+01:00"\nauthor: redaction\ncategory: politique\ntags: ["eau", "Eau", "Pluie"]\nformat: direct\nfeatured: true\ncorrections:\n  - date: "2025-04-12T19:00:00+01:00"\n    kind: rectificatif\n    text: "Une heure corrigée."\nimage:\n  src: /photo.webp\n  alt: "Une photo"\n  credit: "Lesinfos"\n---\n\nIntroduction.\n\n## 9:05 — Première mise à jour\n\nTexte.\n\n## 10:30\n\nSuite.\n`;
const DRAFT = `---\ntitle: "Un brouillon"\ndescription: "Un chapô."\ndate: "2025-04-11T09:00:00+01:00"\nauthor: redaction\ncategory: politique\ndraft: true\nimage:\n  src: /photo.webp\n  alt: "Une photo"\n  credit: "Lesinfos"\n---\n\nPas encore.\n`;
const ARTICLE = `---\ntitle: "Un titre"\ndescription: "Un chapô."\ndate: "2025-04-13T21:30:00+01:00"\nupdated: "2025-04-14T08:00:00+01:00"\nauthor: redaction\ncategory: politique\ntags: ["Eau"]\n---\n\nLe corps.\n`;

const PICTURE = (await readdir(path.resolve("public/images/articles")))[0]!;
const pick = ({ size, modified, offset, path }: BodySource) => ({ size, modified, offset, path });
const findEntry = (snapshot: ContentSnapshot, slug: string) =>
  snapshot.articles.find((article) => article.slug === slug) ?? snapshot.pages.get(slug)!;

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

  it("gives back live coverages, corrections, flags, pictures and tags shared between articles", async () => {
    await copyFile(path.resolve("public/images/articles", PICTURE), path.join(location.publicDir, "photo.webp"));
    await writeFile(path.join(location.root, "articles", "un-direct.md"), LIVE);
    await writeFile(path.join(location.root, "articles", "un-brouillon.md"), DRAFT);
    const snapshot = await loadContent(location);
    expect(snapshot.problems).toEqual([]);
    await saveContent(snapshot, location.root);
    const restored = (await readSavedContent(location.root))?.snapshot;
    expect(restored?.articles).toEqual(snapshot.articles);
    expect(restored?.articles.map((article) => article.slug)).toEqual(["un-article", "un-direct", "un-brouillon"]);
    const [, live, draft] = restored!.articles;
    expect(live?.live).toEqual({ endedAt: new Date("2025-04-12T17:00:00Z"), updateCount: 2, lastUpdateAt: new Date("2025-04-12T09:30:00Z") });
    expect(live?.corrections[0]?.publishedAt).toEqual(new Date("2025-04-12T18:00:00Z"));
    expect([live?.featured, live?.draft, draft?.featured, draft?.draft]).toEqual([true, false, false, true]);
    expect(live?.tags.map((tag) => tag.label)).toEqual(["eau", "Pluie"]);
    expect(draft?.image).toEqual(live?.image);
    expect(live?.image?.width).toBeGreaterThan(0);
    for (const entry of [...restored!.articles, ...restored!.pages.values()]) {
      const { size, modified, offset, path: file } = restored!.bodies.get(entry)!;
      expect({ size, modified, offset, path: file }).toEqual(pick(snapshot.bodies.get(findEntry(snapshot, entry.slug))!));
    }
  });

  it("ignores a save of an older format", async () => {
    await saveContent(await loadContent(location), location.root);
    const text = await readFile(savedContentFile(), "utf8");
    await writeFile(savedContentFile(), text.replace(`"format":${SAVE_FORMAT}`, `"format":${SAVE_FORMAT - 1}`));
    expect(await readSavedContent(location.root)).toBeNull();
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
    await writeFile(savedContentFile(), "");
    expect(await readSavedContent(location.root)).toBeNull();
  });
});
