import { afterAll, describe, expect, it, vi } from "vitest";

import { makeArticle, rubriques } from "@/lib/testing/articles";

import {
  articleMetadata,
  homeMetadata,
  paginationLinks,
  rootMetadata,
  rubriqueMetadata,
  searchMetadata,
  staticPageMetadata,
} from "./metadata";

// A newsroom with an account on X: every page names it (twitter:site).
vi.mock("@/lib/site", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/site")>();
  return { ...actual, site: { ...actual.site, twitterSite: "@lesinfos" } };
});

const SITE = "https://www.lesinfos.example";
// Set before the metadata below is built, at collection time.
vi.stubEnv("SITE_URL", SITE);
afterAll(() => vi.unstubAllEnvs());

const RSS = "application/rss+xml";
const siteFeed = { url: `${SITE}/rss.xml`, title: "Lesinfos — toutes les actualités" };
const economie = rubriques.find((r) => r.id === "economie")!;

describe("rootMetadata", () => {
  it("sets the title template, the site's feed and the French Open Graph defaults, but no canonical", () => {
    const meta = rootMetadata();
    expect(meta.metadataBase?.toString()).toBe(`${SITE}/`);
    expect(meta.title).toEqual({ default: "Lesinfos — L’information du Maroc et du monde, vérifiée", template: "%s | Lesinfos" });
    expect(meta.alternates).toEqual({ types: { [RSS]: [siteFeed] } });
    expect(meta.openGraph).toEqual({ type: "website", siteName: "Lesinfos", locale: "fr_FR" });
    expect(meta.twitter).toEqual({ card: "summary", site: "@lesinfos" });
    expect(meta.alternates).not.toHaveProperty("canonical");
    expect(meta.robots).toEqual({ "max-image-preview": "large" });
  });
});

describe("page metadata", () => {
  it("gives the home its absolute title, canonical and card", () => {
    const meta = homeMetadata();
    expect(meta.title).toEqual({ absolute: "Lesinfos — L’information du Maroc et du monde, vérifiée" });
    expect(meta.alternates?.canonical).toBe(`${SITE}/`);
    expect(meta.openGraph).toMatchObject({ url: `${SITE}/`, siteName: "Lesinfos", locale: "fr_FR", type: "website" });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", site: "@lesinfos" });
  });

  it("shares every page but the articles with the site's card, described for those who cannot see it", () => {
    const card = {
      url: `${SITE}/opengraph-image`,
      width: 1200,
      height: 630,
      alt: "Lesinfos — L’information du Maroc et du monde, vérifiée",
    };
    for (const meta of [
      homeMetadata(),
      rubriqueMetadata(economie),
      staticPageMetadata({ slug: "contact", url: "/contact", title: "Contact", description: "Écrire", file: "x" }),
    ]) {
      expect(meta.openGraph).toMatchObject({ images: [card] });
      expect(meta.twitter).toMatchObject({ images: [{ url: card.url, alt: card.alt }] });
    }
  });

  it("makes each page of a rubrique canonical to itself, with the rubrique's feed", () => {
    expect(rubriqueMetadata(economie).alternates).toEqual({
      canonical: `${SITE}/rubrique/economie`,
      types: { [RSS]: [siteFeed, { url: `${SITE}/rubrique/economie/rss.xml`, title: "Lesinfos — economie" }] },
    });
    const second = rubriqueMetadata(economie, 2, 3);
    expect(second.title).toBe("economie — Page 2 sur 3");
    expect(second.alternates?.canonical).toBe(`${SITE}/rubrique/economie/page/2`);
    expect(second.openGraph).toMatchObject({ url: `${SITE}/rubrique/economie/page/2` });
  });

  it("describes a fixed page", () => {
    const meta = staticPageMetadata({ slug: "contact", url: "/contact", title: "Contact", description: "Écrire", file: "x" });
    expect(meta).toMatchObject({ title: "Contact", description: "Écrire", alternates: { canonical: `${SITE}/contact` } });
  });

  it("keeps search results out of the index", () => {
    expect(searchMetadata()).toMatchObject({ robots: { index: false, follow: true }, alternates: { canonical: `${SITE}/recherche` } });
  });
});

describe("articleMetadata", () => {
  const article = makeArticle("ports", {
    title: "Ports : le trafic progresse",
    description: "Le chapô.",
    rubriqueId: "economie",
    publishedAt: new Date("2025-03-15T12:00:00Z"),
    updatedAt: new Date("2025-04-15T12:00:00Z"),
    tags: [{ label: "Tanger", slug: "tanger" }],
  });
  const meta = articleMetadata(article);

  it("is an Open Graph article dated in Casablanca time", () => {
    expect(meta.openGraph).toMatchObject({
      type: "article",
      url: `${SITE}/article/ports`,
      title: article.title,
      description: article.description,
      siteName: "Lesinfos",
      locale: "fr_FR",
      publishedTime: "2025-03-15T12:00:00+00:00",
      modifiedTime: "2025-04-15T13:00:00+01:00",
      section: "economie",
      tags: ["Tanger"],
      authors: [`${SITE}/auteur/redaction`],
      images: [
        {
          url: `${SITE}/article/ports/opengraph-image`,
          width: 1200,
          height: 630,
          alt: "Ports : le trafic progresse — Lesinfos",
          type: "image/png",
        },
      ],
    });
  });

  it("has a large Twitter card with the same image, a canonical and both feeds", () => {
    expect(meta.twitter).toMatchObject({
      card: "summary_large_image",
      site: "@lesinfos",
      images: [{ url: `${SITE}/article/ports/opengraph-image` }],
    });
    expect(meta.alternates?.canonical).toBe(`${SITE}/article/ports`);
    expect(meta.alternates?.types?.[RSS]).toEqual([siteFeed, { url: `${SITE}/rubrique/economie/rss.xml`, title: "Lesinfos — economie" }]);
  });
});

describe("paginationLinks", () => {
  const pathFor = (n: number) => (n === 1 ? "/rubrique/sport" : `/rubrique/sport/page/${n}`);

  it("links the neighbouring pages, absolute", () => {
    expect(paginationLinks(1, 3, pathFor)).toEqual({ next: `${SITE}/rubrique/sport/page/2` });
    expect(paginationLinks(2, 3, pathFor)).toEqual({ prev: `${SITE}/rubrique/sport`, next: `${SITE}/rubrique/sport/page/3` });
    expect(paginationLinks(3, 3, pathFor)).toEqual({ prev: `${SITE}/rubrique/sport/page/2` });
    expect(paginationLinks(1, 1, pathFor)).toEqual({});
  });
});
