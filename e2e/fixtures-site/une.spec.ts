import { expect, test } from "../support/fixtures";

// e2e/fixtures/site/une.yaml, read at the fixture clock (2026-06-01 12:00 in Casablanca).
test("la une suit les choix de la rédaction encore valides : ni programmé, ni expiré", async ({ page }) => {
  await page.goto("/");
  const une = page.getByRole("region", { name: "À la une" });
  // The scheduled pick waits for its time, the expired one no longer counts: the third pick leads.
  await expect(une.getByRole("heading", { level: 3 })).toHaveText([
    "Le marché central rouvre ses portes après travaux",
    "Le conseil régional ouvre sa session ordinaire",
    /^Titre piégé/,
  ]);
  await expect(page.locator("body")).not.toContainText("sous embargo");
});
