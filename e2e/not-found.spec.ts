import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";

for (const path of [
  "/article/cet-article-n-existe-pas",
  "/article/Majuscules",
  "/rubrique/meteo",
  "/rubrique/sport/page/999",
  "/page/999",
  "/page/0",
  "/page/-1",
  "/page/1e3",
  "/page/abc",
  "/une-page-inconnue",
  "/article/ports-le-trafic/encore",
]) {
  test(`${path} répond 404 avec une page en français`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    await expect(page.getByRole("link", { name: "Revenir à l’accueil" })).toHaveAttribute("href", "/");
    await expect(page.getByRole("main").getByRole("link", { name: "Politique" })).toHaveAttribute("href", "/rubrique/politique");
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
  });
}

test("la page 404 est servie par le serveur lui-même, sans requête HTTP vers lui-même", async ({ request }) => {
  // A relative rewrite is one Next.js resolved inside the process; an absolute one was an HTTP request.
  const response = await request.get("/article/cet-article-n-existe-pas");
  expect(response.status()).toBe(404);
  expect(response.headers()["x-middleware-rewrite"]).toBe("/_introuvable/_");
});

test("la page 404 propose une recherche et les dernières actualités", async ({ page }) => {
  const { articles } = await publishedContent();
  await page.goto("/article/inconnu");
  const search = page.getByRole("search", { name: "Chercher un article" });
  await search.getByRole("searchbox").fill("dessalement");
  const latest = page.getByRole("region", { name: "Dernières actualités" });
  await expect(latest.getByRole("heading", { level: 3 })).toHaveText(articles.slice(0, 4).map((article) => article.title));
  await search.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\/recherche\?q=dessalement$/);
});
