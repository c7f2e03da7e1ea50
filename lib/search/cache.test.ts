import { describe, expect, it } from "vitest";

import { getArticles } from "../content";
import { getSearchIndex } from "./cache";
import { search } from "./engine";

describe("getSearchIndex", () => {
  it("builds once per array", async () => {
    const articles = await getArticles();
    expect(getSearchIndex(articles)).toBe(getSearchIndex(articles));
  });

  it("builds a new index for another array", async () => {
    const articles = await getArticles();
    const index = getSearchIndex(articles);
    expect(getSearchIndex(articles.slice(1))).not.toBe(index);
  });

  it("indexes the bodies read from the content files", async () => {
    const articles = await getArticles();
    // "fioul" is only in the body of the sample article on fuel prices, not in any title, chapô or tag.
    const { results } = await search(await getSearchIndex(articles), "fioul");
    expect(results.map((hit) => hit.article.slug)).toEqual(["carburants-les-prix-a-la-pompe-reculent-legerement"]);
  });
});
