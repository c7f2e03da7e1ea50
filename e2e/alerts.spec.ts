import { now } from "../lib/clock";
import { activeAlerts } from "../lib/content/alerts";
import { publishedContent } from "./support/content";
import { axeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { PAGE_TYPES } from "./support/pages";

test.describe("sans JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("l’alerte active est en haut de chaque page, l’alerte expirée nulle part", async ({ page }) => {
    const { alerts } = await publishedContent();
    const shown = activeAlerts(alerts, now());
    const expired = alerts.filter((alert) => alert.expiresAt <= now());
    expect(shown.map((alert) => alert.slug)).toEqual(["seisme-al-hoceima"]);
    expect(expired.map((alert) => alert.slug)).toEqual(["greve-des-transports"]);
    for (const path of ["/", PAGE_TYPES.article, PAGE_TYPES.rubrique, "/mentions-legales", "/article/inconnu"]) {
      await page.goto(path);
      const banner = page.getByRole("region", { name: "Dernière minute" });
      await expect(banner, path).toHaveCount(1);
      await expect(banner.locator("li"), path).toHaveCount(shown.length);
      await expect(banner, path).toContainText(shown[0]!.text);
      await expect(page.getByText(expired[0]!.text), path).toHaveCount(0);
      // Above the masthead: the first thing read after the skip link.
      const before = await banner.evaluate(
        (node) => !!(node.compareDocumentPosition(document.querySelector("header")!) & Node.DOCUMENT_POSITION_FOLLOWING),
      );
      expect(before, path).toBe(true);
    }
  });
});

test("le bandeau ne bouge pas, se lit à 320 px et respecte le contraste dans les deux thèmes", async ({ page }) => {
  test.setTimeout(180_000);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    for (const width of [320, 375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/");
      const banner = page.getByRole("region", { name: "Dernière minute" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
      const motion = await banner.evaluate((node) =>
        [node, ...node.querySelectorAll("*")].map((el) => getComputedStyle(el).animationName).filter((name) => name !== "none"),
      );
      expect(motion).toEqual([]);
      await expect(banner.locator("marquee")).toHaveCount(0);
      expect(await axeViolations(page), `${colorScheme}, ${width} px`).toEqual([]);
    }
  }
});
