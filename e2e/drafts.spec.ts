import { expect, test } from "./support/fixtures";

const DRAFT = "/article/ports-mediterraneens-un-forum-euro-africain-veut-coordonner-les-investissements";

test("le brouillon de l’exemple répond 404 en production", async ({ page }) => {
  const response = await page.goto(DRAFT);
  expect(response?.status()).toBe(404);
});

test("le brouillon n’apparaît sur aucune page du site", async ({ page }) => {
  for (const path of ["/", "/page/2", "/rubrique/monde", "/fil-info", "/archives/2026/11", "/auteur/youssef-el-amrani", "/tag/ports"]) {
    await page.goto(path);
    const hrefs = await page.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs, path).not.toContain(DRAFT);
  }
});

test("le brouillon n’est dans aucun flux ni plan du site", async ({ request }) => {
  for (const path of ["/rss.xml", "/rubrique/monde/rss.xml", "/sitemap.xml", "/news-sitemap.xml"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).not.toContain("ports-mediterraneens-un-forum");
  }
});
