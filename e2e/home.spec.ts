import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";

test("la une ouvre l’accueil, puis les dernières actualités de la plus récente à la plus ancienne", async ({ page }) => {
  const { articles } = await publishedContent();
  const lead = articles.find((article) => article.featured) ?? articles[0]!;
  await page.goto("/");

  await expect(page).toHaveTitle("Lesinfos — L’information du Maroc et du monde, vérifiée");
  const une = page.getByRole("region", { name: "À la une" });
  await expect(une.getByRole("heading", { level: 3 })).toHaveText(lead.title);
  await expect(une.getByText(lead.description)).toBeVisible();

  const latest = page.getByRole("region", { name: "Dernières actualités" });
  const expected = articles.filter((article) => article !== lead).slice(0, 12);
  await expect(latest.getByRole("heading", { level: 3 })).toHaveText(expected.map((article) => article.title));

  const instants = await latest.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  const sorted = [...instants].sort((a, b) => Date.parse(b) - Date.parse(a));
  expect(instants).toEqual(sorted);
  expect(instants[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+01:00$/);
});

test("un bloc par rubrique ferme la page d’accueil", async ({ page }) => {
  const { rubriques } = await publishedContent();
  await page.goto("/");
  for (const rubrique of rubriques) {
    const block = page.getByRole("region", { name: new RegExp(`^${rubrique.name}`) });
    await expect(block.getByRole("link", { name: `Toute la rubrique ${rubrique.name}` })).toHaveAttribute("href", rubrique.url);
  }
});

test("les articles plus anciens continuent sur /page/2", async ({ page }) => {
  const { articles } = await publishedContent();
  const lead = articles.find((article) => article.featured) ?? articles[0]!;
  const older = articles.filter((article) => article !== lead).slice(12, 24);

  await page.goto("/");
  await page.getByRole("link", { name: "Page suivante" }).click();
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dernières actualités");
  await expect(page.getByRole("region", { name: "Dernières actualités" }).getByRole("heading", { level: 3 })).toHaveText(
    older.map((article) => article.title),
  );
  await page.getByRole("link", { name: "Page précédente" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("/page/1 renvoie vers l’accueil", async ({ page }) => {
  const response = await page.goto("/page/1");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/$/);
});
