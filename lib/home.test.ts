import { describe, expect, it } from "vitest";

import { articlesAfterLead, chooseLeadStory, homeFeed } from "./home";
import { articleSeries, rubriques } from "./testing/articles";

describe("chooseLeadStory", () => {
  it("takes the newest featured article", () => {
    const articles = articleSeries(5);
    articles[3] = { ...articles[3]!, featured: true };
    articles[4] = { ...articles[4]!, featured: true };
    expect(chooseLeadStory(articles)?.slug).toBe("a3");
  });

  it("falls back on the newest article", () => {
    expect(chooseLeadStory(articleSeries(3))?.slug).toBe("a0");
    expect(chooseLeadStory([])).toBeUndefined();
  });
});

describe("articlesAfterLead", () => {
  it("leaves out the featured lead wherever it stands, not the newest article", () => {
    const articles = articleSeries(4);
    articles[2] = { ...articles[2]!, featured: true };
    expect(articlesAfterLead(articles).map((a) => a.slug)).toEqual(["a0", "a1", "a3"]);
  });
});

describe("homeFeed", () => {
  it("opens on the lead story, then the others newest first", () => {
    const articles = articleSeries(30);
    articles[5] = { ...articles[5]!, featured: true };
    const feed = homeFeed(articles, rubriques, 1, 12)!;
    expect(feed.lead?.slug).toBe("a5");
    expect(feed.latest.items.map((a) => a.slug)).toEqual(["a0", "a1", "a2", "a3", "a4", "a6", "a7", "a8", "a9", "a10", "a11", "a12"]);
    expect(feed.latest.totalPages).toBe(3);
  });

  it("closes the first page on rubrique blocks of articles not shown above", () => {
    const feed = homeFeed(articleSeries(30), rubriques, 1, 12)!;
    const shown = new Set([feed.lead!.slug, ...feed.latest.items.map((a) => a.slug)]);
    expect(feed.rubriqueBlocks.map((b) => b.rubrique.id)).toEqual(["politique", "economie", "sport"]);
    for (const block of feed.rubriqueBlocks) {
      expect(block.articles).toHaveLength(4);
      for (const article of block.articles) {
        expect(article.rubrique.id).toBe(block.rubrique.id);
        expect(shown.has(article.slug)).toBe(false);
      }
    }
    expect(feed.rubriqueBlocks[0]!.articles.map((a) => a.slug)).toEqual(["a15", "a18", "a21", "a24"]);
  });

  it("continues on later pages without the lead or the blocks", () => {
    const feed = homeFeed(articleSeries(30), rubriques, 3, 12)!;
    expect(feed.lead).toBeUndefined();
    expect(feed.rubriqueBlocks).toEqual([]);
    expect(feed.latest.items.map((a) => a.slug)).toEqual(["a25", "a26", "a27", "a28", "a29"]);
  });

  it("has no page past the last", () => {
    expect(homeFeed(articleSeries(30), rubriques, 4, 12)).toBeNull();
  });
});
