import type { APIRequestContext, Page } from "@playwright/test";
import sharp from "sharp";

import { toIsoWithOffset } from "../lib/dates";
import { site } from "../lib/site";
import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";
import { DRAFT_SLUG, fetchAbsolute, frontMatterDates, ISO_WITH_OFFSET, pngSize, SITE } from "./support/seo";

// What a crawler or a share preview reads: the HTML as served, without running it.
test.use({ javaScriptEnabled: false });

const HOME_TITLE = `${site.name} — ${site.tagline}`;
const ARTICLE = "energie-solaire-une-nouvelle-centrale-entre-en-service-pres-d-errachidia";

/** Every value of a `<meta property|name>` of the head. */
function meta(page: Page, key: string): Promise<string[]> {
  return page
    .locator(`head meta[property="${key}"], head meta[name="${key}"]`)
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("content") ?? ""));
}

/** An absolute URL as a parser reads it: Next.js writes the home's canonical without its final "/". */
const normalized = (url: string) => (/^https?:/.test(url) ? new URL(url).href : url);

/** `href` (and `title`) of the head's `<link>` elements matching a selector. */
async function links(page: Page, selector: string): Promise<{ href: string; title: string | null }[]> {
  const found = await page
    .locator(`head ${selector}`)
    .evaluateAll((nodes) => nodes.map((node) => ({ href: node.getAttribute("href") ?? "", title: node.getAttribute("title") })));
  return found.map(({ href, title }) => ({ href: normalized(href), title }));
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text));
}

/** Every absolute URL inside a JSON-LD value. */
function urlsIn(value: unknown): string[] {
  if (typeof value === "string") return /^https?:\/\//.test(value) && !value.includes("{") ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => (key === "@context" ? [] : urlsIn(item)));
  }
  return [];
}

async function expectAllAnswer(request: APIRequestContext, urls: string[]) {
  for (const url of new Set(urls)) expect((await fetchAbsolute(request, url)).status(), `${url} répond`).toBe(200);
}

const pages = [
  { path: "/", title: HOME_TITLE, feeds: 1 },
  { path: "/page/2", title: /^Dernières actualités — Page 2 sur \d+ \| Lesinfos$/, feeds: 1 },
  { path: "/rubrique/economie", title: "Économie | Lesinfos", feeds: 2 },
  { path: `/article/${ARTICLE}`, title: /^Énergie solaire.+ \| Lesinfos$/, feeds: 2 },
  { path: "/a-propos", title: /^.+ \| Lesinfos$/, feeds: 1 },
];

