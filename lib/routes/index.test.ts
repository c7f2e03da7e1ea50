import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { articleFile, contentFolder } from "../testing/content-folder";
import type * as Routes from "./index";

let routes: typeof Routes;
beforeAll(async () => {
  // 31 articles: the home, the rubrique and the author have pages 2 and 3 (12 a page), the wire (30 a page) a page 2;
  // 13 carry a tag (2 pages); January has 28, February 3.
  const articles = Object.fromEntries(
    Array.from({ length: 31 }, (_, i) => [
      `article-${i}`,
      articleFile({
        date: `2025-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, "0")}`,
        category: "sport",
        tags: i < 13 ? ["Mondial"] : undefined,
      }),
    ]),
  );
  const root = await contentFolder({ rubriques: [{ id: "sport", name: "Sport", description: "x" }], articles });
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", root);
  vi.stubEnv("NODE_ENV", "production");
  routes = await import("./index");
});
afterAll(() => vi.unstubAllEnvs());

describe("isMissingContent", () => {
  it.each([
    "/article/article-3",
    "/article/article-3/",
    "/article/article-3/opengraph-image",
    "/rubrique/sport",
    "/rubrique/sport/page/2",
    "/rubrique/sport/page/3",
    "/rubrique/sport/rss.xml",
    "/auteur/redaction/page/3",
    "/tag/mondial/page/2",
    "/fil-info/page/2",
    "/archives/2025/02",
    "/page/2",
    "/page/3",
  ])("%s leads to a page", async (pathname) => {
    expect(await routes.isMissingContent(pathname)).toBe(false);
  });

  it.each([
    "/article/inconnu",
    "/article/Article-3",
    "/article/..%2F..%2Fetc%2Fpasswd",
    "/article/inconnu/opengraph-image",
    // No cover to cut (the crops of a real cover: e2e/seo-metadata.spec.ts), or not one of the three shapes.
    "/article/article-3/couverture/16x9.jpg",
    "/article/inconnu/couverture/16x9.jpg",
    "/article/article-3/couverture/2x1.jpg",
    "/rubrique/meteo",
    "/rubrique/meteo/rss.xml",
    "/rubrique/sport/page/1",
    "/rubrique/sport/page/4",
    "/rubrique/sport/page/0",
    "/auteur/inconnu",
    "/auteur/redaction/page/4",
    "/tag/inconnu",
    "/tag/mondial/page/3",
    "/fil-info/page/99",
    "/archives/2025/03",
    "/archives/2025/13",
    "/page/1",
    "/page/4",
    "/page/0",
    "/page/-1",
    "/page/1e3",
    "/page/02",
  ])("%s is the address of missing content", async (pathname) => {
    expect(await routes.isMissingContent(pathname)).toBe(true);
  });

  // Next.js answers these itself: no route matches, or the route answers its own 404.
  it.each([
    "/article/article-3/suite",
    "/article/match/opengraph-image/2",
    "/article/match/twitter-image",
    "/rubrique/sport/archives",
    "/rubrique/sport/rss.xml/x",
    "/rubrique/sport/atom.xml",
    "/ailleurs/x",
    "/page-inconnue",
    "/sitemaps/99.xml",
    "/images/articles/x.webp",
  ])("%s is left to Next.js", async (pathname) => {
    expect(await routes.isMissingContent(pathname)).toBe(false);
  });
});
