import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";

test.use({ javaScriptEnabled: false });

test("chaque type de page affiche son contenu sans JavaScript", async ({ page }) => {
  const { articles, rubriques } = await publishedContent();
  const article = articles[0]!;
  const pages: [string, string | RegExp][] = [
    ["/", "Lesinfos — L’information du Maroc et du monde, vérifiée"],
    [article.url, article.title],
    [rubriques[0]!.url, rubriques[0]!.name],
    ["/page/2", /Dernières actualités/],
    ["/a-propos", "Qui sommes-nous ?"],
    ["/mentions-legales", "Mentions légales"],
    ["/contact", "Contact"],
    ["/article/inconnu", "Page introuvable"],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    await expect(page.getByRole("contentinfo")).toContainText("Lesinfos");
  }
  await page.goto(article.url);
  await expect(page.locator("article .prose-article p").first()).toBeVisible();
});

test("le menu s’ouvre sans JavaScript sur un écran étroit", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/");
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Menu", exact: true }).getByRole("link", { name: "Société" }).click();
  await expect(page).toHaveURL(/\/rubrique\/societe$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Société");
});
