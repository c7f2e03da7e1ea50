import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { articleFile, contentFolder, markdownFile, type ContentFiles } from "../testing/content-folder";
import { formatProblem } from "./errors";
import { loadContent, type ContentLocation } from "./load";

const rubriques = [
  { id: "politique", name: "Politique", description: "La vie politique." },
  { id: "sport", name: "Sport", description: "Tous les sports." },
];
const authors = [
  { id: "redaction", name: "La rédaction" },
  { id: "salma-bennani", name: "Salma Bennani", role: "Journaliste, rubrique Politique" },
];
const article = (fields: Record<string, unknown>, body = "Un texte de quelques mots.\n") => articleFile(fields, body);

let publicDir: string;
beforeAll(async () => {
  publicDir = await mkdtemp(path.join(tmpdir(), "lesinfos-public-"));
  await mkdir(path.join(publicDir, "images"), { recursive: true });
  await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#a4262c" } })
    .webp()
    .toFile(path.join(publicDir, "images", "cover.webp"));
});
afterAll(() => rm(publicDir, { recursive: true, force: true }));

async function site(articles: Record<string, string>, files: ContentFiles = {}): Promise<ContentLocation> {
  return { root: await contentFolder({ rubriques, authors, articles, ...files }), publicDir };
}

/** Each problem as `content:check` prints it, the file named from the content folder (`articles/x.md:4: …`). */
async function problemsOf(articles: Record<string, string>, files?: ContentFiles) {
  const location = await site(articles, files);
  const snapshot = await loadContent(location);
  const folder = `${path.relative(process.cwd(), location.root)}/`;
  return snapshot.problems.map((problem) => formatProblem(problem).replace(folder, ""));
}

