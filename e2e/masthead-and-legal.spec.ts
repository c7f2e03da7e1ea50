import { now } from "../lib/clock";
import { casablancaDay, formatDayHeading, formatHijriDate } from "../lib/dates";
import { site } from "../lib/site";
import { expect, test } from "./support/fixtures";
import { PAGE_TYPES } from "./support/pages";

test.use({ javaScriptEnabled: false });

test("le bandeau donne la date du jour à Casablanca et la date hégirienne, pas celle du build figée", async ({ page }) => {
  const today = now();
  for (const path of ["/", PAGE_TYPES.article, "/a-propos"]) {
    await page.goto(path);
    const line = page
      .getByRole("banner")
      .locator("p")
      .filter({ has: page.locator("time") })
      .first();
    await expect(line.locator("time"), path).toHaveAttribute("datetime", casablancaDay(today));
    await expect(line, path).toContainText(formatDayHeading(today));
    await expect(line, path).toContainText(formatHijriDate(today));
  }
});

test("les pages sans autre échéance sont régénérées au plus tard à minuit (Casablanca)", async ({ request }) => {
  const response = await request.get("/a-propos");
  const maxAge = Number(/s-maxage=(\d+)/.exec(response.headers()["cache-control"] ?? "")?.[1]);
  // Prerendered at build time with the seconds left until midnight, so at most a day.
  expect(maxAge).toBeGreaterThan(0);
  expect(maxAge).toBeLessThanOrEqual(86_400);
});

test("les mentions légales de la configuration sont en pied de chaque page et en entier sur /mentions-legales", async ({ page }) => {
  const { legal } = site;
  const required = [legal.director, legal.publisher.name, legal.publisher.address, legal.host.name, legal.host.address];
  for (const path of ["/", PAGE_TYPES.article, PAGE_TYPES.rubrique, "/article/inconnu"]) {
    await page.goto(path);
    const footer = page.getByRole("contentinfo");
    for (const value of [...required, ...legal.management.map((person) => person.name)]) await expect(footer, path).toContainText(value);
  }
  await page.goto("/mentions-legales");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentions légales");
  const notice = page.getByRole("main").locator("dl");
  await expect(notice).toContainText("Direction de la publication");
  await expect(notice).toContainText("Hébergement");
  for (const value of [...required, ...legal.management.map((person) => `${person.name}, ${person.role}`)])
    await expect(notice).toContainText(value);
  // The newsroom's own text follows.
  await expect(page.getByRole("heading", { level: 2, name: "Données personnelles" })).toBeVisible();
  // No made-up audience figure: this server counted nobody yesterday.
  await expect(notice).not.toContainText("Visiteurs hier");
  await expect(page.getByRole("heading", { level: 2, name: "Mesure d’audience" })).toBeVisible();
});
