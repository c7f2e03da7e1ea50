import { readFileSync } from "node:fs";

import { parse } from "yaml";

import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";

/** The slugs of content/une.yaml, in order: the sample newsroom's chosen front. */
function uneSlugs(): string[] {
  const picks = parse(readFileSync("content/une.yaml", "utf8")) as (string | { slug: string })[];
  return picks.map((pick) => (typeof pick === "string" ? pick : pick.slug));
}

test("la une suit content/une.yaml : le premier choix ouvre l’accueil, les suivants viennent en dessous", async ({ page }) => {
  const { articles } = await publishedContent();
  const chosen = uneSlugs().map((slug) => articles.find((article) => article.slug === slug)!);
  await page.goto("/");

  await expect(page).toHaveTitle("Lesinfos — L’information du Maroc et du monde, vérifiée");
  const une = page.getByRole("region", { name: "À la une" });
  const headlines = une.getByRole("heading", { level: 3 });
  await expect(headlines.first()).toHaveText(chosen[0]!.title);
  await expect(une.getByText(chosen[0]!.description)).toBeVisible();
  // The other picks come first under the lead, then the newest stories: 2 to 4 secondary stories in all.
  const titles = await headlines.allTextContents();
  expect(titles.slice(1, chosen.length)).toEqual(chosen.slice(1).map((article) => article.title));
  expect(titles.length - 1).toBeGreaterThanOrEqual(2);
  expect(titles.length - 1).toBeLessThanOrEqual(4);
});

test("« En continu » donne l’heure ou le jour des dernières actualités et mène au fil info", async ({ page }) => {
  const { articles } = await publishedContent();
  await page.goto("/");
  const wire = page.getByRole("region", { name: "En continu" });
  const top = await page.getByRole("region", { name: "À la une" }).getByRole("heading", { level: 3 }).allTextContents();
  // A live coverage in progress is lifted above the lead (« En direct »), and shown nowhere else.
  const lifted = await page.getByRole("region", { name: "En direct" }).getByRole("heading", { level: 3 }).allTextContents();
  const expected = articles.filter((article) => !top.includes(article.title) && !lifted.includes(article.title)).slice(0, 8);
  await expect(wire.getByRole("heading", { level: 3 })).toHaveText(expected.map((article) => article.title));
  // Older than today: the day (« 24 nov. »); today: the time (« 14 h 05 »).
  await expect(wire.locator("time").first()).toHaveText(/^(\d{1,2}\u00a0h\u00a0\d{2}|(1er|\d{1,2}) [a-zéû]+\.?)$/);
  await wire.getByRole("link", { name: "Tout le fil info" }).click();
  await expect(page).toHaveURL(/\/fil-info$/);
});

test("un bloc par rubrique : un petit article de tête et trois titres au plus, sans répéter la une", async ({ page }) => {
  const { rubriques } = await publishedContent();
  await page.goto("/");
  const top = await page.getByRole("region", { name: "À la une" }).getByRole("heading", { level: 3 }).allTextContents();
  for (const rubrique of rubriques) {
    const block = page.getByRole("region", { name: rubrique.name, exact: true });
    await expect(block.getByRole("link", { name: `Toute la rubrique ${rubrique.name}` })).toHaveAttribute("href", rubrique.url);
    const titles = await block.getByRole("heading", { level: 3 }).allTextContents();
    expect(titles.length, rubrique.name).toBeGreaterThanOrEqual(1);
    expect(titles.length, rubrique.name).toBeLessThanOrEqual(4);
    for (const title of titles) expect(top).not.toContain(title);
  }
});

test("pas de pagination au milieu de l’accueil : « Toutes les actualités » le ferme, /page/2 reste", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Pagination" })).toHaveCount(0);
  await expect(page.getByText(/Page \d+ sur \d+/)).toHaveCount(0);
  const all = page.getByRole("main").getByRole("link", { name: "Toutes les actualités" });
  await expect(all).toHaveAttribute("href", "/fil-info");
  // Nothing of the main column follows it but the newsletter's sign-up box.
  const last = await page.getByRole("main").locator("a:not(section[aria-labelledby='lettre-accueil-titre'] a)").last().textContent();
  expect(last).toBe("Toutes les actualités");
  expect((await page.goto("/page/2"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dernières actualités");
});

test("/page/2 commence juste après ce que montre l’accueil : aucun article deux fois, aucun oublié", async ({ page }) => {
  const { articles } = await publishedContent();
  // Every article a page's main column links to, once each, in order (« Les plus lus » repeats on purpose: left out).
  const linked = async () => {
    const hrefs = await page
      .getByRole("main")
      .locator('a[href^="/article/"]')
      .evaluateAll((links) =>
        links
          .filter((link) => !link.closest("section")?.querySelector("h2")?.textContent?.includes("Les plus lus"))
          .map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    return [...new Set(hrefs.filter((path) => /^\/article\/[a-z0-9-]+$/.test(path)))];
  };
  await page.goto("/");
  const home = await linked();
  const later: string[] = [];
  for (let n = 2; n < 20; n += 1) {
    const response = await page.goto(`/page/${n}`);
    if (response?.status() === 404) break;
    expect(response?.status()).toBe(200);
    later.push(...(await linked()));
  }
  expect(later.length, "/page/2 liste des articles").toBeGreaterThan(0);
  expect(later.filter((path) => home.includes(path))).toEqual([]);
  expect(new Set(later).size).toBe(later.length);
  expect([...home, ...later].sort()).toEqual(articles.map((article) => article.url).sort());
  // Newest first, as everywhere.
  expect(later).toEqual(articles.filter((article) => later.includes(article.url)).map((article) => article.url));
});

test("/page/1 renvoie vers l’accueil", async ({ page }) => {
  const response = await page.goto("/page/1");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/$/);
});

for (const width of [640, 1280]) {
  test(`pas de trou dans une rangée d’images, à ${width} px : chaque carte a la même boîte d’image`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ["/", "/rubrique/economie", "/rubrique/politique"]) {
      await page.goto(path);
      const boxes = await page.locator("main article").evaluateAll((cards) =>
        cards.flatMap((card) => {
          const box = card.querySelector(":scope > img, :scope > [data-card-panel]")?.getBoundingClientRect();
          const heading = card.querySelector("h2, h3")!.getBoundingClientRect();
          return box ? [{ top: Math.round(box.top), height: Math.round(box.height), headline: Math.round(heading.top) }] : [];
        }),
      );
      const rows = new Map<number, typeof boxes>();
      for (const box of boxes) rows.set(box.top, [...(rows.get(box.top) ?? []), box]);
      expect(boxes.length, path).toBeGreaterThan(2);
      for (const [top, row] of rows) {
        expect(new Set(row.map((box) => box.height)).size, `${path}, rangée à ${top} px`).toBe(1);
        expect(new Set(row.map((box) => box.headline)).size, `${path}, titres de la rangée à ${top} px`).toBe(1);
      }
    }
  });
}