describe("loadContent", () => {
  it("reads a valid article into the domain type", async () => {
    const location = await site({
      "budget-2026": article(
        {
          updated: "2025-04-14T08:00:00Z",
          tags: ["Sécurité routière", "Maroc", "sécurité routière"],
          image: { src: "/images/cover.webp", alt: "Vue du port", credit: "Lesinfos" },
          featured: true,
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
        a: article({
          title: "Ports : le trafic bondit de 15 % ?",
          description: "L'eau manque...",
          image: { src: "/images/cover.webp", alt: "Vue d'un quai", credit: "Photo : Lesinfos" },
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
    const { articles } = await loadContent(await site({ a: article({ date: "2025-04-13" }) }));
    expect(articles[0]?.publishedAt.toISOString()).toBe("2025-04-12T23:00:00.000Z");
  });

  it("sorts articles newest first, whatever the file order", async () => {
    const { articles } = await loadContent(
      await site({
        a: article({ date: "2025-01-01T10:00:00Z" }),
        b: article({ date: "2025-03-01T10:00:00Z" }),
        c: article({ date: "2025-02-01T10:00:00Z" }),
      }),
    );
    expect(articles.map((a) => a.slug)).toEqual(["b", "c", "a"]);
  });

  it("names the file, line and field of an impossible date", async () => {
    expect(await problemsOf({ foo: article({ date: "2025-13-45" }) })).toEqual([
      expect.stringMatching(/articles\/foo\.md:4: date: « 2025-13-45 » n’est pas une date valide/),
    ]);
  });

  it.each([
    ["a missing title", { title: undefined }, "articles/x.md: title: champ obligatoire manquant"],
    ["a mistyped field", { featured: "oui" }, "articles/x.md:7: featured: doit être true ou false (reçu : le texte « oui »)"],
    ["an empty description", { description: "" }, "articles/x.md:3: description: ne doit pas être vide"],
    ["an unknown author", { author: "inconnu" }, "articles/x.md:5: author: auteur inconnu « inconnu » (voir content/authors.yaml)"],
    ["an unknown rubrique", { category: "meteo" }, "articles/x.md:6: category: rubrique inconnue « meteo » (voir content/rubriques.yaml)"],
    [
      "a missing image",
      { image: { src: "/images/absente.webp", alt: "Vue" } },
      "articles/x.md:8: image.src: l’image « /images/absente.webp » est introuvable dans public/",
    ],
    ["an image without alt", { image: { src: "/images/cover.webp" } }, "articles/x.md:7: image.alt: champ obligatoire manquant"],
    ["a misspelled key", { categroy: "sport" }, "articles/x.md:7: categroy: clé inconnue : categroy"],
    ["tags that are not a list", { tags: "Maroc" }, "articles/x.md:7: tags: doit être une liste (reçu : le texte « Maroc »)"],
  ])("reports %s with file, line and field", async (_, fields, expected) => {
    expect(await problemsOf({ x: article(fields) })).toEqual([expected]);
  });

  it("reports an update before publication at the line of `updated`", async () => {
    expect(await problemsOf({ x: article({ updated: "2025-01-01" }) })).toEqual([
      expect.stringMatching(/^articles\/x\.md:7: updated: la mise à jour est antérieure/),
    ]);
  });

  it("reports a bad field and an unknown reference of the same file together", async () => {
    expect(await problemsOf({ x: article({ date: "2025-13-45", author: "personne" }) })).toEqual([
      expect.stringMatching(/x\.md:4: date: « 2025-13-45 »/),
      expect.stringMatching(/x\.md:5: author: auteur inconnu « personne »/),
    ]);
  });

  const front = (lines: string) => `---\ntitle: "Un titre"\ndescription: "Un chapô."\n${lines}\n---\nTexte.\n`;
  it.each([
    ["a quote never closed", front('date: "2025-04-13\nauthor: redaction'), 4, "le guillemet \" ouvert sur cette ligne n’est jamais fermé"],
    ["an apostrophe that ends the value", "---\ntitle: 'L'eau manque'\n---\nTexte.\n", 2, "texte après le guillemet fermant : dans le texte, écrivez l’apostrophe ’ et les guillemets « »"],
    ["a colon in an unquoted value", "---\ntitle: Budget 2027 : le vote\n---\nTexte.\n", 2, "« : » suivi d’une espace dans une valeur : mettez la valeur entre guillemets"],
    ["a key written twice", front('date: "2025-04-13"\ntitle: "Autre"'), 5, "clé « title » en double"],
    ["a tab in the indentation", front("image:\n\tsrc: /images/cover.webp"), 5, "tabulation dans l’indentation : indentez avec des espaces"],
    ["a line indented too deep", front("image:\n  src: /images/cover.webp\n   alt: Vue"), 6, "ligne plus indentée que la précédente : alignez les clés d’un même niveau"],
    ["a key without its colon", front("author redaction\ncategory: politique"), 4, "deux-points manquant après la clé (« clé: valeur »)"],
    ["a comma missing in a list", front('tags: ["Eau" "Casablanca"]'), 4, "virgule manquante entre deux éléments entre crochets"],
    ["a list never closed", front('tags: ["Eau", "Casablanca"\ncategory: politique'), 4, "le « [ » ouvert sur cette ligne n’est jamais fermé par « ] »"],
    ["a value starting with a backtick", front("category: `politique`"), 4, "une valeur ne peut pas commencer par « ` » : mettez-la entre guillemets"],
    ["an alias without its anchor", front("author: *redaction"), 4, "alias « * » inconnu ou trop répété : mettez la valeur entre guillemets"],
  ])("reports broken YAML in French at the file's line: %s", async (_, text, line, message) => {
    expect(await problemsOf({ x: text })).toEqual([`articles/x.md:${line}: YAML invalide : ${message}`]);
  });

  it("reports a file without front matter", async () => {
    expect(await problemsOf({ x: "Juste du texte." })).toEqual([expect.stringMatching(/x\.md:1: l’en-tête YAML/)]);
  });

  it("reports a file name that is not a slug", async () => {
    expect(await problemsOf({ "Mon Article": article({}) })).toEqual([
      expect.stringMatching(/Mon Article\.md: nom de fichier invalide/),
    ]);
  });

  it("reports every problem at once and keeps the valid articles", async () => {
    const snapshot = await loadContent(
      await site({
        bon: article({}),
        un: article({ author: "personne" }),
        deux: article({ date: "hier" }),
      }),
    );
    expect(snapshot.articles.map((a) => a.slug)).toEqual(["bon"]);
    expect([...snapshot.broken.keys()].sort()).toEqual(["deux", "un"]);
    expect(snapshot.problems).toHaveLength(2);
  });

  it("reports broken registries at the line of the entry", async () => {
    expect(await problemsOf({}, { authors: [{ id: "Redaction", name: "x" }, { name: "y" }] })).toEqual([
      "authors.yaml:1: 0.id: identifiant invalide : lettres minuscules a–z, chiffres et tirets",
      "authors.yaml:3: 1.id: champ obligatoire manquant",
    ]);
  });

  it.each([
    ["authors.yaml", { authors: "- id: redaction\n  name: La rédaction\n- id: salma-bennani\n name: Salma Bennani\n" }, 4, "élément de liste sans tiret « - », ou indentation incorrecte"],
    ["rubriques.yaml", { rubriques: "- id: politique\n  name: 'L'actualité politique'\n" }, 2, "texte après le guillemet fermant : dans le texte, écrivez l’apostrophe ’ et les guillemets « »"],
  ])("reports broken YAML in %s in French at its line", async (file, files, line, message) => {
    const problems = await problemsOf({}, files);
    expect(problems).toEqual([`${file}:${line}: YAML invalide : ${message}`]);
  });

  it("measures a picture again once it is replaced under the same name", async () => {
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#1b4f72" } })
      .webp()
      .toFile(path.join(publicDir, "images", "remplacee.webp"));
    const location = await site({ x: article({ image: { src: "/images/remplacee.webp", alt: "Vue" } }) });
    expect((await loadContent(location)).articles[0]?.image).toMatchObject({ width: 1200, height: 800 });

    await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#1b4f72" } })
      .webp()
      .toFile(path.join(publicDir, "images", "remplacee.webp"));
    await utimes(path.join(publicDir, "images", "remplacee.webp"), new Date(), new Date(Date.now() + 5_000));
    expect((await loadContent(location)).articles[0]?.image).toMatchObject({ width: 1600, height: 900 });
  });

  it("reads pages", async () => {
    const snapshot = await loadContent(
      await site({}, { pages: { "a-propos": markdownFile({ title: "Qui sommes-nous ?", description: "La rédaction." }) } }),
    );
    expect(snapshot.pages.get("a-propos")).toMatchObject({ url: "/a-propos", title: "Qui sommes-nous\u202f?" });
  });
});

describe("content/une.yaml", () => {
  const three = {
    premier: article({ title: "Premier" }),
    second: article({ title: "Second" }),
    "en-cours": article({ title: "En cours", draft: true }),
  };
  /** The three articles, and une.yaml with this text. */
  const withUne = async (une?: string) => {
    const location = await site(three);
    if (une !== undefined) await writeFile(path.join(location.root, "une.yaml"), une);
    return location;
  };
  const uneProblems = async (une: string) =>
    (await loadContent(await withUne(une))).problems.map(formatProblem).map((line) => line.replace(/^.*une\.yaml/, "une.yaml"));

  it("reads the picks in order, a slug alone or with an expiry", async () => {
    const une = "- second\n- slug: premier\n  until: \"2025-04-20T08:00:00+01:00\"\n";
    const snapshot = await loadContent(await withUne(une));
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.une).toEqual([
      { slug: "second", until: undefined, line: 1 },
      { slug: "premier", until: new Date("2025-04-20T07:00:00Z"), line: 2 },
    ]);
  });

  it("is optional", async () => {
    expect((await loadContent(await withUne())).une).toEqual([]);
  });

  it("reports an unknown slug, a draft, a pick listed twice and a bad expiry, with their line", async () => {
    const une = "- premier\n- inconnu\n- en-cours\n- premier\n- slug: second\n  until: demain\n";
    const problems = await uneProblems(une);
    expect(problems).toEqual([
      "une.yaml:5: 4.until: « demain » n’est pas une date valide (attendu : 2025-04-13 ou 2025-04-13T21:30:00+01:00)",
    ]);
    const valid = une.replace("  until: demain\n", "");
    expect(await uneProblems(valid)).toEqual([
      "une.yaml:2: slug: article inconnu « inconnu » (aucun fichier content/articles/inconnu.md)",
      "une.yaml:3: slug: « en-cours » est un brouillon (draft) : il ne peut pas être à la une",
      "une.yaml:4: slug: « premier » figure deux fois à la une",
    ]);
  });
});
