import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseFrontMatter } from "../lib/content/front-matter";
import { renderMarkdown } from "../lib/content/markdown";
import { parseContentDate } from "../lib/dates";
import { articleFile, contentFolder } from "../lib/testing/content-folder";
import { runScript } from "../lib/testing/run-script";

const contentDir = (articles: Record<string, string>) =>
  contentFolder({
    authors: [
      { id: "redaction", name: "La rédaction" },
      { id: "salma-bennani", name: "Salma Bennani" },
    ],
    articles,
  });

describe("npm run new", () => {
  it("creates a draft dated now in Casablanca time and prints its preview address", async () => {
    const root = await contentDir({ "budget-2027-le-vote": articleFile({ title: "Existant" }) });
    const result = await runScript(
      "new-article.ts",
      root,
      ["Budget 2027 : le vote", "--rubrique", "politique", "--auteur", "salma-bennani"],
      {
        LESINFOS_NOW: "2025-04-15T12:00:00Z",
      },
    );
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
    const check = await runScript("content-check.ts", root);
    expect(check.code).toBe(0);
  });

  it("refuses an unknown rubrique and writes nothing", async () => {
    const root = await contentDir({});
    const result = await runScript("new-article.ts", root, ["Titre", "--rubrique", "meteo"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Rubrique inconnue « meteo »");
    expect(await readdir(path.join(root, "articles"))).toEqual([]);
  });
});
