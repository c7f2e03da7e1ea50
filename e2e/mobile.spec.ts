import { expect, test } from "./support/fixtures";

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

test("sur 375 px, le menu s’ouvre et mène à une rubrique", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Menu", exact: true });
  await expect(nav).toBeHidden();
  await page.getByText("Menu", { exact: true }).click();
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "Sport" }).click();
  await expect(page).toHaveURL(/\/rubrique\/sport$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sport");
});

test("le menu s’utilise au clavier seul", async ({ page }) => {
  await page.goto("/");
  const summary = page.locator("summary", { hasText: "Menu" });
  await summary.focus();
  await page.keyboard.press("Enter");
  const nav = page.getByRole("navigation", { name: "Menu", exact: true });
  await expect(nav).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("searchbox", { name: "Rechercher dans Lesinfos" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("button", { name: "Rechercher" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Accueil" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Fil info" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Politique" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/rubrique\/politique$/);
});

test("aucune page ne défile horizontalement sur 375 px", async ({ page }) => {
  for (const path of ["/", "/rubrique/economie", "/a-propos", "/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("sur 320 px, un tableau défile dans sa propre zone, au clavier aussi, sans élargir la page", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/article/inflation-la-hausse-des-prix-ralentit-a-1-8-sur-un-an-en-octobre");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const region = page.getByRole("region", { name: "Tableau 1" });
  await expect(region.getByRole("columnheader", { name: "Poste de dépense" })).toBeVisible();
  await region.focus();
  await expect(region).toBeFocused();
  // The sample's table is wider than 320 px (326 px in 288 measured): it scrolls, by keyboard too.
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

/**
 * The home at 375 px stays within ten screens of 740 px (README, « Pages »): 5,476 px when first set, 6,172 px
 * once the sample content had an alert banner, a live coverage lifted above the lead and the legal notices in the footer,
 * 6,779 px with « Les plus lus » (three titles on a phone) and the newsletter sign-up.
 */
const HOME_HEIGHT_AT_375 = 7_000;

test(`sur 375 px, l’accueil tient en ${HOME_HEIGHT_AT_375} px et ses listes sont des cartes compactes à vignette`, async ({ page }) => {
  await page.goto("/");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(HOME_HEIGHT_AT_375);
  // Under the lead, a picture is a thumbnail beside its headline, not a full-width picture.
  const thumbnails = await page
    .locator("main article img")
    .evaluateAll((images) => images.slice(1).map((img) => img.getBoundingClientRect().width));
  expect(thumbnails.length).toBeGreaterThan(3);
  for (const width of thumbnails) expect(width).toBeLessThanOrEqual(120);
});