for (const { path, title, feeds } of pages) {
  test(`${path} : titre, description, adresse canonique, Open Graph, Twitter et flux`, async ({ page, request }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(title);
    const [description] = await meta(page, "description");
    expect(description?.length).toBeGreaterThan(20);

    const canonical = await links(page, 'link[rel="canonical"]');
    expect(canonical.map((link) => link.href)).toEqual([`${SITE}${path}`]);
    expect((await meta(page, "og:url")).map(normalized)).toEqual([`${SITE}${path}`]);
    expect(await meta(page, "og:locale")).toEqual(["fr_FR"]);
    expect(await meta(page, "og:site_name")).toEqual(["Lesinfos"]);
    expect((await meta(page, "og:title"))[0]?.length).toBeGreaterThan(0);
    expect(await meta(page, "og:description")).toEqual([description]);
    expect((await meta(page, "twitter:card"))[0]).toMatch(/^summary(_large_image)?$/);

    // Feed autodiscovery: the site's feed everywhere, the rubrique's on its pages and articles.
    const alternates = await links(page, 'link[rel="alternate"][type="application/rss+xml"]');
    expect(alternates).toHaveLength(feeds);
    expect(alternates[0]).toEqual({ href: `${SITE}/rss.xml`, title: "Lesinfos — toutes les actualités" });
    for (const { href } of alternates) {
      const feed = await fetchAbsolute(request, href);
      expect(feed.status()).toBe(200);
      expect(feed.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    }
  });
}

test("hors articles, chaque page se partage avec la carte du site (1 200 × 630, texte alternatif), et Discover peut montrer de grandes images", async ({
  page,
  request,
}) => {
  for (const path of ["/", "/rubrique/economie", "/tag/eau", "/auteur/salma-bennani", "/a-propos", `/article/${ARTICLE}`]) {
    await page.goto(path);
    expect(await meta(page, "robots"), path).toEqual(["max-image-preview:large"]);
    if (path.startsWith("/article/")) continue;
    const [image] = await meta(page, "og:image");
    expect(await meta(page, "og:image"), path).toHaveLength(1);
    // The home names the file itself, with a version query.
    expect(normalized(image!).split("?")[0], path).toBe(`${SITE}/opengraph-image`);
    expect(await meta(page, "og:image:alt"), path).toEqual(["Lesinfos — L’information du Maroc et du monde, vérifiée"]);
    expect(await meta(page, "og:image:width"), path).toEqual(["1200"]);
    const card = await fetchAbsolute(request, image!);
    expect(card.status()).toBe(200);
    expect(card.headers()["content-type"]).toBe("image/png");
  }
});

test("un article : Open Graph article daté à l’heure de Casablanca, image de partage et grande carte Twitter", async ({
  page,
  request,
}) => {
  const { articles } = await publishedContent();
  const article = articles.find((a) => a.slug === ARTICLE)!;
  const { date, updated } = await frontMatterDates(ARTICLE);
  expect(updated).toBeDefined();
  await page.goto(article.url);

  expect(await meta(page, "og:type")).toEqual(["article"]);
  expect(await meta(page, "og:title")).toEqual([article.title]);
  expect(await meta(page, "article:published_time")).toEqual([toIsoWithOffset(date)]);
  expect(await meta(page, "article:modified_time")).toEqual([toIsoWithOffset(updated!)]);
  for (const time of [...(await meta(page, "article:published_time")), ...(await meta(page, "article:modified_time"))]) {
    expect(time).toMatch(ISO_WITH_OFFSET);
  }
  expect(await meta(page, "article:section")).toEqual([article.rubrique.name]);
  expect(await meta(page, "article:tag")).toEqual(article.tags.map((tag) => tag.label));
  expect(await meta(page, "article:author")).toEqual([`${SITE}/auteur/${article.author.id}`]);
  expect(await links(page, 'link[rel="alternate"][type="application/rss+xml"]')).toContainEqual({
    href: `${SITE}/rubrique/${article.rubrique.id}/rss.xml`,
    title: `Lesinfos — ${article.rubrique.name}`,
  });

  const [image] = await meta(page, "og:image");
  expect(image).toBe(`${SITE}${article.url}/opengraph-image`);
  expect(await meta(page, "og:image:width")).toEqual(["1200"]);
  expect(await meta(page, "og:image:height")).toEqual(["630"]);
  expect((await meta(page, "og:image:alt"))[0]).toContain(article.title);
  expect(await meta(page, "twitter:card")).toEqual(["summary_large_image"]);
  expect(await meta(page, "twitter:image")).toEqual([image]);

  const png = await fetchAbsolute(request, image!);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
});

test("chaque article publié a son image de partage de 1200 × 630 et, s’il a une image, ses recadrages ; le brouillon n’en a pas", async ({
  request,
}) => {
  const { articles } = await publishedContent();
  for (const article of articles) {
    const response = await request.get(`${article.url}/opengraph-image`);
    expect(response.status(), article.slug).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body()), article.slug).toEqual({ width: 1200, height: 630 });
    // The crops of the structured data exist exactly for the articles with a cover.
    const crop = await request.get(`${article.url}/couverture/1x1.jpg`);
    expect(crop.status(), `${article.slug} : carré`).toBe(article.image ? 200 : 404);
  }
  expect((await request.get(`/article/${DRAFT_SLUG}/opengraph-image`)).status()).toBe(404);
  expect((await request.get(`/article/${DRAFT_SLUG}`)).status()).toBe(404);
});

test("les pages suivantes d’une liste pointent vers leurs voisines depuis l’en-tête", async ({ page }) => {
  const neighbours = async (path: string) => {
    await page.goto(path);
    return {
      prev: (await links(page, 'link[rel="prev"]')).map((link) => link.href),
      next: (await links(page, 'link[rel="next"]')).map((link) => link.href),
      canonical: (await links(page, 'link[rel="canonical"]')).map((link) => link.href),
    };
  };
  expect(await neighbours("/")).toEqual({ prev: [], next: [`${SITE}/page/2`], canonical: [`${SITE}/`] });
  // The home shows most of the sample's articles (lib/front-page.ts); /page/2 lists the rest and is the last page.
  expect(await neighbours("/page/2")).toEqual({ prev: [`${SITE}/`], next: [], canonical: [`${SITE}/page/2`] });
  // A rubrique that fits on one page has no neighbours.
  expect(await neighbours("/rubrique/economie")).toEqual({ prev: [], next: [], canonical: [`${SITE}/rubrique/economie`] });
});

