import { axeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

const PAGES = {
  accueil: "/",
  article: "/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit",
  rubrique: "/rubrique/politique",
  "à propos": "/a-propos",
  "404": "/article/inconnu",
};

for (const scheme of ["light", "dark"] as const) {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`axe ne trouve aucune violation : ${name} (${scheme === "light" ? "clair" : "sombre"})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    });
  }
}
