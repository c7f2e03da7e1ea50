import { describe, expect, it } from "vitest";

import { articleSeries, makeArticle } from "../testing/articles";
import { getSearchIndex } from "./cache";

describe("getSearchIndex", () => {
  it("builds once per array", () => {
    const articles = articleSeries(3);
    expect(getSearchIndex(articles)).toBe(getSearchIndex(articles));
  });

  it("builds a new index for another array", () => {
    const articles = articleSeries(3);
    const index = getSearchIndex(articles);
    expect(getSearchIndex([makeArticle("nouveau"), ...articles])).not.toBe(index);
    expect(getSearchIndex(articles.slice(1))).not.toBe(index);
  });
});
