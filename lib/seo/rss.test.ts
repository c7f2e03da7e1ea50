import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser } from "fast-xml-parser";
import { afterAll, describe, expect, it, vi } from "vitest";

import { makeArticle } from "@/lib/testing/articles";

import { cdataSafe, imageMimeType, rssXml, type RssChannel } from "./rss";

const SITE = "https://www.lesinfos.example";
// Set before the feeds below are built, at collection time.
vi.stubEnv("SITE_URL", SITE);
afterAll(() => vi.unstubAllEnvs());

describe("cdataSafe", () => {
  it("escapes every ']]>' after the first, which the feed library escapes itself", () => {
    expect(cdataSafe("a ]]> b ]]> c")).toBe("a ]]> b ]]]]><![CDATA[> c");
    expect(cdataSafe("sans")).toBe("sans");
  });
});

describe("imageMimeType", () => {
  it.each([
    ["/a.webp", "image/webp"],
    ["/a.JPG", "image/jpeg"],
    ["/a.jpeg", "image/jpeg"],
    ["/a.png", "image/png"],
    ["/a.avif", "image/avif"],
  ])("%s is %s", (src, type) => expect(imageMimeType(src)).toBe(type));
});

describe("rssXml", () => {
  const channel: RssChannel = {
    title: "Lesinfos — toutes les actualités",
    description: "Le site",
    link: `${SITE}/`,
    selfUrl: `${SITE}/rss.xml`,
    now: new Date("2025-05-01T00:00:00Z"),
  };
  const journalist = { id: "salma-bennani", name: "Salma Bennani", url: "/auteur/salma-bennani", isOrganization: false };
  const ramadan = makeArticle("ramadan", {
    title: "Titre ]]> avec ]]> deux fins & <balises>",
    description: "Chapô & <em>",
    publishedAt: new Date("2025-03-15T12:00:00Z"),
    author: journalist,
    rubriqueId: "economie",
  });
  const spring = makeArticle("printemps", {
    publishedAt: new Date("2025-04-15T12:00:00Z"),
    updatedAt: new Date("2025-04-16T12:00:00Z"),
  });
  const xml = rssXml(channel, [
    {
      article: spring,
      html: '<p>Voir <a href="/article/ramadan">ici</a>.</p>',
      enclosure: { url: `${SITE}/images/p.webp`, type: "image/webp", length: 4321 },
    },
    { article: ramadan, html: "<p>Corps ]]> fin</p>" },
  ]);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "category" }).parse(xml);
  const rss = doc.rss;
  const [first, second] = rss.channel.item;

  it("describes the channel, with its own address and language", () => {
    expect(rss["@_version"]).toBe("2.0");
    expect(rss.channel).toMatchObject({ title: channel.title, link: `${SITE}/`, language: "fr", description: "Le site" });
    expect(rss.channel["atom:link"]).toMatchObject({ "@_href": `${SITE}/rss.xml`, "@_rel": "self", "@_type": "application/rss+xml" });
    // Dated by its latest change, not by the moment it is built.
    expect(rss.channel.lastBuildDate).toBe("Wed, 16 Apr 2025 13:00:00 +0100");
  });

  it("dates items in RFC 822 with the Casablanca offset", () => {
    expect(first.pubDate).toBe("Tue, 15 Apr 2025 13:00:00 +0100");
    expect(second.pubDate).toBe("Sat, 15 Mar 2025 12:00:00 +0000");
    expect(xml).not.toContain("GMT");
  });

  it("gives each item its link, permalink guid, chapô, body, rubrique and author", () => {
    expect(first.link).toBe(`${SITE}/article/printemps`);
    expect(first.guid).toEqual({ "#text": `${SITE}/article/printemps`, "@_isPermaLink": "true" });
    expect(first.description).toBe(spring.description);
    expect(first["content:encoded"]).toBe(`<p>Voir <a href="${SITE}/article/ramadan">ici</a>.</p>`);
    expect(first.category).toEqual([{ "#text": "politique", "@_domain": `${SITE}/rubrique/politique` }]);
    expect(first["dc:creator"]).toBe("La rédaction");
    expect(first.enclosure).toEqual({ "@_url": `${SITE}/images/p.webp`, "@_type": "image/webp", "@_length": "4321" });
    expect(second["dc:creator"]).toBe("Salma Bennani");
    expect(second.enclosure).toBeUndefined();
    expect(first.author).toBeUndefined();
  });

  it("keeps any text intact, CDATA ends included", () => {
    expect(second.title).toBe(ramadan.title);
    expect(second.description).toBe(ramadan.description);
    expect(second["content:encoded"]).toBe("<p>Corps ]]> fin</p>");
  });

  it("reads as a valid feed in a feed reader's parser, at the right instants", () => {
    const feed = parseFeed(xml);
    expect(feed.language).toBe("fr");
    expect(feed.items.map((item) => item.published?.toISOString())).toEqual(["2025-04-15T12:00:00.000Z", "2025-03-15T12:00:00.000Z"]);
    expect(feed.items[0]?.media[0]?.url).toBe(`${SITE}/images/p.webp`);
  });
});
