import { describe, expect, it } from "vitest";

import type { Article } from "../content";
import { site } from "../site";
import { makeArticle, rubriques } from "../testing/articles";
import { articlesAfterFront } from "../front-page";
import { laterHomePages, PAGES_LISTED, touchedPaths, type FrontChoice } from "./touched";

/** `count` articles one hour apart, newest first, alternating rubriques, all by the newsroom. */
function archive(count: number): Article[] {
  return Array.from({ length: count }, (_, i) =>
    makeArticle(`article-${i}`, {
      publishedAt: new Date(Date.UTC(2025, 3, 30, 12) - i * 3_600_000),
      rubriqueId: i % 2 === 0 ? "politique" : "sport",
      tags: [{ slug: `tag-${i % 3}`, label: `Tag ${i % 3}` }],
    }),
  );
}

const at = new Date(Date.UTC(2025, 4, 1, 12));
const front = (picks: FrontChoice["picks"] = []): FrontChoice => ({ rubriques, picks, at });
const choice = { before: front(), after: front() };

describe("touchedPaths", () => {
  const before = archive(site.pageSize * 3);

  it("a new article on top: itself, its neighbour, every page of the listings it enters, feeds and sitemaps", () => {
    const fresh = makeArticle("nouveau", {
      publishedAt: new Date(Date.UTC(2025, 4, 1, 9)),
      rubriqueId: "politique",
      tags: [{ slug: "tag-1", label: "Tag 1" }],
    });
    const paths = touchedPaths(before, [fresh, ...before], [{ after: fresh }], choice);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/article/nouveau",
        "/article/nouveau/opengraph-image",
        "/article/article-0",
        "/",
        "/page/2",
        "/page/3",
        "/fil-info",
        "/rubrique/politique",
        "/rubrique/politique/page/2",
        "/rubrique/politique/rss.xml",
        "/auteur/redaction",
        "/tag/tag-1",
        "/archives",
        "/archives/2025/05",
        "/archives/2025/04",
        "/rss.xml",
        "/sitemap.xml",
        "/sitemaps/1.xml",
        "/news-sitemap.xml",
        // The 404 page offers the latest stories.
        "/_not-found",
      ]),
    );
    expect(paths).not.toContain("/rubrique/sport");
    expect(paths).not.toContain("/tag/tag-0");
    expect(paths).not.toContain("/article/article-1");
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("a correction deep in the archive leaves the newer listing pages alone", () => {
    const old = before.at(-1)!;
    const corrected = { ...old, title: "Titre corrigé" };
    const after = [...before.slice(0, -1), corrected];
    const paths = touchedPaths(before, after, [{ before: old, after: corrected }], choice);
    expect(paths).toContain(`/page/${Math.ceil(before.length / site.pageSize)}`);
    expect(paths).not.toContain("/page/2");
    expect(paths).not.toContain("/archives/2025/05");
    expect(paths).toContain(old.url);
  });

  it("a new article on top of a long archive revalidates the shifted pages by their route, not one by one", () => {
    const long = archive(site.pageSize * PAGES_LISTED * 3);
    const fresh = makeArticle("nouveau", { publishedAt: new Date(Date.UTC(2025, 4, 1)), rubriqueId: "sport" });
    const paths = touchedPaths(long, [fresh, ...long], [{ after: fresh }], choice);
    expect(paths).toEqual(
      expect.arrayContaining(["/", "/page/[n]", "/rubrique/sport", "/rubrique/[id]/page/[n]", "/auteur/[id]/page/[n]"]),
    );
    expect(paths.filter((p) => /^\/(page|rubrique|auteur)\/.*\d$/.test(p))).toEqual([]);
    // A short listing (a tag of this archive has a third of it) still lists its pages.
    expect(touchedPaths(before, [fresh, ...before], [{ after: fresh }], choice)).toContain("/page/2");
  });

  it("a correction that keeps its place touches only the listing pages that show it", () => {
    const top = before[1]!;
    const corrected = { ...top, title: "Titre corrigé" };
    const after = before.map((article) => (article === top ? corrected : article));
    const paths = touchedPaths(before, after, [{ before: top, after: corrected }], choice);
    expect(paths).toEqual(expect.arrayContaining(["/", "/fil-info", "/rubrique/sport", "/tag/tag-1", top.url]));
    expect(paths.filter((p) => p.includes("/page/"))).toEqual([]);
  });

  it("a move to another rubrique touches both, and old and new tags", () => {
    const moved = before[0]!;
    const after = [{ ...moved, rubrique: before[1]!.rubrique, tags: [{ slug: "nouveau-tag", label: "Nouveau" }] }, ...before.slice(1)];
    const paths = touchedPaths(before, after, [{ before: moved, after: after[0] }], choice);
    expect(paths).toEqual(expect.arrayContaining(["/rubrique/politique", "/rubrique/sport", "/tag/tag-0", "/tag/nouveau-tag"]));
  });

  it("a withdrawal touches what the article was in", () => {
    const gone = before[4]!;
    const paths = touchedPaths(
      before,
      before.filter((a) => a !== gone),
      [{ before: gone }],
      choice,
    );
    expect(paths).toEqual(expect.arrayContaining([gone.url, "/rubrique/politique", "/tag/tag-1", "/", "/fil-info"]));
  });
});

