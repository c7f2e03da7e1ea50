import { toIsoWithOffset } from "../lib/dates";
import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";
import { DRAFT_SLUG, fetchAbsolute, frontMatterDates, ISO_WITH_OFFSET, localPath, SITE, xmlParser } from "./support/seo";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

test("/sitemap.xml liste toutes les pages publiées, en adresses absolues qui répondent", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  const body = await response.text();
  expect(body).not.toContain(DRAFT_SLUG);

  // Under 50,000 addresses: one urlset, not an index.
  const { urlset } = xmlParser.parse(body);
  expect(urlset["@_xmlns"]).toBe(SITEMAP_NS);
  const urls: { loc: string; lastmod?: string }[] = urlset.url;
  const locs = urls.map((url) => url.loc);
  expect(new Set(locs).size, "aucune adresse en double").toBe(locs.length);
  for (const loc of locs) expect(loc.startsWith(`${SITE}/`), `${loc} est absolue`).toBe(true);

  const { articles, rubriques, authors, pages } = await publishedContent();
  const expected = [
    "/",
    ...rubriques.map((r) => r.url),
    ...articles.map((a) => a.url),
    ...[...authors.values()].map((a) => `/auteur/${a.id}`),
    ...new Set(articles.flatMap((a) => a.tags.map((tag) => `/tag/${tag.slug}`))),
    ...[...pages.values()].map((p) => p.url),
    "/lettre",
    // The newsroom's corrections and the lasting pages of live coverages' updates.
    "/rectificatifs",
    ...articles.filter((a) => a.live).map((a) => `${a.url}/mises-a-jour/1`),
  ];
  const paths = new Set(locs.map(localPath));
  for (const path of expected) expect(paths.has(path), `${path} est dans le sitemap`).toBe(true);
  expect([...paths].some((path) => path.includes(DRAFT_SLUG))).toBe(false);

  for (const article of articles) {
    const url = urls.find((u) => u.loc === `${SITE}${article.url}`);
    const { date, updated, lastLiveUpdate } = await frontMatterDates(article.slug);
    // A live coverage changes with each update as well as with its corrections.
    const expected = Math.max(...[date, updated, lastLiveUpdate].filter((d) => d !== undefined).map((d) => d.getTime()));
    expect(url?.lastmod, article.slug).toMatch(ISO_WITH_OFFSET);
    expect(new Date(url?.lastmod ?? "").getTime(), `lastmod de ${article.slug}`).toBe(expected);
    if (lastLiveUpdate) {
      expect(expected, `${article.slug} : la dernière mise à jour du direct date l’adresse`).toBe(lastLiveUpdate.getTime());
      const archive = urls.find((u) => u.loc === `${SITE}${article.url}/mises-a-jour/1`);
      expect(archive?.lastmod, `${article.slug} : page d’archives dernière`).toBe(url?.lastmod);
    }
  }
  // /rectificatifs is dated by the newest correction of the sample.
  const newestCorrection = Math.max(...articles.flatMap((a) => a.corrections.map((c) => c.publishedAt.getTime())));
  const corrections = urls.find((u) => u.loc === `${SITE}/rectificatifs`);
  expect(new Date(corrections?.lastmod ?? "").getTime()).toBe(newestCorrection);
  for (const url of urls) if (url.lastmod !== undefined) expect(url.lastmod).toMatch(ISO_WITH_OFFSET);

  for (const loc of locs) {
    const page = await fetchAbsolute(request, loc);
    expect(page.status(), `${loc} répond`).toBe(200);
  }
});

test("les parties de sitemap n’existent pas tant que le sitemap tient en un fichier", async ({ request }) => {
  for (const path of ["/sitemaps/1.xml", "/sitemaps/2.xml", "/sitemaps/x.xml"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("/news-sitemap.xml liste les articles des 48 dernières heures, au format Google News", async ({ request }) => {
  const response = await request.get("/news-sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  const body = await response.text();
  expect(body).not.toContain(DRAFT_SLUG);

  const { urlset } = xmlParser.parse(body);
  expect(urlset["@_xmlns"]).toBe(SITEMAP_NS);
  expect(urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
  const urls: { loc: string; "news:news": Record<string, unknown> }[] = urlset.url ?? [];

  const { articles } = await publishedContent();
  const now = Date.now();
  const window = 48 * 3_600_000;
  // Articles within a few minutes of the window's edges may be on either side: the server and the test do not run at the same instant.
  const margin = 5 * 60_000;
  const age = (a: (typeof articles)[number]) => now - a.publishedAt.getTime();
  const surelyIn = articles.filter((a) => age(a) >= margin && age(a) <= window - margin).map((a) => `${SITE}${a.url}`);
  const maybe = new Set(
    articles.filter((a) => Math.abs(age(a) - window) < margin || Math.abs(age(a)) < margin).map((a) => `${SITE}${a.url}`),
  );
  const listed = urls.map((url) => url.loc);
  expect(listed.filter((loc) => !maybe.has(loc)).sort()).toEqual(surelyIn.sort());

  for (const url of urls) {
    const article = articles.find((a) => `${SITE}${a.url}` === url.loc);
    expect(article, `${url.loc} est un article publié`).toBeDefined();
    if (!article) continue;
    const { date } = await frontMatterDates(article.slug);
    expect(url["news:news"]).toEqual({
      "news:publication": { "news:name": "Lesinfos", "news:language": "fr" },
      "news:publication_date": toIsoWithOffset(date),
      "news:title": article.title,
    });
    expect((await fetchAbsolute(request, url.loc)).status()).toBe(200);
  }
});

test("robots.txt ouvre le site, ferme la recherche et annonce les deux sitemaps", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
  const lines = (await response.text())
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as const;
    });
  expect(lines.filter(([key]) => key !== "sitemap")).toEqual([
    ["user-agent", "*"],
    ["allow", "/"],
    ["disallow", "/recherche"],
  ]);
  const sitemaps = lines.filter(([key]) => key === "sitemap").map(([, value]) => value);
  expect(sitemaps).toEqual([`${SITE}/sitemap.xml`, `${SITE}/news-sitemap.xml`]);
  for (const sitemap of sitemaps) expect((await fetchAbsolute(request, sitemap)).status()).toBe(200);
});
