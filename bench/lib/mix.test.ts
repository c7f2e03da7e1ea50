import { describe, expect, it } from "vitest";

import { FRESH, longTail, requestMix, spread } from "./mix";

describe("spread", () => {
  it("picks evenly, first and last included", () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)).toEqual([1, 5, 9]);
    expect(spread([1, 2], 5)).toEqual([1, 2]);
    expect(spread([1, 2, 3], 1)).toEqual([1]);
  });
});

describe("requestMix", () => {
  const slugs = Array.from({ length: 29 }, (_, i) => `article-${i}`);
  const mix = requestMix(slugs, ["politique", "economie", "societe"]);

  it("holds the home, its page 2, a dozen articles, the rubriques, four searches, the wire and the feed, each once", () => {
    const paths = mix.map((entry) => entry.path);
    expect(paths.slice(0, 2)).toEqual(["/", "/page/2"]);
    expect(paths.filter((p) => p.startsWith("/article/") && p !== "/article/inconnu")).toHaveLength(12);
    expect(paths.filter((p) => p.startsWith("/rubrique/") && p !== "/rubrique/meteo")).toHaveLength(3);
    expect(paths).toContain("/recherche?q=s%C3%A9curit%C3%A9");
    expect(paths).toEqual(expect.arrayContaining(["/fil-info", "/rss.xml"]));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("expects 404 from exactly the three unknown addresses", () => {
    expect(mix.filter((entry) => entry.expect === 404).map((entry) => entry.path)).toEqual([
      "/article/inconnu",
      "/rubrique/meteo",
      "/page/999",
    ]);
  });
});

describe("longTail", () => {
  const mix = requestMix(["a", "b"], ["politique"]);

  it("asks each article of the mix and one search again at a fresh address, expecting 200", () => {
    expect(longTail(mix)).toEqual([
      { path: `/article/a?lecteur=${FRESH}`, expect: 200 },
      { path: `/article/b?lecteur=${FRESH}`, expect: 200 },
      { path: `/recherche?q=maroc+${FRESH}`, expect: 200 },
    ]);
  });
});
