import { readdirSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { resolveRoute } from "./resolve";
import { LISTINGS, pageOneRedirects, ROUTES } from "./table";

const APP = path.join(import.meta.dirname, "..", "..", "app");

/** Files of `app/` that make an address, by the name Next.js gives them, and the address they make. */
const ROUTE_FILES: [RegExp, (folder: string, match: RegExpExecArray) => string][] = [
  [/^(page|route)\.(tsx?|js)$/, (folder) => folder],
  [/^(opengraph-image|twitter-image|icon|apple-icon)\.(tsx?|js)$/, (folder, m) => `${folder}/${m[1]}`],
  [/^robots\.(ts|txt)$/, (folder) => `${folder}/robots.txt`],
  [/^manifest\.(ts|json|webmanifest)$/, (folder) => `${folder}/manifest.webmanifest`],
  [/^sitemap\.(ts|xml)$/, (folder) => `${folder}/sitemap.xml`],
  [/^(favicon\.ico|(icon|apple-icon|opengraph-image|twitter-image)\.(png|jpe?g|svg|gif|ico))$/, (folder, m) => `${folder}/${m[1]}`],
];

/** Every address pattern the files under `app/` make, as `/rubrique/[id]/page/[n]`. */
function routesOfApp(dir = APP, folder = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      // Private folders (`_x`) and slots (`@x`, rendered beside a route) make no address, groups (`(x)`) no segment.
      if (entry.name.startsWith("_") || entry.name.startsWith("@")) return [];
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      return routesOfApp(path.join(dir, entry.name), folder + segment);
    }
    for (const [pattern, address] of ROUTE_FILES) {
      const match = pattern.exec(entry.name);
      if (match) return [address(folder, match) || "/"];
    }
    return [];
  });
}

describe("the table of routes", () => {
  it("has an entry for every route of app/, and a route for every entry", () => {
    const described = Object.values(ROUTES).map((route) => route.pattern);
    expect(routesOfApp().sort()).toEqual([...described].sort());
  });

  it("puts every listing's later pages at <first>/page/[n]", () => {
    for (const { first, later } of Object.values(LISTINGS)) {
      expect(ROUTES[later].pattern).toBe(`${ROUTES[first].pattern.replace(/\/$/, "")}/page/[n]`);
    }
  });

  it("redirects /…/page/1 of each listing to its first page", () => {
    expect(pageOneRedirects()).toEqual([
      { source: "/page/1", destination: "/", permanent: true },
      { source: "/rubrique/:id/page/1", destination: "/rubrique/:id", permanent: true },
      { source: "/auteur/:id/page/1", destination: "/auteur/:id", permanent: true },
      { source: "/tag/:slug/page/1", destination: "/tag/:slug", permanent: true },
      { source: "/fil-info/page/1", destination: "/fil-info", permanent: true },
      { source: "/rectificatifs/page/1", destination: "/rectificatifs", permanent: true },
    ]);
  });
});

describe("resolveRoute", () => {
  it.each([
    ["/", "home", {}],
    ["/fil-info", "wire", {}],
    ["/fil-info/page/2", "wirePage", { n: "2" }],
    ["/a-propos", "staticPage", { slug: "a-propos" }],
    ["/mentions-legales", "legalNotice", {}],
    ["/rectificatifs/page/2", "correctionsPage", { n: "2" }],
    ["/article/direct-x/mises-a-jour/1", "liveArchive", { slug: "direct-x", n: "1" }],
    ["/article/direct-x/direct.json", "liveEndpoint", { slug: "direct-x" }],
    ["/rss.xml", "siteFeed", {}],
    ["/rubrique/sport/rss.xml", "rubriqueFeed", { id: "sport" }],
    ["/rubrique/sport/page/2/", "rubriquePage", { id: "sport", n: "2" }],
    ["/archives/2025/04", "archiveMonth", { yyyy: "2025", mm: "04" }],
  ])("%s is %s", (pathname, route, params) => {
    expect(resolveRoute(pathname)).toEqual({ route, params });
  });

  it.each(["/article/x/y", "/article//x", "/images/articles/photo.webp", "/_next/data/x.json"])("%s matches no route", (pathname) => {
    expect(resolveRoute(pathname)).toBeNull();
  });
});
