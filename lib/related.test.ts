import { describe, expect, it } from "vitest";

import type { Article } from "./content";

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

  it("does not repeat the previous and next articles shown just above", () => {
    const { newer, older } = adjacentInRubrique(subject, articles);
    expect([newer?.slug, older?.slug]).toEqual([undefined, "meme-rubrique-recent"]);
    expect(relatedArticles(subject, articles, 4, [newer, older]).map((a) => a.slug)).toEqual([
      "deux-tags-ancien",
      "un-tag-meme-rubrique",
      "un-tag",
      "meme-rubrique-ancien",
    ]);
  });

  it("ranks a large archive exactly as sorting every article would", () => {
    // A small deterministic generator: dates often equal, tags shared unevenly.
    let seed = 7;
    const random = (n: number) => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4_294_967_296) * n);
    };
    const archive = Array.from({ length: 600 }, (_, i) =>
      makeArticle(`x${String(i).padStart(3, "0")}`, {
        publishedAt: at(1 + random(20)),
        rubriqueId: ["politique", "economie", "sport"][random(3)],
        tags: [...new Set(Array.from({ length: random(4) }, () => `t${random(12)}`))].map(tag),
      }),
    ).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug));
    const bySorting = (article: Article, limit: number) => {
      const tags = new Set(article.tags.map((t) => t.slug));
      return archive
        .filter((other) => other.slug !== article.slug)
        .map((other) => ({
          other,
          shared: other.tags.filter((t) => tags.has(t.slug)).length,
          sameRubrique: other.rubrique.id === article.rubrique.id ? 1 : 0,
        }))
        .filter(({ shared, sameRubrique }) => shared > 0 || sameRubrique > 0)
        .sort(
          (a, b) => b.shared - a.shared || b.sameRubrique - a.sameRubrique || b.other.publishedAt.getTime() - a.other.publishedAt.getTime(),
        )
        .slice(0, limit)
        .map(({ other }) => other.slug);
    };
    for (const article of archive.slice(0, 120)) {
      for (const limit of [1, 4, 9]) {
        expect(relatedArticles(article, archive, limit).map((a) => a.slug)).toEqual(bySorting(article, limit));
      }
    }
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
