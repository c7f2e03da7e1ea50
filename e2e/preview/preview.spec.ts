import { readFile, rm, writeFile } from "node:fs/promises";

import { expect, test } from "../support/fixtures";

// `next dev` compiles each page on first request: allow it the time.
test.setTimeout(120_000);

test("l’aperçu montre brouillons et articles programmés, avec leur badge", async ({ page }) => {
  await page.goto("/");
  const une = page.getByRole("region", { name: "À la une" });
  await expect(une.getByRole("heading", { name: "Un brouillon en cours d’écriture" })).toBeVisible();
  await expect(une.getByText("Brouillon", { exact: true })).toBeVisible();
  await expect(une.getByText("Programmé", { exact: true })).toBeVisible();

  await page.goto("/rubrique/politique");
  await expect(page.getByRole("heading", { name: "Un brouillon en cours d’écriture" })).toBeVisible();
});

test("le badge suit brouillons et articles programmés dans le fil info, la recherche et les archives", async ({ page }) => {
  await page.goto("/fil-info");
  const main = page.getByRole("main");
  await expect(main.getByText("Brouillon", { exact: true })).toHaveCount(1);
  await expect(main.getByText("Programmé", { exact: true })).toHaveCount(1);

  await page.goto("/recherche?q=brouillon");
  const hit = page.getByRole("main").getByRole("listitem").filter({ hasText: "Un brouillon en cours d’écriture" });
  await expect(hit.getByText("Brouillon", { exact: true })).toBeVisible();

  await page.goto("/archives/2025/04");
  await expect(page.getByRole("main").getByText("Brouillon", { exact: true })).toHaveCount(1);
});

test("un brouillon s’affiche avec sa bannière", async ({ page }) => {
  await page.goto("/article/brouillon-en-cours");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Un brouillon en cours d’écriture");
  await expect(page.getByRole("status")).toContainText("Brouillon");
});

test("un article programmé s’affiche avec « Programmé pour le … à … »", async ({ page }) => {
  await page.goto("/article/article-programme");
  await expect(page.getByRole("status")).toContainText("Programmé pour le vendredi 1er mai 2099 à 8\u00a0h\u00a030");
});

test("un fichier cassé montre son erreur à sa place, le reste du site fonctionne", async ({ page }) => {
  await page.goto("/article/fichier-casse");
  const alert = page.getByRole("alert").filter({ hasText: "Cet article ne peut pas être affiché" });
  await expect(alert.getByRole("heading", { level: 1 })).toHaveText("Cet article ne peut pas être affiché");
  await expect(alert).toContainText("e2e/fixtures/preview/articles/fichier-casse.md:4: date: « 2025-13-45 » n’est pas une date valide");
  await expect(alert).toContainText("fichier-casse.md:5: author: auteur inconnu « personne »");

  await page.goto("/article/article-publie");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Un article publié");
});

test("une modification du Markdown se voit au rechargement, sans redémarrage", async ({ page }) => {
  const file = "e2e/fixtures/preview/articles/article-publie.md";
  const original = await readFile(file, "utf8");
  try {
    await page.goto("/article/article-publie");
    await expect(page.getByText("Le texte de l’article publié.")).toBeVisible();
    await writeFile(file, original.replace("Le texte de l’article publié.", "Un paragraphe corrigé par la rédaction."));
    await expect(async () => {
      await page.reload();
      await expect(page.getByText("Un paragraphe corrigé par la rédaction.")).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await page.goto("/");
    await expect(page.getByRole("region", { name: "À la une" })).toBeVisible();
  } finally {
    await writeFile(file, original);
  }
});

test("un nouvel article apparaît dans les listes au rechargement", async ({ page }) => {
  const file = "e2e/fixtures/preview/articles/nouvel-article.md";
  try {
    await writeFile(
      file,
      '---\ntitle: "Tout nouvel article"\ndescription: "Ajouté pendant l’aperçu."\ndate: "2025-04-15T10:00:00+01:00"\nauthor: redaction\ncategory: sport\n---\nTexte.\n',
    );
    await expect(async () => {
      await page.goto("/rubrique/sport");
      await expect(page.getByRole("heading", { name: "Tout nouvel article" })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
  } finally {
    await rm(file, { force: true });
  }
});
