import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { parseFrontMatter } from "../lib/content/front-matter";
import { renderMarkdown } from "../lib/content/markdown";
import { parseContentDate } from "../lib/dates";
import { articleFile, contentFolder } from "../lib/testing/content-folder";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

const contentDir = (articles: Record<string, string>) =>
  contentFolder({
    authors: [
      { id: "redaction", name: "La rédaction" },
      { id: "salma-bennani", name: "Salma Bennani" },
    ],
    articles,
  });

async function tool(script: string, root: string, args: string[] = [], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(tsx, [`scripts/${script}`, ...args], { env: { ...process.env, CONTENT_DIR: root, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const good = (title: string, fields: Record<string, unknown> = {}) => articleFile({ title, ...fields });

describe("npm run content:check", () => {
  it("passes clean content, with its warnings, and exits 0", async () => {
    const root = await contentDir({
      a: good("Un titre", { tags: ["Sécurité routière"] }),
      b: good("Un titre", { tags: ["sécurité routière"] }),
      c: good("x".repeat(120)),
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
      bon: good("Bon"),
      date: good("Date", { date: "2025-02-30" }),
      refs: good("Refs", { author: "inconnu", category: "meteo" }),
      yaml: '---\ntitle: "Ouvert\n---\nx',
    });
    const result = await tool("content-check.ts", root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/date\.md:4: date: « 2025-02-30 » n’est pas une date valide/);
    expect(result.stderr).toMatch(/refs\.md:5: author: auteur inconnu « inconnu »/);
    expect(result.stderr).toMatch(/refs\.md:6: category: rubrique inconnue « meteo »/);
    expect(result.stderr).toContain('yaml.md:2: YAML invalide : le guillemet " ouvert sur cette ligne n’est jamais fermé');
    expect(result.stdout).toMatch(/4 articles, 0 page : 4 erreurs/);
  });
});

describe("npm run new", () => {
  it("creates a draft dated now in Casablanca time and prints its preview address", async () => {
    const root = await contentDir({ "budget-2027-le-vote": good("Existant") });
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
    // What the preview shows of the template: no Markdown code, whose backticks would show.
    expect(parsed.ok && renderMarkdown(parsed.value.body)).toBe(
      "<p>Le texte de l’article commence ici. Un intertitre s’écrit seul sur sa ligne, après deux dièses et une espace\u00a0: «\u202f## Les chiffres\u202f».</p>",
    );
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
