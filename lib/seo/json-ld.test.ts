import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { JsonLd } from "@/components/seo/JsonLd";
import { makeArticle } from "@/lib/testing/articles";

import { articleJsonLd, breadcrumbJsonLd, organizationJsonLd, serializeJsonLd, truncateHeadline, websiteJsonLd } from "./json-ld";

const SITE = "https://www.lesinfos.example";
beforeEach(() => vi.stubEnv("SITE_URL", `${SITE}/`));
afterEach(() => vi.unstubAllEnvs());

const journalist = { id: "salma-bennani", name: "Salma Bennani", url: "/auteur/salma-bennani", role: "Journaliste", isOrganization: false };

const article = makeArticle("ports-conteneurs", {
  title: "Ports : le trafic de conteneurs poursuit sa hausse",
  description: "Les ports du nord ont traité 9 % de conteneurs en plus.",
  publishedAt: new Date("2025-04-15T12:00:00Z"),
  updatedAt: new Date("2025-04-16T08:30:00Z"),
  author: journalist,
  rubriqueId: "economie",
  tags: [
    { label: "Ports", slug: "ports" },
    { label: "Tanger", slug: "tanger" },
  ],
  image: { src: "/images/articles/ports.webp", alt: "Conteneurs à Tanger", credit: "Lesinfos", width: 1600, height: 900 },
});

/** The data as a consumer sees it: through JSON. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("articleJsonLd", () => {
  it("describes a NewsArticle with every field search engines require", () => {
    const data = asJson(articleJsonLd(article));
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: article.title,
      description: article.description,
      datePublished: "2025-04-15T13:00:00+01:00",
      dateModified: "2025-04-16T09:30:00+01:00",
      articleSection: "economie",
      keywords: ["Ports", "Tanger"],
      inLanguage: "fr",
      isAccessibleForFree: true,
      url: `${SITE}/article/ports-conteneurs`,
      mainEntityOfPage: { "@type": "WebPage", "@id": `${SITE}/article/ports-conteneurs` },
    });
    expect(data.author).toEqual([
      { "@type": "Person", name: "Salma Bennani", url: `${SITE}/auteur/salma-bennani`, jobTitle: "Journaliste" },
    ]);
    expect(data.publisher).toMatchObject({
      "@type": "NewsMediaOrganization",
      name: "Lesinfos",
      url: `${SITE}/`,
      logo: { "@type": "ImageObject", url: `${SITE}/apple-icon.png` },
    });
  });

  it("lists the 1200-wide share image first, then the cover, all absolute", () => {
    const { image } = asJson(articleJsonLd(article));
    expect(image).toEqual([
      { "@type": "ImageObject", url: `${SITE}/article/ports-conteneurs/opengraph-image`, width: "1200", height: "630" },
      {
        "@type": "ImageObject",
        url: `${SITE}/images/articles/ports.webp`,
        width: "1600",
        height: "900",
        caption: "Conteneurs à Tanger",
        creditText: "Lesinfos",
      },
    ]);
  });

  it("signs a brief of the newsroom as the organization, dated by its publication when never updated", () => {
    const brief = asJson(articleJsonLd(makeArticle("breve", { publishedAt: new Date("2025-03-15T12:00:00Z") })));
    expect(brief.author).toEqual([{ "@type": "Organization", name: "Lesinfos", url: `${SITE}/` }]);
    // During Ramadan Casablanca is at UTC+0.
    expect(brief.datePublished).toBe("2025-03-15T12:00:00+00:00");
    expect(brief.dateModified).toBe(brief.datePublished);
    expect(brief.image).toHaveLength(1);
    expect(brief).not.toHaveProperty("keywords");
  });

  it("cuts a long headline to 110 characters", () => {
    const long = makeArticle("long", { title: `${"Une phrase qui ne finit pas ".repeat(6)}vraiment` });
    const { headline } = articleJsonLd(long);
    // 108 characters: the next word would not fit before the ellipsis.
    expect(headline).toBe(`${"Une phrase qui ne finit pas ".repeat(3)}Une phrase qui ne finit…`);
  });
});

describe("truncateHeadline", () => {
  it("leaves a headline that fits alone", () => {
    expect(truncateHeadline("Qui sommes-nous\u202f?")).toBe("Qui sommes-nous\u202f?");
  });

  it("cuts at a word boundary and adds an ellipsis, within the limit", () => {
    const text = "Budget 2027 : les députés adoptent la première partie du projet de loi de finances après un long débat";
    const cut = truncateHeadline(text, 40);
    expect(cut).toBe("Budget 2027 : les députés adoptent la…");
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it("keeps a word that ends exactly at the limit and drops trailing punctuation", () => {
    expect(truncateHeadline("abc defg, hij", 10)).toBe("abc defg…");
    expect(truncateHeadline("abc defgh ijk", 10)).toBe("abc defgh…");
  });

  it("cuts a single overlong word", () => {
    expect(truncateHeadline("a".repeat(200), 110)).toBe(`${"a".repeat(109)}…`);
  });
});

describe("breadcrumbJsonLd", () => {
  it("is Accueil › rubrique › headline with positions and absolute URLs", () => {
    expect(asJson(breadcrumbJsonLd(article))).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Accueil", item: `${SITE}/` },
        { "@type": "ListItem", position: 2, name: "economie", item: `${SITE}/rubrique/economie` },
        { "@type": "ListItem", position: 3, name: article.title, item: `${SITE}/article/ports-conteneurs` },
      ],
    });
  });
});

describe("home structured data", () => {
  it("declares the site search", () => {
    expect(asJson(websiteJsonLd())).toMatchObject({
      "@context": "https://schema.org",
      "@type": "WebSite",
      name: "Lesinfos",
      url: `${SITE}/`,
      inLanguage: "fr",
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: `${SITE}/recherche?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    });
  });

  it("describes the newsroom, without sameAs while none is configured", () => {
    const data = asJson(organizationJsonLd());
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsMediaOrganization",
      name: "Lesinfos",
      url: `${SITE}/`,
      logo: { url: `${SITE}/apple-icon.png`, width: "180", height: "180" },
    });
    expect(data).not.toHaveProperty("sameAs");
  });

  it("lists the configured profiles as sameAs", async () => {
    vi.resetModules();
    const actual = await vi.importActual<typeof import("@/lib/site")>("@/lib/site");
    vi.doMock("@/lib/site", () => ({ ...actual, site: { ...actual.site, sameAs: ["https://x.com/lesinfos"] } }));
    const { organizationJsonLd: withProfiles } = await import("./json-ld");
    expect(withProfiles().sameAs).toEqual(["https://x.com/lesinfos"]);
    vi.doUnmock("@/lib/site");
  });
});

describe("serializeJsonLd", () => {
  const hostile = makeArticle("hostile", {
    title: "Fin </script><script>alert(1)</script> & <!-- \u2028\u2029 fin",
  });

  it("escapes every character that could end the script or the line", () => {
    const json = serializeJsonLd(articleJsonLd(hostile));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json).headline).toBe(hostile.title);
  });

  it("renders inert <script> elements whose JSON reads back unchanged", () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { items: [articleJsonLd(hostile), breadcrumbJsonLd(hostile)] }));
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(2);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const [first] = scripts;
    expect(JSON.parse(first?.[1] ?? "")).toMatchObject({ "@type": "NewsArticle", headline: hostile.title });
  });
});
