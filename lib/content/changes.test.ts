import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { makeArticle } from "../testing/articles";
import { readBody } from "./body-source";
import { contentFileKind, readChanges } from "./changes";
import { formatProblem } from "./errors";
import { loadContent, type ContentLocation } from "./load";
import { mergeArticles } from "./order";

const REGISTRIES = {
  "rubriques.yaml": "- id: politique\n  name: Politique\n  description: La vie politique.\n- id: sport\n  name: Sport\n  description: Tous les sports.\n",
  "authors.yaml": "- id: redaction\n  name: La rédaction\n",
};

function article(title: string, date = "2025-04-13T21:30:00+01:00", extra = "") {
  return `---\ntitle: "${title}"\ndescription: "Un chapô."\ndate: "${date}"\nauthor: redaction\ncategory: politique\n${extra}---\n\nLe corps de « ${title} ».\n`;
}

async function folder(articles: Record<string, string>): Promise<ContentLocation> {
  const root = await mkdtemp(path.join(tmpdir(), "lesinfos-changes-"));
  await mkdir(path.join(root, "articles"));
  await mkdir(path.join(root, "pages"));
  for (const [name, text] of Object.entries(REGISTRIES)) await writeFile(path.join(root, name), text);
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(root, "articles", name), text);
  return { root, publicDir: root };
}

const file = (location: ContentLocation, name: string) => path.join(location.root, "articles", name);
const titles = (articles: { title: string }[]) => articles.map((a) => a.title);

describe("contentFileKind", () => {
  it.each([
    ["articles/un-article.md", "article"],
    ["pages/a-propos.md", "page"],
    ["authors.yaml", "registry"],
    ["alertes/seisme.md", "alert"],
    ["rubriques.yaml", "registry"],
    ["articles/.un-article.md.swp", null],
    ["articles/un-article.md~", null],
    ["articles/sous/dossier.md", null],
    ["README.md", null],
  ])("%s → %s", (relative, kind) => expect(contentFileKind("/contenu", path.join("/contenu", relative))).toBe(kind));
});

describe("mergeArticles", () => {
  const at = (slug: string, iso: string) => makeArticle(slug, { publishedAt: new Date(iso) });
  it("takes out the removed, puts the added in date order, keeps the rest as they were", () => {
    const [a, b, c] = [at("a", "2025-04-03T00:00:00Z"), at("b", "2025-04-02T00:00:00Z"), at("c", "2025-04-01T00:00:00Z")];
    const newer = at("n", "2025-04-04T00:00:00Z");
    const between = at("m", "2025-04-02T12:00:00Z");
    const oldest = at("o", "2025-03-01T00:00:00Z");
    const merged = mergeArticles([a, b, c], new Set(["b"]), [oldest, newer, between]);
    expect(merged.map((x) => x.slug)).toEqual(["n", "a", "m", "c", "o"]);
    expect(merged[1]).toBe(a);
  });
});

