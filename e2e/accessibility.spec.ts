import { axeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { PAGE_TYPES } from "./support/pages";

for (const width of [375, 1280]) {
  for (const scheme of ["light", "dark"] as const) {
    test.describe(`${width} px, thème ${scheme === "light" ? "clair" : "sombre"}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme: scheme });

      for (const [name, path] of Object.entries(PAGE_TYPES)) {
        test(`axe (WCAG 2.2 AA) ne trouve aucune violation : ${name}`, async ({ page }) => {
          await page.goto(path);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    });
  }
}

for (const [name, path] of Object.entries(PAGE_TYPES)) {
  test(`structure : ${name}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Rubriques", exact: true })).toHaveCount(1);

    // Headings never skip a level going down.
    const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => {
      if (i > 0) expect(level, `titre h${level} après h${levels[i - 1]}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    // Every image has an alt attribute; link texts make sense out of context.
    expect(await page.locator("img:not([alt])").count()).toBe(0);
    const linkTexts = await page.locator("a").evaluateAll((links) => links.map((a) => (a.textContent ?? "").trim().toLowerCase()));
    for (const text of linkTexts) expect(["lire la suite", "cliquez ici", "ici", "en savoir plus"]).not.toContain(text);
  });

  test(`à 320 px (texte zoomé à 200 %), pas de défilement horizontal : ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("le passage en arabe garde sa langue et son sens d’écriture", async ({ page }) => {
  await page.goto(PAGE_TYPES["article en arabe"]);
  const arabic = page.locator('article [lang="ar"]');
  await expect(arabic).toHaveAttribute("dir", "rtl");
  await expect(arabic).toHaveText(/[\u0600-\u06ff]/);
});

test("au clavier : lien d’évitement, puis chaque élément reçoit un contour de focus visible", async ({ page }) => {
  await page.goto(PAGE_TYPES.article);
  const seen: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        text: (element.textContent ?? element.getAttribute("aria-label") ?? "").trim(),
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    expect(focus, `tabulation ${i + 1}`).not.toBeNull();
    expect(focus!.outline, `contour de « ${focus!.text} »`).not.toBe("none");
    expect(focus!.width).toBeGreaterThanOrEqual(2);
    seen.push(focus!.text);
  }
  expect(seen[0]).toBe("Aller au contenu");
});

test("les animations respectent prefers-reduced-motion", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  const duration = await page.evaluate(() => getComputedStyle(document.body).transitionDuration);
  expect(parseFloat(duration)).toBeLessThanOrEqual(0.00001);
});
