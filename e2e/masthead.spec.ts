import { expect, test } from "./support/fixtures";

test("la navigation montre la rubrique où l’on est, avec aria-current", async ({ page }) => {
  const nav = page.getByRole("navigation", { name: "Rubriques", exact: true });
  for (const path of ["/rubrique/economie", "/rubrique/economie/page/2"]) {
    const response = await page.goto(path);
    if (response?.status() === 404) continue; // a rubrique of one page only
    await expect(nav.locator('[aria-current="page"]'), path).toHaveText("Économie");
    await expect(nav.getByRole("link", { name: "Économie" })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator("[aria-current]")).toHaveCount(1);
  }
  await page.goto("/fil-info");
  await expect(nav.locator('[aria-current="page"]')).toHaveText("Fil info");
  for (const path of ["/", "/auteurs", "/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit"]) {
    await page.goto(path);
    await expect(nav.locator("[aria-current]"), path).toHaveCount(0);
  }
});

test("sur mobile, le menu marque aussi la rubrique courante", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/rubrique/sport");
  await page.getByText("Menu", { exact: true }).click();
  const menu = page.getByRole("navigation", { name: "Menu", exact: true });
  await expect(menu.locator('[aria-current="page"]')).toHaveText("Sport");
});

for (const width of [320, 375, 768, 1024, 1280]) {
  test(`à ${width} px, le champ de recherche du bandeau montre tout son texte d’exemple`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    if (width < 768) await page.getByText("Menu", { exact: true }).click();
    const field = page.getByRole("banner").getByRole("searchbox", { name: "Rechercher dans Lesinfos" }).locator("visible=true");
    await expect(field).toHaveCount(1);
    const room = await field.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(input.placeholder).width;
      const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text, inner };
    });
    expect(room.text).toBeGreaterThan(50);
    expect(room.text).toBeLessThanOrEqual(room.inner);
  });
}