describe("readChanges", () => {
  it("reads only the changed files: added, edited, deleted", async () => {
    const location = await folder({ "un.md": article("Un"), "deux.md": article("Deux", "2025-04-12T10:00:00+01:00") });
    const before = await loadContent(location);
    const untouched = before.articles.find((a) => a.slug === "deux");
    await writeFile(file(location, "trois.md"), article("Trois", "2025-04-14T08:00:00+01:00"));
    await writeFile(file(location, "un.md"), article("Un, corrigé"));
    const update = await readChanges(before, [file(location, "trois.md"), file(location, "un.md")], location);
    expect(titles(update.snapshot.articles)).toEqual(["Trois", "Un, corrigé", "Deux"]);
    expect(update.snapshot.articles[2]).toBe(untouched);
    expect(update.articles.map((c) => [c.slug, c.before?.title, c.after?.title])).toEqual([
      ["trois", undefined, "Trois"],
      ["un", "Un", "Un, corrigé"],
    ]);

    await rm(file(location, "trois.md"));
    const withdrawn = await readChanges(update.snapshot, [file(location, "trois.md")], location);
    expect(titles(withdrawn.snapshot.articles)).toEqual(["Un, corrigé", "Deux"]);
    expect(withdrawn.articles).toEqual([{ slug: "trois", before: update.snapshot.articles[0], after: undefined }]);
  });

  it("keeps the previous version, body included, when the new one is invalid", async () => {
    const location = await folder({ "un.md": article("Un") });
    const first = await readChanges(await loadContent(location), [file(location, "un.md")], location);
    const online = first.snapshot.articles[0]!;
    await writeFile(file(location, "un.md"), article("Un", "pas une date"));
    const update = await readChanges(first.snapshot, [file(location, "un.md")], location);
    expect(update.snapshot.articles).toEqual([online]);
    expect(update.articles).toEqual([]);
    expect(update.refused.map(formatProblem)).toEqual([
      expect.stringMatching(/articles\/un\.md:4: date: « pas une date » n’est pas une date valide/),
    ]);
    expect(await readBody(update.snapshot.bodies.get(online)!)).toContain("Le corps de « Un »");
  });

  it("withdraws an article set to draft, and a renamed file under its old name", async () => {
    const location = await folder({ "un.md": article("Un") });
    const before = await loadContent(location);
    await writeFile(file(location, "un.md"), article("Un", undefined, "draft: true\n"));
    const draft = await readChanges(before, [file(location, "un.md")], location);
    expect(draft.snapshot.articles[0]?.draft).toBe(true);

    await rename(file(location, "un.md"), file(location, "un-bis.md"));
    const renamed = await readChanges(draft.snapshot, [file(location, "un.md"), file(location, "un-bis.md")], location);
    expect(renamed.snapshot.articles.map((a) => a.slug)).toEqual(["un-bis"]);
  });

  it("reads everything again when a registry changes", async () => {
    const location = await folder({ "un.md": article("Un") });
    const before = await loadContent(location);
    await writeFile(path.join(location.root, "authors.yaml"), "- id: redaction\n  name: La Rédaction de Lesinfos\n");
    const update = await readChanges(before, [path.join(location.root, "authors.yaml")], location);
    expect(update.reloaded).toBe(true);
    expect(update.snapshot.articles[0]?.author.name).toBe("La Rédaction de Lesinfos");
  });

  it("reads the alerts again when one changes, and keeps the previous version of an alert made invalid", async () => {
    const location = await folder({ "un.md": article("Un") });
    await mkdir(path.join(location.root, "alertes"));
    const before = await loadContent(location);
    const alertFile = path.join(location.root, "alertes", "seisme.md");
    const alert = (text: string) =>
      `---\ntext: "${text}"\ndate: "2025-04-13T22:00:00+01:00"\nexpires: "2025-04-14T08:00:00+01:00"\narticle: un\n---\n`;

    await writeFile(alertFile, alert("Séisme ressenti dans le nord"));
    const raised = await readChanges(before, [alertFile], location);
    expect(raised.alertsChanged).toBe(true);
    expect(raised.articles).toEqual([]);
    expect(raised.snapshot.alerts.map((a) => [a.text, a.article?.url])).toEqual([["Séisme ressenti dans le nord", "/article/un"]]);

    await writeFile(alertFile, alert("Séisme").replace("expires:", "expire:"));
    const broken = await readChanges(raised.snapshot, [alertFile], location);
    expect(broken.snapshot.alerts.map((a) => a.text)).toEqual(["Séisme ressenti dans le nord"]);
    expect(broken.refused.map(formatProblem)).toEqual([
      expect.stringMatching(/alertes\/seisme\.md: expires: champ obligatoire manquant$/),
      expect.stringMatching(/alertes\/seisme\.md: clé inconnue : expire$/),
    ]);

    await rm(alertFile);
    const withdrawn = await readChanges(broken.snapshot, [alertFile], location);
    expect(withdrawn.snapshot.alerts).toEqual([]);
  });
});
