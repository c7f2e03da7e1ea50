import { describe, expect, it } from "vitest";

import { articlesAfterFront, chooseLead, FRONT, frontPage, shownOnFront } from "./front-page";
import { articleSeries, rubriques } from "./testing/articles";

// articleSeries: a0 is newest, at 2025-04-30 12:00 UTC, then one hour apart.
const at = new Date("2025-04-30T13:00:00Z");
const slugs = (articles: { slug: string }[]) => articles.map((article) => article.slug);

describe("chooseLead", () => {
  it("takes the editors' first pick still valid", () => {
    const articles = articleSeries(10);
    const picks = [{ slug: "a7", until: new Date("2025-04-30T12:59:00Z") }, { slug: "a5" }, { slug: "a2" }];
    expect(chooseLead(articles, picks, at)?.slug).toBe("a5");
  });

  it("skips a pick that is not visible (draft or embargoed in production)", () => {
    expect(chooseLead(articleSeries(10), [{ slug: "inconnu" }, { slug: "a3" }], at)?.slug).toBe("a3");
  });

  it("without picks, takes the newest featured article of the last 24 hours", () => {
    const articles = articleSeries(40);
    articles[4] = { ...articles[4]!, featured: true };
    articles[30] = { ...articles[30]!, featured: true };
    expect(chooseLead(articles, [], at)?.slug).toBe("a4");
  });

  it("a featured article older than 24 hours does not lead: the newest does", () => {
    const articles = articleSeries(40);
    articles[30] = { ...articles[30]!, featured: true };
    expect(chooseLead(articles, [], at)?.slug).toBe("a0");
    expect(chooseLead([], [], at)).toBeUndefined();
  });
});

describe("frontPage", () => {
  it("puts the other picks first among the secondary stories, then the newest", () => {
    const front = frontPage(articleSeries(30), rubriques, [{ slug: "a9" }, { slug: "a6" }], at);
    expect(front.lead?.slug).toBe("a9");
    expect(slugs(front.secondary)).toEqual(["a6", "a0", "a1", "a2"]);
    expect(front.secondary).toHaveLength(FRONT.secondary);
  });

  it("« En continu » and the rubrique blocks never repeat the top stories", () => {
    const front = frontPage(articleSeries(30), rubriques, [], at);
    const top = new Set([front.lead!.slug, ...slugs(front.secondary)]);
    expect(slugs(front.wire)).toEqual(["a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12"]);
    expect(front.rubriqueBlocks.map((block) => block.rubrique.id)).toEqual(["politique", "economie", "sport"]);
    for (const block of front.rubriqueBlocks) {
      const inBlock = [block.lead, ...block.headlines];
      expect(inBlock).toHaveLength(1 + FRONT.rubriqueHeadlines);
      for (const article of inBlock) {
        expect(article.rubrique.id).toBe(block.rubrique.id);
        expect(top.has(article.slug)).toBe(false);
      }
    }
  });

  it("leaves out a rubrique with nothing left to show", () => {
    const front = frontPage(articleSeries(6), rubriques, [], at);
    expect(front.rubriqueBlocks.map((block) => [block.rubrique.id, slugs([block.lead, ...block.headlines])])).toEqual([["sport", ["a5"]]]);
  });

  it("is empty without articles", () => {
    expect(frontPage([], rubriques, [{ slug: "a1" }], at)).toEqual({ live: [], secondary: [], wire: [], rubriqueBlocks: [] });
  });

  it("lifts the live coverages in progress above the lead, and shows them nowhere else", () => {
    const articles = articleSeries(12);
    const live = { updateCount: 3, lastUpdateAt: new Date("2025-04-30T12:50:00Z") };
    articles[3] = { ...articles[3]!, live };
    articles[6] = { ...articles[6]!, live: { ...live, endedAt: new Date("2025-04-30T12:00:00Z") } };
    const front = frontPage(articles, rubriques, [{ slug: "a3" }], at);
    expect(slugs(front.live)).toEqual(["a3"]);
    expect(front.lead?.slug).toBe("a0");
    const elsewhere = [front.lead!, ...front.secondary, ...front.wire, ...front.rubriqueBlocks.flatMap((b) => [b.lead, ...b.headlines])];
    expect(slugs(elsewhere)).not.toContain("a3");
    // A finished coverage is an article like the others.
    expect(slugs(elsewhere)).toContain("a6");
  });
});

describe("articlesAfterFront", () => {
  it("lists, newest first, exactly the articles the home does not show: none twice, none skipped", () => {
    const articles = articleSeries(60);
    const picks = [{ slug: "a40" }, { slug: "a2" }];
    const shown = shownOnFront(frontPage(articles, rubriques, picks, at));
    const after = articlesAfterFront(articles, rubriques, picks, at);
    // The picks, then the newest under them; « En continu » a5–a12; the rubrique blocks add a13–a15.
    expect(slugs([...shown]).sort()).toEqual(["a40", "a2", "a0", "a1", "a3", ...Array.from({ length: 12 }, (_, i) => `a${i + 4}`)].sort());
    expect(after.filter((article) => shown.has(article))).toEqual([]);
    expect(after.length + shown.size).toBe(articles.length);
    expect(slugs(after)).toEqual(slugs(articles.filter((article) => !shown.has(article))));
    expect(slugs(after)).not.toContain("a40");
    expect(slugs(after)).toContain("a39");
  });

  it("follows the lead of une.yaml, not the newest featured article", () => {
    const articles = articleSeries(40);
    articles[1] = { ...articles[1]!, featured: true };
    const after = articlesAfterFront(articles, rubriques, [{ slug: "a30" }], at);
    expect(slugs(after)).not.toContain("a30");
    expect(frontPage(articles, rubriques, [{ slug: "a30" }], at).lead?.slug).toBe("a30");
  });

  it("lists a live coverage in progress nowhere after the home, which lifts it to the top", () => {
    const articles = articleSeries(40);
    articles[20] = { ...articles[20]!, live: { updateCount: 1, lastUpdateAt: at } };
    expect(slugs(articlesAfterFront(articles, rubriques, [], at))).not.toContain("a20");
  });
});
