import { expect, test } from "./support/fixtures";

const ARTICLE = "/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit";

test("le thème sombre suit la préférence du système", async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(ARTICLE);
  expect(await background()).toBe("rgb(255, 255, 255)");
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background()).toBe("rgb(20, 18, 15)");
});

test("à l’impression, un article perd la navigation et montre son adresse", async ({ page }) => {
  await page.goto(ARTICLE);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Rubriques", exact: true })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("region", { name: "Partager cet article" })).toBeHidden();
  await expect(page.getByText(`http://localhost:3000${ARTICLE}`, { exact: true })).toBeVisible();
  const imageWidth = await page
    .getByRole("article")
    .first()
    .getByRole("img")
    .first()
    .evaluate((img) => img.getBoundingClientRect().width);
  const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
  expect(imageWidth).toBeLessThanOrEqual(pageWidth);
});

test("les polices viennent du site lui-même, deux fichiers au plus", async ({ page }) => {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(request.url());
  });
  await page.goto(ARTICLE);
  await page.waitForLoadState("networkidle");
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.length).toBeLessThanOrEqual(2);
  const site = new URL(page.url()).host;
  for (const url of fonts) expect(new URL(url).host).toBe(site);
});
