import { now } from "../lib/clock";
import { formatTime, toIsoWithOffset } from "../lib/dates";
import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";

const LIVE = "/article/intemperies-fortes-pluies-sur-le-nord-le-point-en-direct";
const ENDED = "/article/semi-marathon-de-casablanca-la-course-en-direct";

test.describe("sans JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("un direct en cours montre son statut, l’épinglé d’abord, « L’essentiel » et toutes les mises à jour, les plus récentes d’abord", async ({
    page,
  }) => {
    await page.goto(LIVE);
    const main = page.getByRole("main");
    await expect(main.getByText("En direct", { exact: true }).first()).toBeVisible();

    const pinned = page.getByRole("region", { name: "Épinglé" });
    await expect(pinned.locator(":scope > ol > li")).toHaveCount(1);
    await expect(pinned).toContainText("Les consignes des autorités");

    const essentials = page.getByRole("navigation", { name: "L’essentiel" }).getByRole("link");
    await expect(essentials).toHaveCount(3);
    await expect(essentials.first()).toContainText("Traversées du détroit suspendues");
    const firstKey = await essentials.first().getAttribute("href");
    expect(firstKey).toMatch(/^#maj-20261129-1405$/);
    await expect(page.locator(firstKey!)).toContainText("Traversées du détroit suspendues");

    const updates = page.getByRole("region", { name: "Les mises à jour" }).locator(":scope > ol > li");
    await expect(updates).toHaveCount(12);
    const times = await updates.locator("time").allTextContents();
    expect(times[0]).toBe(formatTime(new Date("2026-11-29T16:10:00Z")));
    expect(times.at(-1)).toBe(formatTime(new Date("2026-11-29T07:05:00Z")));
    const instants = await updates.locator("time").evaluateAll((nodes) => nodes.map((node) => Date.parse(node.getAttribute("datetime")!)));
    expect([...instants].sort((a, b) => b - a)).toEqual(instants);
    await expect(updates.first().locator("time")).toHaveAttribute("datetime", toIsoWithOffset(new Date("2026-11-29T16:10:00Z")));
    // Each update has its own anchor, and says who wrote it.
    await expect(updates.first()).toHaveAttribute("id", "maj-20261129-1710");
    await expect(updates.first().getByRole("link", { name: "Karim Ouazzani" })).toBeVisible();
    // No island without JavaScript, and nothing asks the reader to wait for one.
    await expect(page.getByRole("button", { name: /mise à jour/ })).toHaveCount(0);
  });

  test("un direct terminé le dit, avec son heure de fin, et n’a pas d’îlot", async ({ page }) => {
    await page.goto(ENDED);
    await expect(page.getByRole("main").getByText("Terminé", { exact: true })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Fin du direct");
    await expect(page.getByRole("region", { name: "Épinglé" })).toContainText("Victoire en 1");
  });

  test("chaque mise à jour a une adresse durable, page d’archives comprise ; au-delà, 404", async ({ page, request }) => {
    await page.goto(`${LIVE}/mises-a-jour/1#maj-20261129-0805`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("mises à jour, page 1");
    await expect(page.locator("#maj-20261129-0805")).toContainText("La vigilance orange déclenchée");
    await expect(page.locator("main ol > li")).toHaveCount(13);
    expect((await request.get(`${LIVE}/mises-a-jour/2`)).status()).toBe(404);
    expect((await request.get("/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit/mises-a-jour/1")).status()).toBe(
      404,
    );
    expect((await request.get("/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit/direct.json")).status()).toBe(404);
  });
});

test("l’accueil remonte le direct en cours au-dessus de la une, une seule fois ; les listes le marquent « En direct », pas le direct terminé", async ({
  page,
}) => {
  await page.goto("/");
  const band = page.getByRole("region", { name: "En direct" });
  await expect(band.getByRole("link")).toHaveText(["Intempéries\u00a0: fortes pluies sur le nord du pays, le point en direct"]);
  // Once, « Les plus lus » apart: it lists what readers read, the live coverage included.
  const mostRead = page.getByRole("region", { name: "Les plus lus" }).locator(`a[href="${LIVE}"]`);
  await expect.poll(async () => (await page.getByRole("main").locator(`a[href="${LIVE}"]`).count()) - (await mostRead.count())).toBe(1);

  await page.goto("/rubrique/societe");
  const card = page.getByRole("article").filter({ has: page.locator(`a[href="${LIVE}"]`) });
  await expect(card.getByText("En direct", { exact: true })).toBeVisible();

  await page.goto("/rubrique/sport");
  const ended = page.getByRole("article").filter({ has: page.locator(`a[href="${ENDED}"]`) });
  await expect(ended).toHaveCount(1);
  await expect(ended.getByText("En direct", { exact: true })).toHaveCount(0);
});

