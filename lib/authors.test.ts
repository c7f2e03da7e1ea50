import { describe, expect, it } from "vitest";

import { monogram, newsroomDirectory } from "./authors";
import { articleSeries, makeArticle } from "./testing/articles";

describe("monogram", () => {
  it("takes the first and last capitalized names", () => {
    expect(monogram("Salma Bennani")).toBe("SB");
    expect(monogram("Youssef El Amrani")).toBe("YA");
    expect(monogram("Karim Ouazzani-Touhami")).toBe("KT");
    expect(monogram("Élodie")).toBe("É");
  });

  it("falls back on the first letter of a name without capitals", () => {
    expect(monogram("la rédaction")).toBe("L");
  });
});

describe("newsroomDirectory", () => {
  it("counts each author's articles and gives the latest", () => {
    const salma = { id: "salma", name: "Salma Bennani", url: "/auteur/salma", isOrganization: false };
    const articles = [makeArticle("recent", { author: salma }), ...articleSeries(3), makeArticle("ancien", { author: salma })];
    const [first, second] = newsroomDirectory([salma, articles[1]!.author], articles);
    expect([first?.count, first?.latest?.slug]).toEqual([2, "recent"]);
    expect([second?.count, second?.latest?.slug]).toEqual([3, "a0"]);
  });

  it("gives no latest article to an author who has none", () => {
    const nobody = { id: "x", name: "X", url: "/auteur/x", isOrganization: false };
    expect(newsroomDirectory([nobody], articleSeries(2))).toEqual([{ author: nobody, count: 0, latest: undefined }]);
  });
});
