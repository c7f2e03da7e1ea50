import { expect, test } from "./support/fixtures";

test("de l’accueil à un article, à sa rubrique, puis à un autre article", async ({ page }) => {
  await page.goto("/");
  const firstLatest = page.getByRole("region", { name: "À la une" }).getByRole("heading", { level: 3 }).first();
  const title = (await firstLatest.textContent())!.trim();
  await firstLatest.getByRole("link").click();
  await expect(page).toHaveURL(/\/article\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  const kicker = page.getByRole("article").first().locator("header").getByRole("link").first();
  const rubrique = (await kicker.textContent())!.trim();
  await kicker.click();
  await expect(page).toHaveURL(/\/rubrique\/[a-z]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(rubrique);

  const other = page.getByRole("main").getByRole("heading", { level: 2 }).nth(1);
  const otherTitle = (await other.textContent())!.trim();
  await other.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(otherTitle);
});

test("le bandeau et le pied de page mènent aux rubriques et aux pages fixes", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Rubriques", exact: true }).getByRole("link", { name: "Culture" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Culture");

  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("heading", { name: "Qui sommes-nous ?" })).toBeVisible();
  await expect(footer).toContainText(`© ${new Date().getFullYear()} Lesinfos`);
  await footer.getByRole("link", { name: "En savoir plus sur la rédaction" }).click();
  await expect(page).toHaveURL(/\/a-propos$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Qui sommes-nous ?");

  await page.getByRole("contentinfo").getByRole("link", { name: "Mentions légales" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentions légales");
  await page.getByRole("contentinfo").getByRole("link", { name: "Contact" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contact");
  await page.getByRole("contentinfo").getByRole("link", { name: "La lettre de Lesinfos" }).click();
  await expect(page).toHaveURL(/\/lettre$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La lettre de Lesinfos");
});

test("la page d’une rubrique liste ses articles, du plus récent au plus ancien", async ({ page }) => {
  await page.goto("/rubrique/sport");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sport");
  const instants = await page
    .getByRole("main")
    .locator("time")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
  expect(instants.length).toBeGreaterThanOrEqual(4);
  expect(instants).toEqual([...instants].sort((a, b) => Date.parse(b) - Date.parse(a)));
});

test("le lien d’évitement mène au contenu", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenu$/);
});
