import { expect, test } from "./support/fixtures";

const PAGES = [
  "/",
  "/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit",
  "/rubrique/economie",
  "/page/2",
  "/auteur/salma-bennani",
  "/tag/eau",
  "/fil-info",
  "/archives",
  "/recherche?q=eau",
  "/a-propos",
];
const NOT_FOUND = ["/article/inconnu", "/nimporte/quoi"];

function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = "", ...values] = part.split(/\s+/);
        return [name, values.join(" ")] as const;
      }),
  );
}

for (const path of [...PAGES, ...NOT_FOUND]) {
  test(`en-têtes de sécurité : ${path}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(NOT_FOUND.includes(path) ? 404 : 200);
    const headers = response.headers();

    const csp = directives(headers["content-security-policy"] ?? "");
    expect(csp.get("default-src")).toBe("'self'");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'self'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.get("script-src")).toBe("'self' 'unsafe-inline'");
    for (const value of csp.values()) expect(value).not.toMatch(/https?:|\*/);

    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const permissions = headers["permissions-policy"] ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "interest-cohort"]) {
      expect(permissions).toContain(`${feature}=()`);
    }
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("les pages HTML se mettent en cache derrière un CDN, les fichiers statiques pour toujours", async ({ page, request }) => {
  const home = await request.get("/");
  expect(home.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(home.headers()["cache-control"]).toMatch(/stale-while-revalidate/);

  const assets: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/_next/static/")) assets.push(response.url());
  });
  await page.goto("/");
  expect(assets.length).toBeGreaterThan(0);
  const asset = await request.get(assets[0]!);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});
