import { writeFile } from "node:fs/promises";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { articleFile, contentFolder } from "../lib/testing/content-folder";
import { runScript } from "../lib/testing/run-script";

const good = (title: string, fields: Record<string, unknown> = {}) => articleFile({ title, ...fields });

describe("npm run content:check", () => {
  it("passes clean content, with its warnings, and exits 0", async () => {
    const root = await contentFolder({
      articles: {
        a: good("Un titre", { tags: ["Sécurité routière"] }),
        b: good("Un titre", { tags: ["sécurité routière"] }),
        c: good("x".repeat(120)),
      },
    });
    const result = await runScript("content-check.ts", root);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("a.md:2: title: même titre que");
    expect(result.stderr).toContain("c.md:2: title: titre de 120 caractères (plus de 110");
    expect(result.stderr).toMatch(/b\.md:7: tags: graphies concurrentes d’un même mot-clé : « Sécurité routière », « sécurité routière »/);
    expect(result.stdout).toMatch(/3 articles, 0 page : 0 erreur, 5 avertissements /);
  });

  it("reports every error with file, line and field, and exits 1", async () => {
    const root = await contentFolder({
      articles: {
        bon: good("Bon"),
        date: good("Date", { date: "2025-02-30" }),
        refs: good("Refs", { author: "inconnu", category: "meteo" }),
        yaml: '---\ntitle: "Ouvert\n---\nx',
      },
    });
    const result = await runScript("content-check.ts", root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/date\.md:4: date: « 2025-02-30 » n’est pas une date valide/);
    expect(result.stderr).toMatch(/refs\.md:5: author: auteur inconnu « inconnu »/);
    expect(result.stderr).toMatch(/refs\.md:6: category: rubrique inconnue « meteo »/);
    expect(result.stderr).toContain('yaml.md:2: YAML invalide : le guillemet " ouvert sur cette ligne n’est jamais fermé');
    expect(result.stdout).toMatch(/4 articles, 0 page : 4 erreurs/);
  });
});

describe("npm run content:check and content/une.yaml", () => {
  it("fails on an unknown slug, warns of a pick still scheduled or expired", async () => {
    const root = await contentFolder({
      articles: { bon: good("Bon"), "plus-tard": good("Plus tard", { date: "2099-01-01T08:00:00+01:00" }) },
    });
    await writeFile(path.join(root, "une.yaml"), '- plus-tard\n- slug: bon\n  until: "2025-04-14"\n');
    const clean = await runScript("content-check.ts", root, [], { LESINFOS_NOW: "2025-04-15T12:00:00Z" });
    expect(clean.code).toBe(0);
    expect(clean.stderr).toMatch(
      /une\.yaml:1: slug: « plus-tard » est programmé : il n’entrera à la une qu’à sa date de publication \(avertissement\)/,
    );
    expect(clean.stderr).toMatch(/une\.yaml:2: until: le choix de « bon » a expiré : il ne compte plus \(avertissement\)/);

    await writeFile(path.join(root, "une.yaml"), "- bon\n- disparu\n");
    const broken = await runScript("content-check.ts", root);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/une\.yaml:2: slug: article inconnu « disparu »/);
  });
});
