import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type * as Routes from "@/lib/routes";

let routes: typeof Routes;
beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), "lesinfos-seo-routes-"));
  await mkdir(path.join(root, "articles"));
  await writeFile(path.join(root, "rubriques.yaml"), "- id: sport\n  name: Sport\n  description: x\n");
  await writeFile(path.join(root, "authors.yaml"), "- id: redaction\n  name: La rédaction\n");
  await writeFile(
    path.join(root, "articles", "match.md"),
    '---\ntitle: "Match"\ndescription: "C."\ndate: "2025-01-01"\nauthor: redaction\ncategory: sport\n---\nx\n',
  );
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", root);
  vi.stubEnv("NODE_ENV", "production");
  routes = await import("@/lib/routes");
});
afterAll(() => vi.unstubAllEnvs());

describe("the proxy lets the machine-readable addresses through", () => {
  it.each(["/article/match/opengraph-image", "/rubrique/sport/rss.xml"])("%s exists", async (pathname) => {
    expect(await routes.routeExists(pathname)).toBe(true);
  });

  it.each([
    "/article/inconnu/opengraph-image",
    "/article/match/opengraph-image/2",
    "/article/match/twitter-image",
    "/rubrique/meteo/rss.xml",
    "/rubrique/sport/rss.xml/x",
    "/rubrique/sport/atom.xml",
  ])("%s does not", async (pathname) => {
    expect(await routes.routeExists(pathname)).toBe(false);
  });
});
