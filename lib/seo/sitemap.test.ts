import { XMLParser } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { Author, Page } from "@/lib/content";
import { articleSeries, rubriques } from "@/lib/testing/articles";

import { SITEMAP_LIMIT, sitemapDocument, sitemapEntries, sitemapPartDocument, splitSitemap, type SitemapEntry } from "./sitemap";

const SITE = "https://www.lesinfos.example";
beforeEach(() => vi.stubEnv("SITE_URL", SITE));
afterEach(() => vi.unstubAllEnvs());

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" || name === "sitemap" });

interface Url {
  loc: string;
  lastmod?: string;
}
function urlset(xml: string): Url[] {
  const doc = parser.parse(xml);
  expect(doc.urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  return doc.urlset.url ?? [];
}
function sitemapIndex(xml: string): Url[] {
  const doc = parser.parse(xml);
  expect(doc.urlset).toBeUndefined();
  expect(doc.sitemapindex["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  return doc.sitemapindex.sitemap;
}

const authors: Author[] = [
  { id: "redaction", name: "La rédaction", url: "/auteur/redaction", isOrganization: true },
  { id: "sans-article", name: "Sans article", url: "/auteur/sans-article", isOrganization: false },
];
const pages: Page[] = [{ slug: "a-propos", url: "/a-propos", title: "À propos", description: "d", file: "x" }];

describe("sitemapEntries", () => {
  const articles = articleSeries(30).map((article, i) =>
    i === 3
      ? { ...article, updatedAt: new Date("2025-05-02T09:00:00Z"), tags: [{ label: "Sécurité routière", slug: "securite-routiere" }] }
      : i === 7
        ? { ...article, tags: [{ label: "sécurité routière", slug: "securite-routiere" }] }
        : article,
  );
  const at = new Date("2025-05-03T12:00:00Z");
  const entries = sitemapEntries({ articles, rubriques, authors, pages, pageSize: 12, picks: [], at });
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));

  it("lists each address once", () => {
    expect(new Set(entries.map((entry) => entry.path)).size).toBe(entries.length);
  });

  it("dates an article by its update, else its publication", () => {
    expect(byPath.get("/article/a3")?.lastModified?.toISOString()).toBe("2025-05-02T09:00:00.000Z");
    expect(byPath.get("/article/a4")?.lastModified).toEqual(articles[4]?.publishedAt);
    expect(articles.every((article) => byPath.has(article.url))).toBe(true);
  });

  it("lists the home and its later pages, the rubriques and their pages", () => {
    // The front page shows a0–a16 (lead, 4 under it, « En continu », rubrique blocks): 13 left, 12 a page.
    expect([...byPath.keys()].filter((p) => p === "/" || p.startsWith("/page/"))).toEqual(["/", "/page/2", "/page/3"]);
    // /page/2 starts right after the front page: dated by a17, its newest article.
    expect(byPath.get("/page/2")?.lastModified).toEqual(articles[17]?.publishedAt);
    expect(byPath.get("/page/3")?.lastModified).toEqual(articles[29]?.publishedAt);
    expect(byPath.get("/")?.lastModified?.toISOString()).toBe("2025-05-02T09:00:00.000Z");
    expect(byPath.has("/rubrique/politique")).toBe(true);
    expect(byPath.has("/rubrique/politique/page/2")).toBe(false);
    const many = sitemapEntries({
      articles: articleSeries(30).map((a) => ({ ...a, rubrique: rubriques[0]! })),
      rubriques,
      authors: [],
      pages: [],
      pageSize: 12,
      picks: [],
      at,
    });
    expect(many.map((entry) => entry.path).filter((p) => p.startsWith("/rubrique/politique"))).toEqual([
      "/rubrique/politique",
      "/rubrique/politique/page/2",
      "/rubrique/politique/page/3",
    ]);
    // Dated by its newest article (a1, 11:00); a rubrique without articles is listed undated: never stamped with "now".
    expect(byPath.get("/rubrique/economie")?.lastModified?.toISOString()).toBe("2025-04-30T11:00:00.000Z");
    expect(many.find((entry) => entry.path === "/rubrique/economie")).toEqual({ path: "/rubrique/economie" });
  });

  it("lists authors, tags by slug and fixed pages", () => {
    expect(byPath.get("/auteur/redaction")?.lastModified?.toISOString()).toBe("2025-05-02T09:00:00.000Z");
    expect(byPath.get("/auteur/sans-article")).toEqual({ path: "/auteur/sans-article" });
    expect([...byPath.keys()].filter((p) => p.startsWith("/tag/"))).toEqual(["/tag/securite-routiere"]);
    expect(byPath.get("/a-propos")).toEqual({ path: "/a-propos" });
  });
});

describe("sitemapEntries for the newsroom formats", () => {
  const at = new Date("2025-05-03T12:00:00Z");
  const lastUpdateAt = new Date("2025-04-30T15:45:00Z");
  const articles = articleSeries(30).map((article, i) => {
    if (i === 2) return { ...article, live: { updateCount: 120, lastUpdateAt } };
    if (i === 5) return { ...article, updatedAt: new Date("2025-04-30T10:00:00Z"), live: { updateCount: 3, lastUpdateAt } };
    if (i === 9) return { ...article, live: { updateCount: 0 } };
    const corrections = [{ kind: "precision" as const, publishedAt: new Date(Date.UTC(2025, 4, 1, i)), text: "Précision." }];
    return i >= 10 && i < 24 ? { ...article, corrections } : article;
  });
  const entries = sitemapEntries({ articles, rubriques, authors: [], pages: [], pageSize: 12, picks: [], at });
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));

  it("dates a live coverage by its latest update", () => {
    expect(byPath.get("/article/a2")?.lastModified).toEqual(lastUpdateAt);
    expect(byPath.get("/article/a5")?.lastModified).toEqual(lastUpdateAt);
    expect(byPath.get("/article/a9")?.lastModified).toEqual(articles[9]?.publishedAt);
  });

  it("lists the archive pages of a live coverage's updates, the last one dated by the latest update", () => {
    expect(entries.filter((entry) => entry.path.startsWith("/article/a2/"))).toEqual([
      { path: "/article/a2/mises-a-jour/1" },
      { path: "/article/a2/mises-a-jour/2" },
      { path: "/article/a2/mises-a-jour/3", lastModified: lastUpdateAt },
    ]);
    expect(byPath.get("/article/a5/mises-a-jour/1")).toEqual({ path: "/article/a5/mises-a-jour/1", lastModified: lastUpdateAt });
    expect(entries.filter((entry) => entry.path.startsWith("/article/a9/"))).toEqual([]);
  });

  it("lists /rectificatifs and its pages, each dated by its newest correction", () => {
    // 14 corrections, 12 a page; the newest is a23's (2025-05-01 23:00), page 2 opens on a11's.
    expect(entries.filter((entry) => entry.path.startsWith("/rectificatifs"))).toEqual([
      { path: "/rectificatifs", lastModified: new Date(Date.UTC(2025, 4, 1, 23)) },
      { path: "/rectificatifs/page/2", lastModified: new Date(Date.UTC(2025, 4, 1, 11)) },
    ]);
    const none = sitemapEntries({ articles: articleSeries(3), rubriques, authors: [], pages: [], pageSize: 12, picks: [], at });
    expect(none.filter((entry) => entry.path.startsWith("/rectificatifs"))).toEqual([{ path: "/rectificatifs" }]);
  });
});

