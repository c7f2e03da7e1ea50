import { expect, test } from "../support/fixtures";

const SCHEDULED = "/article/resultats-sous-embargo";
const DRAFT = "/article/brouillon-interne";

test("avant l’embargo, l’article programmé et le brouillon répondent 404", async ({ page }) => {
  for (const path of [SCHEDULED, DRAFT]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  }
});

test("l’article programmé et le brouillon n’apparaissent sur aucune page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "À la une" })).toContainText("Le conseil régional ouvre sa session ordinaire");
  for (const path of ["/", "/rubrique/societe", "/rubrique/politique", "/tag/casablanca", "/fil-info", "/archives", "/auteur/redaction"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const html = await response!.text();
    expect(html, path).not.toContain("sous embargo");
    expect(html, path).not.toContain("Brouillon interne");
  }
  expect((await page.goto("/archives/2026/06"))?.status()).toBe(404);
});

test("ni la recherche, ni les flux, ni les plans du site ne les connaissent", async ({ page, request }) => {
  for (const query of ["embargo carte scolaire", "conférence rédaction notes", "Casablanca"]) {
    const response = await page.goto(`/recherche?q=${encodeURIComponent(query)}`);
    const html = await response!.text();
    expect(html, query).not.toContain("/article/resultats-sous-embargo");
    expect(html, query).not.toContain("/article/brouillon-interne");
  }
  await expect(page.getByRole("main").getByRole("link", { name: /marché central/ })).toBeVisible();
  for (const path of ["/rss.xml", "/rubrique/societe/rss.xml", "/sitemap.xml", "/news-sitemap.xml"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.text();
    expect(body, path).not.toContain("resultats-sous-embargo");
    expect(body, path).not.toContain("brouillon-interne");
  }
});
