import { formatLongDateTime, toIsoWithOffset } from "../lib/dates";
import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";
import { frontMatterDates, SITE, xmlParser } from "./support/seo";

const CORRECTED = "inflation-la-hausse-des-prix-ralentit-a-1-8-sur-un-an-en-octobre";

test.describe("sans JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("le rectificatif s’affiche en haut de l’article, la précision en bas, datés, et « Mis à jour » suit le dernier", async ({
    page,
  }) => {
    const { articles } = await publishedContent();
    const article = articles.find((a) => a.slug === CORRECTED)!;
    const [rectificatif, precision] = article.corrections;
    await page.goto(article.url);

    const top = page.getByRole("region", { name: "Rectificatif" });
    const bottom = page.getByRole("region", { name: "Précision" });
    await expect(top).toContainText(rectificatif!.text);
    await expect(top.locator("time")).toHaveText(formatLongDateTime(rectificatif!.publishedAt));
    await expect(top.locator("time")).toHaveAttribute("datetime", toIsoWithOffset(rectificatif!.publishedAt));
    await expect(bottom).toContainText(precision!.text);
    await expect(bottom.locator("time")).toHaveText(formatLongDateTime(precision!.publishedAt));

    // Order on the page: header, rectificatif, body, précision.
    const order = await page
      .locator(
        "article h1, article section[aria-labelledby=rectificatifs], article section[aria-labelledby=precisions], article .prose-article",
      )
      .evaluateAll((nodes) => nodes.map((node) => node.tagName.toLowerCase() + (node.getAttribute("aria-labelledby") ?? "")));
    expect(order).toEqual(["h1", "sectionrectificatifs", "div", "sectionprecisions"]);

    const { updated } = await frontMatterDates(CORRECTED);
    expect(updated).toEqual(precision!.publishedAt);
    await expect(page.locator("article header")).toContainText(`Mis à jour le ${formatLongDateTime(precision!.publishedAt)}`);
  });

  test("/rectificatifs liste toutes les corrections, de la plus récente à la plus ancienne, avec leur article ; le pied de page y mène", async ({
    page,
  }) => {
    const { articles } = await publishedContent();
    const expected = articles
      .flatMap((article) => article.corrections.map((correction) => ({ article, correction })))
      .sort((a, b) => b.correction.publishedAt.getTime() - a.correction.publishedAt.getTime());
    expect(expected.filter(({ correction }) => correction.kind === "rectificatif").length).toBeGreaterThanOrEqual(2);
    expect(expected.filter(({ correction }) => correction.kind === "precision").length).toBeGreaterThanOrEqual(2);

    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Rectificatifs et précisions" }).click();
    await expect(page).toHaveURL(/\/rectificatifs$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rectificatifs et précisions");
    const items = page.locator("main ol > li");
    await expect(items).toHaveCount(expected.length);
    for (const [index, { article, correction }] of expected.entries()) {
      const item = items.nth(index);
      await expect(item).toContainText(correction.kind === "rectificatif" ? "Rectificatif" : "Précision");
      await expect(item).toContainText(correction.text);
      await expect(item.locator("time")).toHaveAttribute("datetime", toIsoWithOffset(correction.publishedAt));
      await expect(item.getByRole("link", { name: article.title })).toHaveAttribute("href", article.url);
    }
  });
});

test("/rectificatifs/page/1 renvoie à la liste, une page au-delà répond 404", async ({ request }) => {
  const first = await request.get("/rectificatifs/page/1", { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toBe("/rectificatifs");
  expect((await request.get("/rectificatifs/page/2")).status()).toBe(404);
  expect((await request.get("/rectificatifs/autre")).status()).toBe(404);
});

test("les corrections sont dans le JSON-LD (CorrectionComment, dateModified) et dans le flux RSS", async ({ page, request }) => {
  const { articles } = await publishedContent();
  const article = articles.find((a) => a.slug === CORRECTED)!;
  await page.goto(article.url);
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "null")));
  const news = blocks.find((block) => block["@type"] === "NewsArticle");
  expect(news.correction).toEqual(
    article.corrections.map((correction) => ({
      "@type": "CorrectionComment",
      text: correction.text,
      datePublished: toIsoWithOffset(correction.publishedAt),
    })),
  );
  expect(news.dateModified).toBe(toIsoWithOffset(article.corrections.at(-1)!.publishedAt));

  const rss = xmlParser.parse(await (await request.get("/rss.xml")).text());
  const item = rss.rss.channel.item.find((entry: { link: string }) => entry.link === `${SITE}${article.url}`);
  expect(item["atom:updated"]).toBe(toIsoWithOffset(article.corrections.at(-1)!.publishedAt));
  expect(item["content:encoded"]).toContain(article.corrections[0]!.text.replaceAll("&", "&amp;"));
});
