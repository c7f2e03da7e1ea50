import { describe, expect, it } from "vitest";

import { searchArticles } from "./test-fixtures";
import { timeSearch } from "./timing";

describe("timeSearch", () => {
  it("times the build and each query", () => {
    const timings = timeSearch(searchArticles, ["Agadir", "volcan"]);
    expect(timings.buildMs).toBeGreaterThanOrEqual(0);
    expect(timings.queries.map(({ query, total }) => [query, total])).toEqual([["Agadir", 1], ["volcan", 0]]);
  });
});