describe("splitting the sitemap", () => {
  const entries: SitemapEntry[] = Array.from({ length: 7 }, (_, i) => ({
    path: `/article/a${i}`,
    lastModified: new Date(Date.UTC(2025, 4, 1 + i, 12)),
  }));

  it("cuts consecutive parts of at most the limit", () => {
    expect(splitSitemap(entries, 3).map((part) => part.map((entry) => entry.path))).toEqual([
      ["/article/a0", "/article/a1", "/article/a2"],
      ["/article/a3", "/article/a4", "/article/a5"],
      ["/article/a6"],
    ]);
    expect(splitSitemap([], 3)).toEqual([[]]);
    expect(() => splitSitemap(entries, 0)).toThrow(RangeError);
  });

  it("serves one urlset while the entries fit", () => {
    const urls = urlset(sitemapDocument(entries, 7));
    expect(urls.map((url) => url.loc)).toEqual(entries.map((entry) => `${SITE}${entry.path}`));
    expect(urls[0]?.lastmod).toBe("2025-05-01T13:00:00+01:00");
    expect(sitemapPartDocument(entries, 1, 7)).toBeNull();
  });

  it("becomes an index of its parts past the limit, each part a urlset", () => {
    const index = sitemapIndex(sitemapDocument(entries, 3));
    expect(index).toEqual([
      { loc: `${SITE}/sitemaps/1.xml`, lastmod: "2025-05-03T13:00:00+01:00" },
      { loc: `${SITE}/sitemaps/2.xml`, lastmod: "2025-05-06T13:00:00+01:00" },
      { loc: `${SITE}/sitemaps/3.xml`, lastmod: "2025-05-07T13:00:00+01:00" },
    ]);
    const second = urlset(sitemapPartDocument(entries, 2, 3) ?? "");
    expect(second.map((url) => url.loc)).toEqual([`${SITE}/article/a3`, `${SITE}/article/a4`, `${SITE}/article/a5`]);
    expect(urlset(sitemapPartDocument(entries, 3, 3) ?? "")).toHaveLength(1);
    expect(sitemapPartDocument(entries, 4, 3)).toBeNull();
    expect(sitemapPartDocument(entries, 0, 3)).toBeNull();
  });

  it("splits at the protocol's 50,000 addresses by default", () => {
    const many = Array.from({ length: SITEMAP_LIMIT + 1 }, (_, i) => ({ path: `/article/a${i}` }));
    expect(urlset(sitemapDocument(many.slice(0, SITEMAP_LIMIT)))).toHaveLength(SITEMAP_LIMIT);
    expect(sitemapIndex(sitemapDocument(many)).map((s) => s.loc)).toEqual([`${SITE}/sitemaps/1.xml`, `${SITE}/sitemaps/2.xml`]);
  });

  it("escapes addresses", () => {
    const [url] = urlset(sitemapDocument([{ path: "/recherche?q=a&b=<c>" }]));
    expect(url?.loc).toBe(`${SITE}/recherche?q=a&b=%3Cc%3E`);
  });
});