test("le JSON-LD décrit un LiveBlogPosting avec ses mises à jour", async ({ page }) => {
  const { articles } = await publishedContent();
  const live = articles.find((article) => article.url === LIVE)!;
  const ended = articles.find((article) => article.url === ENDED)!;
  await page.goto(LIVE);
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "null")));
  const posting = blocks.find((block) => block["@type"] === "LiveBlogPosting");
  expect(posting).toMatchObject({ headline: live.title, coverageStartTime: toIsoWithOffset(live.publishedAt) });
  expect(posting).not.toHaveProperty("coverageEndTime");
  expect(posting.liveBlogUpdate).toHaveLength(13);
  expect(posting.liveBlogUpdate[0]).toMatchObject({
    "@type": "BlogPosting",
    headline: live.title,
    datePublished: "2026-11-29T17:10:00+01:00",
    url: expect.stringMatching(/\/mises-a-jour\/1#maj-20261129-1710$/),
  });
  expect(posting.liveBlogUpdate[3].headline).toBe("Traversées du détroit suspendues");
  expect(posting.liveBlogUpdate[3].articleBody).toContain("Tanger Med et Algésiras");

  await page.goto(ENDED);
  const endedBlocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "null")));
  expect(endedBlocks.find((block) => block["@type"] === "LiveBlogPosting")).toMatchObject({
    coverageEndTime: toIsoWithOffset(ended.live!.endedAt!),
  });
});

test("l’îlot annonce les nouvelles mises à jour et les insère en haut, sans rien décaler, seulement sur les pages de direct", async ({
  page,
}) => {
  const { articles } = await publishedContent();
  expect(articles.filter((article) => article.live && (!article.live.endedAt || article.live.endedAt > now()))).toHaveLength(1);
  await page.clock.install();
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  const endpoint = `${LIVE}/direct.json`;
  const fresh = await (await page.request.get(endpoint)).json();
  expect(fresh.updates).toHaveLength(13);
  await page.route(`**${endpoint}`, (route) =>
    route.fulfill({
      json: {
        live: true,
        updates: [
          {
            ...fresh.updates[0],
            id: "maj-20261129-1750",
            datetime: "2026-11-29T17:50:00+01:00",
            time: "17\u00a0h\u00a050",
            title: "Nouvelle averse",
            html: "<p>Texte neuf.</p>",
          },
          ...fresh.updates,
        ],
      },
    }),
  );
  await page.goto(LIVE);
  await page.evaluate(() => window.scrollTo(0, 600));
  const readingBefore = await page.locator("#maj-20261129-1315").boundingBox();
  // The island is loaded after the page: its timer starts once it is there, so the clock runs only then.
  await expect(page.locator('[aria-live="polite"]')).toHaveCount(1);
  await page.clock.runFor(31_000);
  const button = page.getByRole("button", { name: "1 nouvelle mise à jour" });
  await expect(button).toBeVisible();
  await expect(page.locator('[aria-live="polite"]')).toHaveText("1 nouvelle mise à jour");
  // Offering the update moved nothing the reader is reading.
  expect(await page.locator("#maj-20261129-1315").boundingBox()).toEqual(readingBefore);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  await button.click();
  const list = page.getByRole("region", { name: "Les mises à jour" }).locator("li");
  await expect(list.first()).toHaveAttribute("id", "maj-20261129-1750");
  await expect(list.first()).toContainText("Texte neuf.");
  await expect(button).toHaveCount(0);

  // The island's code is fetched by live pages only.
  const scriptsOf = async (path: string) => {
    const scripts: string[] = [];
    const listen = (response: { url(): string; request(): { resourceType(): string } }) => {
      if (response.request().resourceType() === "script") scripts.push(new URL(response.url()).pathname);
    };
    page.on("response", listen);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    page.off("response", listen);
    return scripts;
  };
  const articleScripts = await scriptsOf("/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit");
  const endedScripts = await scriptsOf(ENDED);
  const liveScripts = await scriptsOf(LIVE);
  const islandOnly = liveScripts.filter((src) => !articleScripts.includes(src));
  expect(islandOnly.length).toBeGreaterThan(0);
  for (const src of islandOnly) expect(endedScripts).not.toContain(src);
});