describe("laterHomePages", () => {
  // The front page shows article-0 to article-12: /page/2 lists article-13 to article-24, /page/3 the rest.
  const list = archive(site.pageSize * 3);

  it("a new choice in une.yaml takes an old article to the front, and pushes article-12 off it: both pages shift", () => {
    const paths = laterHomePages(list, list, [], { before: front(), after: front([{ slug: "article-30" }]) });
    expect(paths).toEqual(["/page/2", "/page/3"]);
  });

  it("an expired choice puts the article back in its place", () => {
    const picks = [{ slug: "article-20", until: new Date(Date.UTC(2025, 4, 1, 11)) }];
    expect(laterHomePages(list, list, [], { before: front([{ slug: "article-20" }]), after: front(picks) })).toEqual([
      "/page/2",
      "/page/3",
    ]);
  });

  it("nothing moves, nothing to revalidate", () => {
    expect(laterHomePages(list, list, [], choice)).toEqual([]);
  });
});

describe("laterHomePages, against the pages as readers see them", () => {
  /** A small deterministic generator (mulberry32): the same draws on every run. */
  function draws(seed: number) {
    let state = seed;
    return (below: number) => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * below);
    };
  }
  const pageSlices = (later: readonly Article[]) =>
    Array.from({ length: Math.ceil(later.length / site.pageSize) }, (_, i) => later.slice(i * site.pageSize, (i + 1) * site.pageSize));
  const later = (list: readonly Article[], { rubriques, picks, at }: FrontChoice) => articlesAfterFront(list, rubriques, picks, at);

  it("never leaves out a later page whose articles changed (200 seeded changes of articles and choices)", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const draw = draws(seed);
      const before = archive(site.pageSize * (2 + draw(4)));
      const after = [...before];
      const changes: { before?: Article; after?: Article }[] = [];
      const kind = draw(3);
      if (kind === 0) {
        const fresh = makeArticle(`nouveau-${seed}`, { publishedAt: new Date(before[draw(before.length)]!.publishedAt.getTime() + 1) });
        after.push(fresh);
        after.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
        changes.push({ after: fresh });
      } else {
        const index = draw(before.length);
        const old = before[index]!;
        if (kind === 1) after.splice(index, 1);
        else after[index] = makeArticle(old.slug, { publishedAt: old.publishedAt, rubriqueId: old.rubrique.id });
        changes.push({ before: old, ...(kind === 2 ? { after: after[index] } : {}) });
      }
      const pick = () => (draw(2) === 0 ? [] : [{ slug: `article-${draw(before.length)}` }]);
      const choices = { before: front(pick()), after: front(pick()) };
      const paths = laterHomePages(before, after, changes, choices);
      if (paths.includes("/page/[n]")) continue;
      const [pagesBefore, pagesAfter] = [pageSlices(later(before, choices.before)), pageSlices(later(after, choices.after))];
      for (let n = 0; n < Math.max(pagesBefore.length, pagesAfter.length); n++) {
        const same =
          pagesBefore[n]?.length === pagesAfter[n]?.length && (pagesBefore[n] ?? []).every((article, i) => pagesAfter[n]?.[i] === article);
        if (!same) expect(paths, `graine ${seed}, page ${n + 2}`).toContain(`/page/${n + 2}`);
      }
    }
  });
});
