import { adjacentInRubrique, relatedArticles } from "../lib/related";
import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";

const NBSP = "\u00a0";

test("un article montre titre, chapô, signature, date française, image et corps", async ({ page }) => {
  await page.goto("/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit");

  const article = page.getByRole("article").first();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Ports.+le trafic de conteneurs poursuit sa hausse sur le détroit$/);
  await expect(article.getByText(/^Les ports du nord du royaume ont traité près de 9/)).toBeVisible();
  await expect(article.getByText("Par Salma Bennani")).toBeVisible();
  await expect(article.getByRole("link", { name: "Salma Bennani" })).toHaveAttribute("href", "/auteur/salma-bennani");

  const published = article.locator("time").first();
  await expect(published).toHaveText(`lundi 7 septembre 2026 à 14${NBSP}h${NBSP}20`);
  await expect(published).toHaveAttribute("datetime", "2026-09-07T14:20:00+01:00");
  await expect(article.getByText(/^Publié le lundi 7 septembre 2026/)).toBeVisible();

  const cover = article.getByRole("img", { name: /conteneurs empilés/ });
  await expect(cover).toBeVisible();
  expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(article.getByText("Crédit : Illustration Lesinfos")).toBeVisible();

  await expect(article.getByRole("heading", { level: 2, name: "Le transbordement en tête" })).toBeVisible();
  await expect(article.getByText(/^Le détroit de Gibraltar n’a jamais été aussi fréquenté/)).toBeVisible();
  await expect(article.getByText(/^\d+\u00a0min de lecture$/)).toBeVisible();
  await expect(article.getByRole("link", { name: "Économie" }).first()).toHaveAttribute("href", "/rubrique/economie");
});

test("la date de mise à jour s’affiche quand l’article a été mis à jour", async ({ page }) => {
  await page.goto("/article/energie-solaire-une-nouvelle-centrale-entre-en-service-pres-d-errachidia");
  await expect(page.getByText(`Mis à jour le samedi 3 octobre 2026 à 10${NBSP}h${NBSP}05`)).toBeVisible();
  await expect(page.locator('time[datetime="2026-10-03T10:05:00+01:00"]')).toBeVisible();
});

test("mots-clés, partage sans JavaScript et articles à lire aussi", async ({ page }) => {
  const { articles } = await publishedContent();
  const target = articles.find((a) => a.slug === "ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit")!;
  const { newer, older } = adjacentInRubrique(target, articles);
  const related = relatedArticles(target, articles, 4, [newer, older]);
  await page.goto(target.url);

  const tags = page.getByRole("region", { name: "Mots-clés" });
  await expect(tags.getByRole("link")).toHaveText(target.tags.map((tag) => tag.label));
  await expect(tags.getByRole("link", { name: "Économie" })).toHaveAttribute("href", "/tag/economie");

  const share = page.getByRole("region", { name: "Partager cet article" });
  const url = encodeURIComponent(`http://localhost:3000${target.url}`);
  await expect(share.getByRole("link", { name: "Partager sur Facebook" })).toHaveAttribute(
    "href",
    `https://www.facebook.com/sharer/sharer.php?u=${url}`,
  );
  await expect(share.getByRole("link", { name: "Partager sur X" })).toHaveAttribute(
    "href",
    new RegExp(`^https://x\\.com/intent/post\\?url=${url.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&")}`),
  );
  await expect(share.getByRole("link", { name: "Partager sur WhatsApp" })).toHaveAttribute("href", /^https:\/\/wa\.me\/\?text=/);
  await expect(share.getByRole("link", { name: "Partager sur LinkedIn" })).toHaveAttribute(
    "href",
    /^https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?url=/,
  );
  await expect(share.getByRole("link", { name: "Envoyer par e-mail" })).toHaveAttribute("href", /^mailto:\?subject=/);

  const relatedSection = page.getByRole("region", { name: "À lire aussi" });
  expect(related).toHaveLength(4);
  await expect(relatedSection.getByRole("heading", { level: 3 })).toHaveText(related.map((a) => a.title));
});

test("le corps d’un article rend le Markdown GFM", async ({ page }) => {
  const { articles, markdownOf } = await publishedContent();
  const bodies = await Promise.all(articles.map(markdownOf));
  const withTable = articles[bodies.findIndex((body) => /^\|.+\|\s*$/m.test(body))]!;
  await page.goto(withTable.url);
  await expect(page.locator("article table")).toBeVisible();
});

test("« À lire aussi » ne répète pas l’article précédent ni le suivant", async ({ page }) => {
  const { articles } = await publishedContent();
  for (const article of articles.slice(0, 8)) {
    await page.goto(article.url);
    const beside = await page
      .getByRole("navigation", { name: "Dans la même rubrique" })
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    const related = await page
      .getByRole("region", { name: "À lire aussi" })
      .getByRole("heading", { level: 3 })
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(beside.length, article.slug).toBeGreaterThan(0);
    expect(related.length, article.slug).toBeGreaterThan(0);
    for (const href of beside) expect(related, article.slug).not.toContain(href);
  }
});
