import { XMLParser } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { makeArticle } from "@/lib/testing/articles";

import { NEWS_SITEMAP_LIMIT, newsSitemapXml, recentArticles } from "./news-sitemap";

const SITE = "https://www.lesinfos.example";
beforeEach(() => vi.stubEnv("SITE_URL", SITE));
afterEach(() => vi.unstubAllEnvs());

const now = new Date("2025-05-10T12:00:00Z");
const hoursBefore = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe("recentArticles", () => {
  const articles = [
    makeArticle("demain", { publishedAt: hoursBefore(-1) }),
    makeArticle("maintenant", { publishedAt: now }),
    makeArticle("hier", { publishedAt: hoursBefore(24) }),
    makeArticle("presque-48h", { publishedAt: hoursBefore(47.99) }),
    makeArticle("48h-pile", { publishedAt: hoursBefore(48) }),
    makeArticle("trois-jours", { publishedAt: hoursBefore(72) }),
  ];

  it("keeps the articles of the 48 hours before now, and none from the future", () => {
    expect(recentArticles(articles, now).map((a) => a.slug)).toEqual(["maintenant", "hier", "presque-48h"]);
  });

  it("follows the injected now", () => {
    expect(recentArticles(articles, hoursBefore(30)).map((a) => a.slug)).toEqual(["presque-48h", "48h-pile", "trois-jours"]);
    expect(recentArticles(articles, new Date("2030-01-01T00:00:00Z"))).toEqual([]);
  });

  it("keeps at most 1,000 articles, newest first", () => {
    const many = Array.from({ length: NEWS_SITEMAP_LIMIT + 5 }, (_, i) => makeArticle(`a${i}`, { publishedAt: hoursBefore(i / 100) }));
    const kept = recentArticles([...many].reverse(), now);
    expect(kept).toHaveLength(NEWS_SITEMAP_LIMIT);
    expect(kept[0]?.slug).toBe("a0");
  });
});

describe("newsSitemapXml", () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" });

  it("gives each article its publication, date with offset and title", () => {
    const article = makeArticle("ports", { title: "Ports & détroit : <record>", publishedAt: new Date("2025-05-09T20:15:00Z") });
    const doc = parser.parse(newsSitemapXml([article]));
    expect(doc.urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(doc.urlset.url).toEqual([
      {
        loc: `${SITE}/article/ports`,
        "news:news": {
          "news:publication": { "news:name": "Lesinfos", "news:language": "fr" },
          "news:publication_date": "2025-05-09T21:15:00+01:00",
          "news:title": "Ports & détroit : <record>",
        },
      },
    ]);
  });

  it("is an empty but valid urlset when nothing is recent", () => {
    const xml = newsSitemapXml([]);
    const doc = parser.parse(xml);
    expect(doc.urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(doc.urlset.url).toBeUndefined();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });
});
