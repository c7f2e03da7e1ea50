import { existsSync } from "node:fs";
import path from "node:path";

import { expect, test } from "../support/fixtures";

// The fixture site is built with LESINFOS_PRERENDER_ARTICLES=2 (playwright.config.ts):
// its two newest articles are prerendered, the oldest renders on its first request.
const BUILT_PAGES = path.resolve(".next-fixtures/server/app/article");
const NEWEST = "conseil-regional-session-ordinaire";
const OLDEST = "contenu-hostile";

test("le build n’a rendu d’avance que les articles les plus récents", () => {
  expect(existsSync(path.join(BUILT_PAGES, `${NEWEST}.html`))).toBe(true);
  expect(existsSync(path.join(BUILT_PAGES, "marche-central-reouverture.html"))).toBe(true);
  expect(existsSync(path.join(BUILT_PAGES, `${OLDEST}.html`))).toBe(false);
});

test("un article plus ancien est rendu à la première demande, puis servi depuis le cache", async ({ request }) => {
  const first = await request.get(`/article/${OLDEST}`);
  expect(first.status()).toBe(200);
  expect(await first.text()).toContain("Titre piégé");
  const second = await request.get(`/article/${OLDEST}`);
  expect(second.status()).toBe(200);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(second.headers()["cache-control"]).toContain("s-maxage=60");
});

test("une page d’un article rendu d’avance sort aussi du cache", async ({ request }) => {
  const response = await request.get(`/article/${NEWEST}`);
  expect(response.status()).toBe(200);
  expect(["HIT", "STALE"]).toContain(response.headers()["x-nextjs-cache"]);
});
