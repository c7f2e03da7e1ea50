import { describe, expect, it } from "vitest";

import { adjacentInRubrique, relatedArticles } from "./related";
import { articleSeries, makeArticle } from "./testing/articles";

const tag = (slug: string) => ({ label: slug, slug });
const at = (day: number) => new Date(Date.UTC(2025, 3, day, 10));

describe("relatedArticles", () => {
  const subject = makeArticle("sujet", { tags: [tag("eau"), tag("maroc")], publishedAt: at(20) });
  const articles = [
    subject,
    makeArticle("meme-rubrique-recent", { publishedAt: at(19) }),
    makeArticle("un-tag", { tags: [tag("eau")], rubriqueId: "sport", publishedAt: at(18) }),
    makeArticle("deux-tags-ancien", { tags: [tag("eau"), tag("maroc")], rubriqueId: "sport", publishedAt: at(2) }),
    makeArticle("un-tag-meme-rubrique", { tags: [tag("maroc")], publishedAt: at(5) }),
    makeArticle("sans-lien", { rubriqueId: "economie", publishedAt: at(21) }),
    makeArticle("meme-rubrique-ancien", { publishedAt: at(1) }),
  ];

  it("ranks shared tags first, then the rubrique, then recency", () => {
    expect(relatedArticles(subject, articles).map((a) => a.slug)).toEqual([
      "deux-tags-ancien",
      "un-tag-meme-rubrique",
      "un-tag",
      "meme-rubrique-recent",
    ]);
  });

  it("never proposes the article itself nor unrelated articles", () => {
    const slugs = relatedArticles(subject, articles, 10).map((a) => a.slug);
    expect(slugs).not.toContain("sujet");
    expect(slugs).not.toContain("sans-lien");
    expect(slugs).toHaveLength(5);
  });
});

describe("adjacentInRubrique", () => {
  it("gives the newer and older article of the same rubrique", () => {
    const articles = articleSeries(9);
    const { newer, older } = adjacentInRubrique(articles[3]!, articles);
    expect(newer?.slug).toBe("a0");
    expect(older?.slug).toBe("a6");
  });

  it("has no newer article for the newest one", () => {
    const articles = articleSeries(9);
    expect(adjacentInRubrique(articles[0]!, articles)).toEqual({ newer: undefined, older: articles[3] });
  });
});
