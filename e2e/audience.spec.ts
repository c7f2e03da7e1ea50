import { hourOf, topArticles } from "../lib/audience/views";
import { openDatabase, storeLocation } from "../lib/db/connect";
import { paths } from "../lib/routes/paths";
import { E2E_DATA_DIR, READER_AGENT } from "./support/audience";
import { axeViolations } from "./support/axe";
import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";

test.use({ userAgent: READER_AGENT });

/** The views the production server stored for `slug` over the last two hours. */
export async function storedViews(slug: string): Promise<number> {
  const db = openDatabase(storeLocation({ ...process.env, LESINFOS_DATA_DIR: E2E_DATA_DIR, DATABASE_URL: "" }));
  try {
    const ranking = await topArticles(db, hourOf(new Date()) - 1, 1_000);
    return ranking.find((row) => row.slug === slug)?.views ?? 0;
  } finally {
    await db.destroy();
  }
}

/** The oldest articles: no other test opens them in a browser, so their counts are this file's. */
async function quietArticles() {
  const { articles } = await publishedContent();
  return articles.slice(-4).reverse();
}

test("une vue d’article dans Chromium est comptée une fois, sans cookie ni cache", async ({ page }) => {
  const [article] = await quietArticles();
  const before = await storedViews(article!.slug);
  const beacon = page.waitForResponse((response) => new URL(response.url()).pathname === paths.articleView(article!.slug));
  const response = await page.goto(article!.url);
  expect(response?.headers()["set-cookie"]).toBeUndefined();
  const answer = await beacon;
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe("image/gif");
  expect(answer.headers()["cache-control"]).toContain("no-store");
  expect(answer.headers()["set-cookie"]).toBeUndefined();
  await expect.poll(() => storedViews(article!.slug), { timeout: 15_000 }).toBe(before + 1);
  expect(await page.context().cookies()).toEqual([]);
});

test("un préchargement, un robot, un HEAD et un article inconnu ne sont pas comptés", async ({ request }) => {
  const [, ignored, marker] = await quietArticles();
  const beacon = paths.articleView(ignored!.slug);
  const refused = [
    request.get(beacon, { headers: { "user-agent": READER_AGENT, "sec-purpose": "prefetch;prerender" } }),
    request.get(beacon, { headers: { "user-agent": READER_AGENT, purpose: "prefetch" } }),
    request.get(beacon, { headers: { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" } }),
    request.head(beacon, { headers: { "user-agent": READER_AGENT } }),
    request.get(paths.articleView("article-inconnu"), { headers: { "user-agent": READER_AGENT } }),
  ];
  for (const answer of await Promise.all(refused)) {
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toBe("image/gif");
  }
  // A counted view after them: once it is stored, so would they be.
  const before = await storedViews(marker!.slug);
  await request.get(paths.articleView(marker!.slug), { headers: { "user-agent": READER_AGENT } });
  await expect.poll(() => storedViews(marker!.slug), { timeout: 15_000 }).toBe(before + 1);
  expect(await storedViews(ignored!.slug)).toBe(0);
  expect(await storedViews("article-inconnu")).toBe(0);
});

test("« Les plus lus » montre les articles lus, sur l’accueil et au pied des articles", async ({ page, request }) => {
  test.slow();
  const [, , , read] = await quietArticles();
  for (let i = 0; i < 3; i += 1) await request.get(paths.articleView(read!.slug), { headers: { "user-agent": READER_AGENT } });
  const mostRead = page.getByRole("region", { name: "Les plus lus" });
  // The figures are refreshed every 5 s on this server (playwright.config.ts), pages regenerated behind them.
  await expect(async () => {
    await page.goto("/");
    await expect(mostRead.getByRole("link", { name: read!.title }).first()).toHaveAttribute("href", read!.url, { timeout: 1_000 });
  }).toPass({ timeout: 90_000, intervals: [2_000] });
  await expect(mostRead.getByRole("heading", { level: 3, name: "Depuis 24 heures" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const [other] = await quietArticles();
  await expect(async () => {
    await page.goto(other!.url);
    await expect(mostRead.getByRole("link", { name: read!.title }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 90_000, intervals: [2_000] });
});
