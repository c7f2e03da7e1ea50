import { describe, expect, it } from "vitest";

import { makeArticle } from "../testing/articles";
import { laterListingPage, laterPageNumber, listingPage, type Listing } from "./listing";

const articles = Array.from({ length: 5 }, (_, i) => makeArticle(`article-${i}`));

/** A listing of two keys: "court" with 5 articles, "vide" with none. */
const listing: Listing<"id", string> = {
  pageSize: 2,
  find: async ({ id }) => (id === "court" ? { subject: "Court", items: articles } : id === "vide" ? { subject: "Vide", items: [] } : null),
  keys: async () => [{ id: "court" }, { id: "vide" }],
  metadata: () => ({}),
  render: () => null,
};

describe("listingPage", () => {
  it("gives a page of the key's articles with its subject", async () => {
    const page = await listingPage(listing, { id: "court" }, 3);
    expect(page).toEqual({ subject: "Court", items: [articles[4]], page: 3, totalPages: 3 });
  });

  it("has a first page for a key with no article, and nothing for an unknown key or past the end", async () => {
    expect(await listingPage(listing, { id: "vide" }, 1)).toEqual({ subject: "Vide", items: [], page: 1, totalPages: 1 });
    expect(await listingPage(listing, { id: "inconnu" }, 1)).toBeNull();
    expect(await listingPage(listing, { id: "court" }, 4)).toBeNull();
  });
});

describe("later pages", () => {
  it.each([
    ["2", 2],
    ["3", 3],
  ])("/page/%s is page %i", (raw, page) => expect(laterPageNumber(raw)).toBe(page));

  // Page 1 lives at the listing's own address: `/…/page/1` is redirected before it gets here.
  it.each(["1", "0", "02", "x"])("/page/%s is none", (raw) => expect(laterPageNumber(raw)).toBeNull());

  it("loads page n from the route's parameters", async () => {
    expect((await laterListingPage(listing, { id: "court", n: "2" }))?.items).toEqual([articles[2], articles[3]]);
    expect(await laterListingPage(listing, { id: "court", n: "1" })).toBeNull();
  });
});
