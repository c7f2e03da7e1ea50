import { describe, expect, it } from "vitest";

import { makeArticle } from "@/lib/testing/articles";

import { rankedArticles } from "./most-read";

describe("rankedArticles", () => {
  it("keeps the ranking's order, skips what is not published, stops at `count`", () => {
    const articles = ["budget", "derby", "festival", "meteo"].map((slug) => makeArticle(slug));
    const ranking = [{ slug: "derby" }, { slug: "retire" }, { slug: "budget" }, { slug: "meteo" }, { slug: "festival" }];
    expect(rankedArticles(ranking, articles, 3).map((article) => article.slug)).toEqual(["derby", "budget", "meteo"]);
    expect(rankedArticles([], articles)).toEqual([]);
  });
});
