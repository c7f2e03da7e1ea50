import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { JsonLd } from "@/components/seo/JsonLd";
import { makeArticle } from "@/lib/testing/articles";

import {
  articleJsonLd,
  breadcrumbJsonLd,
  liveBlogJsonLd,
  organizationJsonLd,
  serializeJsonLd,
  truncateHeadline,
  websiteJsonLd,
} from "./json-ld";

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

  it("offers the cover in the three shapes Google asks for, at their own absolute addresses, 1200 wide where the cover allows", () => {
    const { image } = asJson(articleJsonLd(article));
    const crop = (shape: string, width: number, height: number) => ({
      "@type": "ImageObject",
      url: `${SITE}/article/ports-conteneurs/couverture/${shape}.jpg`,
      width: `${width}`,
      height: `${height}`,
      caption: "Conteneurs à Tanger",
      creditText: "Lesinfos",
    });
    expect(image).toEqual([crop("16x9", 1200, 675), crop("4x3", 1200, 900), crop("1x1", 900, 900)]);
  });

  it("without a cover, offers the share image drawn for the article", () => {
    const { image } = asJson(articleJsonLd(makeArticle("breve")));
    expect(image).toEqual([{ "@type": "ImageObject", url: `${SITE}/article/breve/opengraph-image`, width: "1200", height: "630" }]);
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

  it("publishes each correction as a CorrectionComment, modified at the latest one", () => {
    const corrected = makeArticle("corrige", {
      publishedAt: new Date("2026-11-03T07:30:00Z"),
      updatedAt: new Date("2026-11-04T08:15:00Z"),
      corrections: [
        { kind: "rectificatif", publishedAt: new Date("2026-11-03T10:40:00Z"), text: "Il fallait lire 2,3 % sur un an." },
        { kind: "precision", publishedAt: new Date("2026-11-04T08:15:00Z"), text: "L’indice est national." },
      ],
    });
    const data = asJson(articleJsonLd(corrected));
    expect(data.correction).toEqual([
      { "@type": "CorrectionComment", text: "Il fallait lire 2,3 % sur un an.", datePublished: "2026-11-03T11:40:00+01:00" },
      { "@type": "CorrectionComment", text: "L’indice est national.", datePublished: "2026-11-04T09:15:00+01:00" },
    ]);
    expect(data.dateModified).toBe("2026-11-04T09:15:00+01:00");
    expect(asJson(articleJsonLd(makeArticle("sans")))).not.toHaveProperty("correction");
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
    // The crops of the cover carry its alt text and credit.
    image: { src: "/images/articles/x.webp", alt: "</script><img src=x onerror=alert(1)>", credit: "<!-- &amp;", width: 1600, height: 900 },
  });

  it("escapes every character that could end the script or the line", () => {
    const json = serializeJsonLd(articleJsonLd(hostile));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
    const data = JSON.parse(json);
    expect(data.headline).toBe(hostile.title);
    expect(data.image.map((image: { caption: string; creditText: string }) => [image.caption, image.creditText])).toEqual(
      Array.from({ length: 3 }, () => [hostile.image?.alt, hostile.image?.credit]),
    );
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

describe("liveBlogJsonLd", () => {
  const live = makeArticle("pluies", {
    title: "Intempéries : le point en direct",
    publishedAt: new Date("2026-11-29T07:00:00Z"),
    live: { updateCount: 2, endedAt: new Date("2026-11-29T19:00:00Z") },
  });
  const update = (id: string, iso: string, title?: string) => ({
    id,
    publishedAt: new Date(iso),
    title,
    key: false,
    pinned: false,
    markdown: `Texte de ${id}.`,
    html: `<p>Texte de ${id}.</p>`,
    line: 1,
    author: journalist,
  });
  const updates = [update("maj-0805", "2026-11-29T07:05:00Z", "Vigilance orange"), update("maj-0930", "2026-11-29T08:30:00Z")];
  // Built inside each test, once SITE_URL is set.
  const built = () => asJson(liveBlogJsonLd(live, updates, (u) => `/article/pluies/mises-a-jour/1#${u.id}`));

  it("is a LiveBlogPosting with its coverage times, modified at the newest update", () => {
    expect(built()).toMatchObject({
      "@context": "https://schema.org",
      "@type": "LiveBlogPosting",
      headline: "Intempéries : le point en direct",
      coverageStartTime: "2026-11-29T08:00:00+01:00",
      coverageEndTime: "2026-11-29T20:00:00+01:00",
      dateModified: "2026-11-29T09:30:00+01:00",
    });
  });

  it("lists the updates newest first as BlogPostings, each with its lasting address", () => {
    expect(built().liveBlogUpdate).toEqual([
      {
        "@type": "BlogPosting",
        headline: "Intempéries : le point en direct",
        datePublished: "2026-11-29T09:30:00+01:00",
        articleBody: "Texte de maj-0930.",
        url: `${SITE}/article/pluies/mises-a-jour/1#maj-0930`,
        author: { "@type": "Person", name: "Salma Bennani", url: `${SITE}/auteur/salma-bennani`, jobTitle: "Journaliste" },
      },
      expect.objectContaining({ headline: "Vigilance orange", datePublished: "2026-11-29T08:05:00+01:00" }),
    ]);
  });

  it("has no end while the coverage goes on", () => {
    const ongoing = makeArticle("pluies", { publishedAt: live.publishedAt, live: { updateCount: 0 } });
    expect(asJson(liveBlogJsonLd(ongoing, [], () => ""))).not.toHaveProperty("coverageEndTime");
  });
});
