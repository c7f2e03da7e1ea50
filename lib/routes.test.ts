import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type * as Routes from "./routes";

let routes: typeof Routes;
beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), "lesinfos-routes-"));
  await mkdir(path.join(root, "articles"));
  await writeFile(path.join(root, "rubriques.yaml"), "- id: sport\n  name: Sport\n  description: x\n");
  await writeFile(path.join(root, "authors.yaml"), "- id: redaction\n  name: La rédaction\n");
  // 30 articles: the home has /page/2 and /page/3 (12 a page after the lead), the rubrique /page/2 and /page/3.
  for (let i = 0; i < 30; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    await writeFile(
      path.join(root, "articles", `article-${i}.md`),
      `---\ntitle: "T${i}"\ndescription: "C."\ndate: "2025-0${1 + Math.floor(i / 28)}-${day}"\nauthor: redaction\ncategory: sport\n---\nx\n`,
    );
  }
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", root);
  vi.stubEnv("NODE_ENV", "production");
  routes = await import("./routes");
});
afterAll(() => vi.unstubAllEnvs());

describe("routeExists", () => {
  it.each([
    "/article/article-3",
    "/article/article-3/",
    "/rubrique/sport",
    "/rubrique/sport/page/2",
    "/rubrique/sport/page/3",
    "/page/2",
    "/page/3",
  ])("%s exists", async (pathname) => {
    expect(await routes.routeExists(pathname)).toBe(true);
  });

  it.each([
    "/article/inconnu",
    "/article/Article-3",
    "/article/article-3/suite",
    "/article/..%2F..%2Fetc%2Fpasswd",
    "/article/",
    "/rubrique/meteo",
    "/rubrique/sport/page/1",
    "/rubrique/sport/page/4",
    "/rubrique/sport/page/0",
    "/rubrique/sport/archives",
    "/page/1",
    "/page/4",
    "/page/0",
    "/page/-1",
    "/page/1e3",
    "/page/02",
    "/ailleurs/x",
  ])("%s does not", async (pathname) => {
    expect(await routes.routeExists(pathname)).toBe(false);
  });
});
