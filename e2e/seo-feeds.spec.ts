import { stat } from "node:fs/promises";
import path from "node:path";

import type { APIRequestContext, Page } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";

import type { Article } from "../lib/content";
import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";
import { DRAFT_SLUG, fetchAbsolute, frontMatterDates, RFC_822, SITE, xmlParser } from "./support/seo";

interface RssItem {
  title: string;
  link: string;
  guid: { "#text": string; "@_isPermaLink": string };
  pubDate: string;
  description: string;
  "content:encoded": string;
  category: { "#text": string; "@_domain": string }[];
  "dc:creator": string;
  enclosure?: { "@_url": string; "@_type": string; "@_length": string };
}

/** Fetches a feed and checks what every RSS 2.0 feed of the site must hold, item by item. */
async function checkFeed(
  { request, page }: { request: APIRequestContext; page: Page },
  feedPath: string,
  expected: Article[],
  channelLink: string,
) {
  const response = await request.get(feedPath);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  const body = await response.text();
  expect(body).not.toContain(DRAFT_SLUG);

  // A feed reader's parser reads it, at the right instants.
  const parsed = parseFeed(body);
  expect(parsed.language).toBe("fr");
  expect(parsed.items.map((item) => item.url)).toEqual(expected.map((a) => `${SITE}${a.url}`));

  const { rss } = xmlParser.parse(body);
  expect(rss["@_version"]).toBe("2.0");
  const { channel } = rss;
  expect(channel.link).toBe(channelLink);
  expect(channel.language).toBe("fr");
  expect(channel["atom:link"]).toMatchObject({ "@_href": `${SITE}${feedPath}`, "@_rel": "self", "@_type": "application/rss+xml" });
  expect(channel.lastBuildDate).toMatch(RFC_822);

  const items: RssItem[] = channel.item ?? [];
  expect(items).toHaveLength(expected.length);
  for (const [index, item] of items.entries()) {
    const article = expected[index]!;
    const url = `${SITE}${article.url}`;
    expect(item.title).toBe(article.title);
    expect(item.link).toBe(url);
    expect(item.guid).toEqual({ "#text": url, "@_isPermaLink": "true" });
    expect(item.description).toBe(article.description);
    expect(item.category).toEqual([{ "#text": article.rubrique.name, "@_domain": `${SITE}${article.rubrique.url}` }]);
    expect(item["dc:creator"]).toBe(article.author.name);

    // The date: RFC 822 with the Casablanca offset, the very instant written in the Markdown file.
    const { date } = await frontMatterDates(article.slug);
    expect(item.pubDate).toMatch(RFC_822);
    expect(new Date(item.pubDate).getTime(), `pubDate de ${article.slug}`).toBe(date.getTime());
    expect(parsed.items[index]?.published?.getTime()).toBe(date.getTime());

    // The full body, every link and image absolute: read by the browser's own HTML parser.
    await page.setContent(`<body>${item["content:encoded"]}</body>`);
    const addresses = await page
      .locator("[href], [src]")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href") ?? node.getAttribute("src") ?? ""));
    for (const address of addresses) expect(address, `${article.slug} : ${address}`).toMatch(/^(https?:|mailto:|tel:)/);
    expect((await page.locator("body").innerText()).length).toBeGreaterThan(article.description.length);

    if (article.image) {
      const { size } = await stat(path.join("public", article.image.src));
      const image = await fetchAbsolute(request, `${SITE}${article.image.src}`);
      expect(image.status()).toBe(200);
      expect(item.enclosure).toEqual({
        "@_url": `${SITE}${article.image.src}`,
        "@_type": image.headers()["content-type"],
        "@_length": String(size),
      });
    } else {
      expect(item.enclosure).toBeUndefined();
    }
  }
}

test("/rss.xml : les 50 derniers articles, complets, datés à l’heure de Casablanca", async ({ request, page }) => {
  const { articles } = await publishedContent();
  await checkFeed({ request, page }, "/rss.xml", articles.slice(0, 50), `${SITE}/`);
});

test("/rubrique/<id>/rss.xml : le flux d’une rubrique ne contient qu’elle", async ({ request, page }) => {
  const { articles } = await publishedContent();
  const economie = articles.filter((a) => a.rubrique.id === "economie");
  expect(economie.length).toBeGreaterThan(0);
  await checkFeed({ request, page }, "/rubrique/economie/rss.xml", economie, `${SITE}/rubrique/economie`);
  expect((await request.get("/rubrique/meteo/rss.xml")).status()).toBe(404);
});
