import { adjacentInRubrique } from "../lib/related";
import { collectTags } from "../lib/tags";
import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";

const NBSP = "\u00a0";
const ARTICLE = "ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit";

test("le fil d’Ariane et les articles voisins de la rubrique", async ({ page }) => {
  const { articles } = await publishedContent();
  const article = articles.find((a) => a.slug === ARTICLE)!;
  const { older, newer } = adjacentInRubrique(article, articles);
  await page.goto(article.url);

  const breadcrumb = page.getByRole("navigation", { name: "Fil d’Ariane" });
  await expect(breadcrumb.getByRole("listitem")).toHaveText(["Accueil", "Économie", article.title]);
  await expect(breadcrumb.getByRole("link", { name: "Économie" })).toHaveAttribute("href", "/rubrique/economie");

  const neighbours = page.getByRole("navigation", { name: "Dans la même rubrique" });
  const [previous, next] = [neighbours.getByRole("link").first(), neighbours.getByRole("link").last()];
  await expect(previous).toHaveAttribute("href", older!.url);
  await expect(previous).toContainText(older!.title);
  await expect(next).toHaveAttribute("href", newer!.url);
  await expect(next).toContainText(newer!.title);
});

test("la rédaction, puis la page d’une journaliste et ses articles", async ({ page }) => {
  const { articles, authors } = await publishedContent();
  await page.goto("/auteurs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La rédaction");
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([...authors.values()].map((a) => a.name));

  await page.getByRole("main").getByRole("link", { name: "Nadia Cherkaoui" }).click();
  await expect(page).toHaveURL(/\/auteur\/nadia-cherkaoui$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nadia Cherkaoui");
  await expect(page.getByText("Journaliste, rubrique Société")).toBeVisible();
  await expect(page.getByText(/^Nadia Cherkaoui écrit sur l’éducation/)).toBeVisible();
  const hers = articles.filter((a) => a.author.id === "nadia-cherkaoui");
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(hers.map((a) => a.title));
});

test("une page de mot-clé liste ses articles, toutes graphies confondues", async ({ page }) => {
  const { articles } = await publishedContent();
  const tag = collectTags(articles).get("economie")!;
  await page.goto("/tag/economie");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Mot-clé${NBSP}: ${tag.label}`.replace(NBSP, " "));
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(tag.articles.map((a) => a.title));
});

test("le fil info liste tout, par jour, avec l’heure de Casablanca", async ({ page }) => {
  const { articles } = await publishedContent();
  await page.goto("/");
  await page.getByRole("navigation", { name: "Rubriques", exact: true }).getByRole("link", { name: "Fil info" }).click();
  await expect(page).toHaveURL(/\/fil-info$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Infos continues");
  await expect(page.getByRole("main").getByRole("heading", { level: 3 })).toHaveText(articles.slice(0, 30).map((a) => a.title));

  const dayOfPorts = page.getByRole("region", { name: "Lundi 7 septembre 2026" });
  await expect(dayOfPorts).toBeVisible();
  await expect(dayOfPorts.getByRole("listitem").filter({ hasText: "Ports" }).locator("time")).toHaveText(`14${NBSP}h${NBSP}20`);
  // 23 h 45 in Casablanca on 22 August (22 h 45 UTC) belongs to 22 August.
  const late = page.getByRole("region", { name: "Samedi 22 août 2026" });
  await expect(late.getByRole("listitem").filter({ hasText: "bombardiers" }).locator("time")).toHaveText(`23${NBSP}h${NBSP}45`);
});

test("les archives, mois par mois, avec les mois voisins", async ({ page }) => {
  const { articles } = await publishedContent();
  const september = articles.filter((a) => a.publishedAt.toISOString().startsWith("2026-09"));
  await page.goto("/archives");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archives");
  // A calendar: each month of the year under its heading, with its count; a month without articles is no link.
  const year = page.getByRole("region", { name: "2026" });
  await expect(year.getByRole("listitem")).toHaveCount(12);
  await expect(year.getByText("décembre", { exact: true })).toBeVisible();
  await expect(year.getByRole("link", { name: /^décembre/ })).toHaveCount(0);
  await year.getByRole("link", { name: new RegExp(`^septembre ${september.length}\\s+articles$`) }).click();
  await expect(page).toHaveURL(/\/archives\/2026\/09$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Archives${NBSP}: septembre 2026`.replace(NBSP, " "));
  await expect(page.getByRole("main").getByRole("heading", { level: 3 })).toHaveCount(september.length);
  await expect(page.getByRole("link", { name: /Mois précédent.*août 2026/ })).toHaveAttribute("href", "/archives/2026/08");
  await expect(page.getByRole("link", { name: /Mois suivant.*octobre 2026/ })).toHaveAttribute("href", "/archives/2026/10");
});

for (const path of [
  "/auteur/inconnu",
  "/tag/inexistant",
  "/fil-info/page/99",
  "/archives/2026/13",
  "/archives/1999/01",
  "/auteur/redaction/page/9",
]) {
  test(`${path} répond 404`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  });
}
