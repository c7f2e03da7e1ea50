import { afterEach, describe, expect, it, vi } from "vitest";

import { listingPagesToPrerender, newestToPrerender, prerenderedArticleCount } from "./prerender";

afterEach(() => vi.unstubAllEnvs());

describe("prerenderedArticleCount", () => {
  it("defaults to 1,000 articles, the variable unset or empty", () => {
    vi.stubEnv("LESINFOS_PRERENDER_ARTICLES", undefined);
    expect(prerenderedArticleCount()).toBe(1000);
    vi.stubEnv("LESINFOS_PRERENDER_ARTICLES", "");
    expect(prerenderedArticleCount()).toBe(1000);
  });

  it("reads LESINFOS_PRERENDER_ARTICLES, zero included", () => {
    vi.stubEnv("LESINFOS_PRERENDER_ARTICLES", "250");
    expect(prerenderedArticleCount()).toBe(250);
    vi.stubEnv("LESINFOS_PRERENDER_ARTICLES", "0");
    expect(prerenderedArticleCount()).toBe(0);
  });

  it.each(["-1", "1e3", "mille", "12.5"])("rejects %s with the variable's name", (raw) => {
    vi.stubEnv("LESINFOS_PRERENDER_ARTICLES", raw);
    expect(() => prerenderedArticleCount()).toThrow(`LESINFOS_PRERENDER_ARTICLES « ${raw} »`);
  });
});

describe("newestToPrerender", () => {
  it("keeps the head of a newest-first list", () => {
    vi.stubEnv("LESINFOS_PRERENDER_ARTICLES", "2");
    expect(newestToPrerender(["c", "b", "a"])).toEqual(["c", "b"]);
  });

  it("keeps everything when the archive is smaller than the limit", () => {
    vi.stubEnv("LESINFOS_PRERENDER_ARTICLES", "1000");
    expect(newestToPrerender(["b", "a"])).toEqual(["b", "a"]);
  });
});

describe("listingPagesToPrerender", () => {
  const listing = Array.from({ length: 40 }, (_, i) => `article-${i}`);

  it("lists every page from 2 when the whole listing is among the newest", () => {
    expect(listingPagesToPrerender(listing, 12, new Set(listing))).toEqual([2, 3, 4]);
  });

  it("stops at the last page that shows one of the newest articles", () => {
    // 25 newest fill pages 1–3 of 12 (page 3 holds the 25th); pages 4 only has older ones.
    expect(listingPagesToPrerender(listing, 12, new Set(listing.slice(0, 25)))).toEqual([2, 3]);
  });

  it("has nothing beyond page 1 for a short listing or when none is among the newest", () => {
    expect(listingPagesToPrerender(listing.slice(0, 5), 12, new Set(listing))).toEqual([]);
    expect(listingPagesToPrerender(listing, 12, new Set())).toEqual([]);
  });

  it("counts from page 2 for the home, whose page 1 shows none of the listing", () => {
    expect(listingPagesToPrerender(listing, 12, new Set(listing.slice(0, 25)), 0)).toEqual([2, 3, 4]);
    expect(listingPagesToPrerender(listing, 12, new Set(), 0)).toEqual([]);
  });
});
