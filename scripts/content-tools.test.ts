import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { parseFrontMatter } from "../lib/content/front-matter";
import { parseContentDate } from "../lib/dates";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

async function contentDir(articles: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "lesinfos-tools-"));
  await mkdir(path.join(root, "articles"));
  await writeFile(path.join(root, "rubriques.yaml"), "- id: politique\n  name: Politique\n  description: x\n");
  await writeFile(path.join(root, "authors.yaml"), "- id: redaction\n  name: La rédaction\n- id: salma-bennani\n  name: Salma Bennani\n");
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(root, "articles", name), text);
  return root;
}

async function tool(script: string, root: string, args: string[] = [], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(tsx, [`scripts/${script}`, ...args], { env: { ...process.env, CONTENT_DIR: root, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const good = (title: string, extra = "") =>
  `---\ntitle: "${title}"\ndescription: "Chapô."\ndate: "2025-04-13T21:30:00+01:00"\nauthor: redaction\ncategory: politique\n${extra}---\nTexte.\n`;

describe("npm run content:check", () => {
  it("passes clean content, with its warnings, and exits 0", async () => {
    const root = await contentDir({
      "a.md": good("Un titre", 'tags: ["Sécurité routière"]\n'),
      "b.md": good("Un titre", 'tags: ["sécurité routière"]\n'),
      "c.md": good("x".repeat(120)),
    });
    const result = await tool("content-check.ts", root);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("a.md:2: title: même titre que");
    expect(result.stderr).toContain("c.md:2: title: titre de 120 caractères (plus de 110");
    expect(result.stderr).toMatch(/b\.md:7: tags: graphies concurrentes d’un même mot-clé : « Sécurité routière », « sécurité routière »/);
    expect(result.stdout).toMatch(/3 articles, 0 page : 0 erreur, \d+ avertissements/);
  });

  it("reports every error with file, line and field, and exits 1", async () => {
    const root = await contentDir({
      "bon.md": good("Bon"),
      "date.md": good("Date").replace("2025-04-13T21:30:00+01:00", "2025-02-30"),
      "refs.md": good("Refs").replace("author: redaction", "author: inconnu").replace("category: politique", "category: meteo"),
      "yaml.md": '---\ntitle: "Ouvert\n---\nx',
    });
    const result = await tool("content-check.ts", root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/date\.md:4: date: « 2025-02-30 » n’est pas une date valide/);
    expect(result.stderr).toMatch(/refs\.md:5: author: auteur inconnu « inconnu »/);
    expect(result.stderr).toMatch(/refs\.md:6: category: rubrique inconnue « meteo »/);
    expect(result.stderr).toMatch(/yaml\.md:\d+: YAML invalide/);
    expect(result.stdout).toMatch(/4 articles, 0 page : 4 erreurs/);
  });
});

describe("npm run content:check and content/une.yaml", () => {
  it("fails on an unknown slug, warns of a pick still scheduled or expired", async () => {
    const root = await contentDir({
      "bon.md": good("Bon"),
      "plus-tard.md": good("Plus tard").replace("2025-04-13T21:30:00+01:00", "2099-01-01T08:00:00+01:00"),
    });
    await writeFile(path.join(root, "une.yaml"), '- plus-tard\n- slug: bon\n  until: "2025-04-14"\n');
    const clean = await tool("content-check.ts", root, [], { LESINFOS_NOW: "2025-04-15T12:00:00Z" });
    expect(clean.code).toBe(0);
    expect(clean.stderr).toMatch(
      /une\.yaml:1: slug: « plus-tard » est programmé : il n’entrera à la une qu’à sa date de publication \(avertissement\)/,
    );
    expect(clean.stderr).toMatch(/une\.yaml:2: until: le choix de « bon » a expiré : il ne compte plus \(avertissement\)/);

    await writeFile(path.join(root, "une.yaml"), "- bon\n- disparu\n");
    const broken = await tool("content-check.ts", root);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/une\.yaml:2: slug: article inconnu « disparu »/);
  });
});

describe("npm run new", () => {
  it("creates a draft dated now in Casablanca time and prints its preview address", async () => {
    const root = await contentDir({ "budget-2027-le-vote.md": good("Existant") });
    const result = await tool("new-article.ts", root, ["Budget 2027 : le vote", "--rubrique", "politique", "--auteur", "salma-bennani"], {
      LESINFOS_NOW: "2025-04-15T12:00:00Z",
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("budget-2027-le-vote-2.md");
    expect(result.stdout).toContain("http://localhost:3000/article/budget-2027-le-vote-2");

    const text = await readFile(path.join(root, "articles", "budget-2027-le-vote-2.md"), "utf8");
    const parsed = parseFrontMatter(text, "x.md");
    expect(parsed.ok && parsed.value.data).toMatchObject({
      title: "Budget 2027 : le vote",
      date: "2025-04-15T13:00:00+01:00",
      author: "salma-bennani",
      category: "politique",
      draft: true,
    });
    expect(parseContentDate("2025-04-15T13:00:00+01:00")?.toISOString()).toBe("2025-04-15T12:00:00.000Z");
    const check = await tool("content-check.ts", root);
    expect(check.code).toBe(0);
  });

  it("refuses an unknown rubrique and writes nothing", async () => {
    const root = await contentDir({});
    const result = await tool("new-article.ts", root, ["Titre", "--rubrique", "meteo"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Rubrique inconnue « meteo »");
    expect(await readdir(path.join(root, "articles"))).toEqual([]);
  });
});
