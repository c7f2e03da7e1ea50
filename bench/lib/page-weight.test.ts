import { describe, expect, it } from "vitest";

import { extractAssets } from "./page-weight";

/** Trimmed from what `next start` serves, plus the cases a hand-written page may hold. */
const html = `<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>
<link rel="preload" href="/_next/static/media/serif.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="Preload" as="FONT" href="https://cdn.example/arabic.woff2" crossorigin=""/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>
<link rel="modulepreload" href="/_next/static/chunks/mod.js"/>
<link rel="preload" as="image" href="/images/une.webp"/>
<link rel="alternate stylesheet" href="alt.css"/>
<link rel="icon" href="/favicon.ico"/>
<script src="/_next/static/chunks/webpack.js" async=""></script>
<script src="../chunks/relative.js" defer></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
</head><body><h1>Plancher</h1>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>
<script src="/_next/static/chunks/main.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"0:{\\"b\\":\\"x\\"}\\n"])</script>
<template><script src="/in-template.js"></script></template>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
</body></html>`;

describe("extractAssets", () => {
  const assets = extractAssets(html, "http://127.0.0.1:3510/article/un");

  it("lists scripts a modern browser fetches, preloaded ones included, each once, in document order", () => {
    expect(assets.scripts).toEqual([
      "http://127.0.0.1:3510/_next/static/chunks/main.js",
      "http://127.0.0.1:3510/_next/static/chunks/mod.js",
      "http://127.0.0.1:3510/_next/static/chunks/webpack.js",
      "http://127.0.0.1:3510/chunks/relative.js",
      "http://127.0.0.1:3510/in-template.js",
    ]);
  });

  it("keeps nomodule scripts apart", () => {
    expect(assets.nomoduleScripts).toEqual(["http://127.0.0.1:3510/_next/static/chunks/polyfills.js"]);
  });

  it("finds style sheets and preloaded fonts, whatever the case of rel and as", () => {
    expect(assets.stylesheets).toEqual(["http://127.0.0.1:3510/_next/static/chunks/site.css", "http://127.0.0.1:3510/article/alt.css"]);
    expect(assets.fonts).toEqual(["http://127.0.0.1:3510/_next/static/media/serif.woff2", "https://cdn.example/arabic.woff2"]);
  });

  it("joins the inline RSC payload scripts, and only them", () => {
    expect(assets.rscPayload).toBe('(self.__next_f=self.__next_f||[]).push([0])self.__next_f.push([1,"0:{\\"b\\":\\"x\\"}\\n"])');
  });

  it("is empty for a page without assets", () => {
    expect(extractAssets("<p>Bonjour</p>", "http://localhost/")).toEqual({
      scripts: [],
      nomoduleScripts: [],
      stylesheets: [],
      fonts: [],
      rscPayload: "",
    });
  });
});