test("l’accueil décrit le site, sa recherche et la rédaction en JSON-LD", async ({ page, request }) => {
  await page.goto("/");
  const blocks = await jsonLd(page);
  const website = blocks.find((block) => block["@type"] === "WebSite");
  const organization = blocks.find((block) => block["@type"] === "NewsMediaOrganization");
  expect(website).toMatchObject({
    "@context": "https://schema.org",
    name: "Lesinfos",
    url: `${SITE}/`,
    inLanguage: "fr",
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${SITE}/recherche?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  });
  expect(organization).toMatchObject({
    "@context": "https://schema.org",
    name: "Lesinfos",
    url: `${SITE}/`,
    logo: { "@type": "ImageObject", url: `${SITE}/apple-icon.png` },
  });
  await expectAllAnswer(request, urlsIn(blocks));
  const logo = await fetchAbsolute(request, `${SITE}/apple-icon.png`);
  expect(pngSize(await logo.body())).toEqual({ width: 180, height: 180 });
  // The search page answers, with the query in the address.
  expect((await request.get("/recherche?q=budget")).status()).toBe(200);
});

test("un article se décrit en NewsArticle et en fil d’Ariane JSON-LD", async ({ page, request }) => {
  const { articles } = await publishedContent();
  const article = articles.find((a) => a.slug === ARTICLE)!;
  const { date, updated } = await frontMatterDates(ARTICLE);
  await page.goto(article.url);
  const blocks = await jsonLd(page);
  expect(blocks.map((block) => block["@type"])).toEqual(["NewsArticle", "BreadcrumbList"]);
  const [news, breadcrumb] = blocks;
  const url = `${SITE}${article.url}`;

  expect(news).toMatchObject({
    "@context": "https://schema.org",
    headline: article.title,
    description: article.description,
    articleSection: article.rubrique.name,
    keywords: article.tags.map((tag) => tag.label),
    inLanguage: "fr",
    isAccessibleForFree: true,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    author: [{ "@type": "Person", name: article.author.name, url: `${SITE}/auteur/${article.author.id}` }],
    publisher: { "@type": "NewsMediaOrganization", name: "Lesinfos", logo: { url: `${SITE}/apple-icon.png` } },
  });
  expect(String(news?.headline).length).toBeLessThanOrEqual(110);
  expect(new Date(String(news?.datePublished)).getTime()).toBe(date.getTime());
  expect(new Date(String(news?.dateModified)).getTime()).toBe(updated!.getTime());
  expect(news?.datePublished).toMatch(ISO_WITH_OFFSET);
  expect(news?.dateModified).toMatch(ISO_WITH_OFFSET);
  // The cover in the three shapes Google asks for, each a real JPEG of the size declared.
  const images = news?.image as { url: string; width: string; height: string; caption: string }[];
  const shapes = [
    ["16x9", 16, 9],
    ["4x3", 4, 3],
    ["1x1", 1, 1],
  ] as const;
  expect(images.map((image) => image.url)).toEqual(shapes.map(([name]) => `${url}/couverture/${name}.jpg`));
  const cover = article.image!;
  for (const [i, [name, w, h]] of shapes.entries()) {
    const declared = images[i]!;
    expect(declared.caption).toBe(cover.alt);
    const response = await fetchAbsolute(request, declared.url);
    expect(response.status(), name).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/jpeg");
    const { width = 0, height = 0, format } = await sharp(await response.body()).metadata();
    expect(format).toBe("jpeg");
    expect([`${width}`, `${height}`], name).toEqual([declared.width, declared.height]);
    expect(Math.abs(width / height - w / h), name).toBeLessThan(0.01);
    // At least 1,200 wide where the cover allows it (a 900 px high cover gives a square of 900).
    expect(width, name).toBeGreaterThanOrEqual(Math.min(1200, cover.width, Math.floor((cover.height * w) / h)));
  }

  expect(breadcrumb?.itemListElement).toEqual([
    { "@type": "ListItem", position: 1, name: "Accueil", item: `${SITE}/` },
    { "@type": "ListItem", position: 2, name: article.rubrique.name, item: `${SITE}${article.rubrique.url}` },
    { "@type": "ListItem", position: 3, name: article.title, item: url },
  ]);
  await expectAllAnswer(request, urlsIn(blocks));
});

test("un article de la rédaction est signé par l’organisation", async ({ page }) => {
  const { articles } = await publishedContent();
  const brief = articles.find((a) => a.author.id === "redaction")!;
  await page.goto(brief.url);
  const [news] = await jsonLd(page);
  expect(news?.author).toEqual([{ "@type": "Organization", name: "Lesinfos", url: `${SITE}/` }]);
});

test("le manifeste décrit l’application en français, aux couleurs du site", async ({ page, request }) => {
  await page.goto("/");
  const [manifestLink] = await links(page, 'link[rel="manifest"]');
  expect(manifestLink?.href).toBe("/manifest.webmanifest");
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: HOME_TITLE,
    short_name: "Lesinfos",
    lang: "fr",
    start_url: "/",
    display: "standalone",
    theme_color: "#a4262c",
    background_color: "#ffffff",
  });
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"]).toBe(icon.type);
  }
});
