import { describe, expect, it } from "vitest";

import { foldText, indexTerms, memoizedAnalyzer, queryTerms, wordTokens } from "./normalize";

describe("foldText", () => {
  it.each([
    ["Sécurité", "securite"],
    ["SÉCURITÉ", "securite"],
    ["Cœur", "coeur"],
    ["Lætitia", "laetitia"],
    ["Se\u0301curite\u0301", "securite"], // already decomposed
    ["ﬁnale", "finale"],
    ["Fès", "fes"],
  ])("%j → %j", (input, expected) => expect(foldText(input)).toBe(expected));
});

describe("wordTokens", () => {
  it("drops elided articles, with straight, curly or modifier apostrophes", () => {
    for (const text of ["l'immigration", "l’immigration", "lʼimmigration", "L’IMMIGRATION"]) {
      expect(wordTokens(text).map((token) => token.folded)).toEqual(["immigration"]);
    }
    expect(wordTokens("d'Agadir, qu’il, jusqu'à, lorsqu’elle, puisqu'on").map((token) => token.folded)).toEqual([
      "agadir",
      "il",
      "a",
      "elle",
      "on",
    ]);
  });

  it("keeps words that only look elided", () => {
    expect(wordTokens("aujourd’hui, l’ et d' 2").map((token) => token.folded)).toEqual(["aujourd", "hui", "l", "et", "d", "2"]);
  });

  it("splits on anything but letters and digits and gives offsets into the text", () => {
    const text = "Casa-Voyageurs : 3,8 % (l’Oriental)";
    const tokens = wordTokens(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(["Casa", "Voyageurs", "3", "8", "Oriental"]);
  });

  it("reads Arabic script", () => {
    expect(wordTokens("السلامة الطرقية").length).toBe(2);
  });
});

describe("indexTerms", () => {
  it("folds and stems every word, stop words included", () => {
    expect(indexTerms("Les exportations marocaines d’agrumes")).toEqual(["les", "export", "marocain", "agrum"]);
  });

  it("gives the same terms with a memoized analyzer", () => {
    const analyze = memoizedAnalyzer();
    const text = "Les élections, les élections !";
    expect(indexTerms(text, analyze)).toEqual(indexTerms(text));
  });
});

describe("queryTerms", () => {
  it.each([
    ["La Sécurité routière", ["securit", "routier"]],
    ["l'immigration", ["immigr"]],
    ["élections ÉLECTION", ["election"]],
    ["le Maroc et les marocains", ["maroc", "marocain"]],
    // Only stop words: they are kept rather than leaving nothing to search.
    ["les", ["les"]],
    ["à la", ["a", "la"]],
    ["!!!", []],
    ["", []],
  ])("%j → %j", (query, expected) => expect(queryTerms(query)).toEqual(expected));
});
