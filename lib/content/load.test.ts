import { mkdir, mkdtemp, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";

import { formatProblem } from "./errors";
import { loadContent, type ContentLocation } from "./load";

const RUBRIQUES = `- id: politique
  name: Politique
  description: La vie politique.
- id: sport
  name: Sport
  description: Tous les sports.
`;
const AUTHORS = `- id: redaction
  name: La rédaction
- id: salma-bennani
  name: Salma Bennani
  role: Journaliste, rubrique Politique
`;

function article(fields: Record<string, string>, body = "Un texte de quelques mots.") {
  const defaults: Record<string, string> = {
    title: '"Un titre"',
    description: '"Un chapô."',
    date: '"2025-04-13T21:30:00+01:00"',
    author: "redaction",
    category: "politique",
  };
  const lines = Object.entries({ ...defaults, ...fields })
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}\n`;
}

let publicDir: string;
beforeAll(async () => {
  publicDir = await mkdtemp(path.join(tmpdir(), "lesinfos-public-"));
  await mkdir(path.join(publicDir, "images"), { recursive: true });
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#a4262c" } })
    .webp()
    .toFile(path.join(publicDir, "images", "cover.webp"));
});

async function site(articles: Record<string, string>, extra: Record<string, string> = {}): Promise<ContentLocation> {
  const root = await mkdtemp(path.join(tmpdir(), "lesinfos-content-"));
  await mkdir(path.join(root, "articles"));
  await mkdir(path.join(root, "pages"));
  const files = { "rubriques.yaml": RUBRIQUES, "authors.yaml": AUTHORS, ...extra };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, name), text);
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(root, "articles", name), text);
  return { root, publicDir };
}

async function problemsOf(articles: Record<string, string>, extra?: Record<string, string>) {
  const snapshot = await loadContent(await site(articles, extra));
  return snapshot.problems.map(formatProblem);
}

describe("loadContent", () => {
  it("reads a valid article into the domain type", async () => {
    const location = await site({
      "budget-2026.md": article(
        {
          updated: '"2025-04-14T08:00:00Z"',
          tags: '["Sécurité routière", "Maroc", "sécurité routière"]',
          image: `\n  src: /images/cover.webp\n  alt: "Vue du port"\n  credit: "Lesinfos"`,
          featured: "true",
          author: "salma-bennani",
        },
        "## Les chiffres\n\nLe texte.",
      ),
    });
    const { articles, problems } = await loadContent(location);
    expect(problems).toEqual([]);
    const [loaded] = articles;
    expect(loaded).toMatchObject({
      slug: "budget-2026",
      url: "/article/budget-2026",
      title: "Un titre",
      description: "Un chapô.",
      featured: true,
      draft: false,
      readingMinutes: 1,
      author: { id: "salma-bennani", name: "Salma Bennani", role: "Journaliste, rubrique Politique", isOrganization: false },
      rubrique: { id: "politique", name: "Politique", url: "/rubrique/politique" },
      image: { src: "/images/cover.webp", alt: "Vue du port", credit: "Lesinfos", width: 1600, height: 900 },
    });
    expect(loaded?.publishedAt.toISOString()).toBe("2025-04-13T20:30:00.000Z");
    expect(loaded?.updatedAt?.toISOString()).toBe("2025-04-14T08:00:00.000Z");
    // Two spellings of the same tag are one tag.
    expect(loaded?.tags).toEqual([
      { label: "Sécurité routière", slug: "securite-routiere" },
      { label: "Maroc", slug: "maroc" },
    ]);
  });

  it("sets titles, chapôs and captions in French typography", async () => {
    const { articles } = await loadContent(
      await site({
        "a.md": article({
          title: '"Ports : le trafic bondit de 15 % ?"',
          description: "\"L'eau manque...\"",
          image: `\n  src: /images/cover.webp\n  alt: "Vue d'un quai"\n  credit: "Photo : Lesinfos"`,
        }),
      }),
    );
    expect(articles[0]).toMatchObject({
      title: "Ports\u00a0: le trafic bondit de 15\u00a0%\u202f?",
      description: "L’eau manque…",
      image: { alt: "Vue d’un quai", credit: "Photo\u00a0: Lesinfos" },
    });
  });

  it("keeps unquoted YAML timestamps as the instant written, not a UTC reinterpretation", async () => {
    const { articles } = await loadContent(await site({ "a.md": article({ date: "2025-04-13" }) }));
    expect(articles[0]?.publishedAt.toISOString()).toBe("2025-04-12T23:00:00.000Z");
  });

  it("sorts articles newest first, whatever the file order", async () => {
    const { articles } = await loadContent(
      await site({
        "a.md": article({ date: '"2025-01-01T10:00:00Z"' }),
        "b.md": article({ date: '"2025-03-01T10:00:00Z"' }),
        "c.md": article({ date: '"2025-02-01T10:00:00Z"' }),
      }),
    );
    expect(articles.map((a) => a.slug)).toEqual(["b", "c", "a"]);
  });

  it("names the file, line and field of an impossible date", async () => {
    expect(await problemsOf({ "foo.md": article({ date: '"2025-13-45"' }) })).toEqual([
      expect.stringMatching(/articles\/foo\.md:4: date: « 2025-13-45 » n’est pas une date valide/),
    ]);
  });

  it.each([
    ["a missing title", { title: "" }, /articles\/x\.md: title: champ obligatoire manquant$/],
    ["a mistyped field", { featured: '"oui"' }, /x\.md:\d+: featured: doit être true ou false \(reçu : le texte « oui »\)/],
    ["an empty description", { description: '""' }, /x\.md:3: description: ne doit pas être vide/],
    ["an unknown author", { author: "inconnu" }, /x\.md:5: author: auteur inconnu « inconnu »/],
    ["an unknown rubrique", { category: "meteo" }, /x\.md:6: category: rubrique inconnue « meteo »/],
    ["a missing image", { image: "\n  src: /images/absente.webp\n  alt: Vue" }, /x\.md:8: image\.src: l’image « \/images\/absente\.webp » est introuvable/],
    ["an image without alt", { image: "\n  src: /images/cover.webp" }, /x\.md:7: image\.alt: champ obligatoire manquant/],
    ["a misspelled key", { categroy: "sport" }, /x\.md:7: categroy: clé inconnue : categroy/],
    ["tags that are not a list", { tags: "Maroc" }, /x\.md:7: tags: doit être une liste/],
    ["an update before publication", { updated: '"2025-01-01"' }, /x\.md:7: updated: la mise à jour est antérieure/],
  ])("reports %s with file, line and field", async (_, fields, expected) => {
    const problems = await problemsOf({ "x.md": article(fields) });
    expect(problems).toEqual([expect.stringMatching(expected)]);
  });

  it("reports a bad field and an unknown reference of the same file together", async () => {
    expect(await problemsOf({ "x.md": article({ date: '"2025-13-45"', author: "personne" }) })).toEqual([
      expect.stringMatching(/x\.md:4: date: « 2025-13-45 »/),
      expect.stringMatching(/x\.md:5: author: auteur inconnu « personne »/),
    ]);
  });

  it("reports broken YAML with its line", async () => {
    const problems = await problemsOf({ "x.md": '---\ntitle: "Ouvert\ndescription: x\n---\nTexte' });
    expect(problems[0]).toMatch(/x\.md:\d+: YAML invalide/);
  });

  it("reports a file without front matter", async () => {
    expect(await problemsOf({ "x.md": "Juste du texte." })).toEqual([expect.stringMatching(/x\.md:1: l’en-tête YAML/)]);
  });

  it("reports a file name that is not a slug", async () => {
    expect(await problemsOf({ "Mon Article.md": article({}) })).toEqual([
      expect.stringMatching(/Mon Article\.md: nom de fichier invalide/),
    ]);
  });

  it("reports every problem at once and keeps the valid articles", async () => {
    const snapshot = await loadContent(
      await site({
        "bon.md": article({}),
        "un.md": article({ author: "personne" }),
        "deux.md": article({ date: '"hier"' }),
      }),
    );
    expect(snapshot.articles.map((a) => a.slug)).toEqual(["bon"]);
    expect([...snapshot.broken.keys()].sort()).toEqual(["deux", "un"]);
    expect(snapshot.problems).toHaveLength(2);
  });

  it("reports broken registries", async () => {
    const problems = await problemsOf({}, { "authors.yaml": "- id: Redaction\n  name: x\n- name: y\n" });
    expect(problems).toEqual([
      expect.stringMatching(/authors\.yaml: 0\.id: identifiant invalide/),
      expect.stringMatching(/authors\.yaml: 1\.id: champ obligatoire manquant/),
    ]);
  });

  it("measures a picture again once it is replaced under the same name", async () => {
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#1b4f72" } })
      .webp()
      .toFile(path.join(publicDir, "images", "remplacee.webp"));
    const location = await site({ "x.md": article({ image: "\n  src: /images/remplacee.webp\n  alt: Vue" }) });
    expect((await loadContent(location)).articles[0]?.image).toMatchObject({ width: 1200, height: 800 });

    await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#1b4f72" } })
      .webp()
      .toFile(path.join(publicDir, "images", "remplacee.webp"));
    await utimes(path.join(publicDir, "images", "remplacee.webp"), new Date(), new Date(Date.now() + 5_000));
    expect((await loadContent(location)).articles[0]?.image).toMatchObject({ width: 1600, height: 900 });
  });

  it("reads pages", async () => {
    const snapshot = await loadContent(
      await site({}, { "pages/a-propos.md": '---\ntitle: "Qui sommes-nous ?"\ndescription: "La rédaction."\n---\nTexte.' }),
    );
    expect(snapshot.pages.get("a-propos")).toMatchObject({ url: "/a-propos", title: "Qui sommes-nous\u202f?" });
  });
});

describe("content/une.yaml", () => {
  const three = {
    "premier.md": article({ title: '"Premier"' }),
    "second.md": article({ title: '"Second"' }),
    "en-cours.md": article({ title: '"En cours"', draft: "true" }),
  };

  it("reads the picks in order, a slug alone or with an expiry", async () => {
    const une = "- second\n- slug: premier\n  until: \"2025-04-20T08:00:00+01:00\"\n";
    const snapshot = await loadContent(await site(three, { "une.yaml": une }));
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.une).toEqual([
      { slug: "second", until: undefined, line: 1 },
      { slug: "premier", until: new Date("2025-04-20T07:00:00Z"), line: 2 },
    ]);
  });

  it("is optional", async () => {
    expect((await loadContent(await site(three))).une).toEqual([]);
  });

  it("reports an unknown slug, a draft, a pick listed twice and a bad expiry, with their line", async () => {
    const une = "- premier\n- inconnu\n- en-cours\n- premier\n- slug: second\n  until: demain\n";
    const problems = (await problemsOf(three, { "une.yaml": une })).map((line) => line.replace(/^.*une\.yaml/, "une.yaml"));
    expect(problems).toEqual([
      "une.yaml:5: 4.until: « demain » n’est pas une date valide (attendu : 2025-04-13 ou 2025-04-13T21:30:00+01:00)",
    ]);
    const valid = une.replace("  until: demain\n", "");
    expect((await problemsOf(three, { "une.yaml": valid })).map((line) => line.replace(/^.*une\.yaml/, "une.yaml"))).toEqual([
      "une.yaml:2: slug: article inconnu « inconnu » (aucun fichier content/articles/inconnu.md)",
      "une.yaml:3: slug: « en-cours » est un brouillon (draft) : il ne peut pas être à la une",
      "une.yaml:4: slug: « premier » figure deux fois à la une",
    ]);
  });
});
