import { describe, expect, it } from "vitest";

import { absolutizeHtml } from "./absolute-html";

const SITE = "https://www.lesinfos.example";

describe("absolutizeHtml", () => {
  const page = `${SITE}/article/ports`;

  it("makes site-relative links, images and in-page anchors absolute", () => {
    const html = absolutizeHtml(
      '<p><a href="/rubrique/economie">É</a> <img src="/images/a.webp" alt="a"> <a href="#user-content-fn-1">1</a></p>',
      page,
    );
    expect(html).toBe(
      `<p><a href="${SITE}/rubrique/economie">É</a> <img src="${SITE}/images/a.webp" alt="a"> <a href="${page}#user-content-fn-1">1</a></p>`,
    );
  });

  it("leaves other addresses and text that only looks like an attribute", () => {
    const html = '<p><a href="https://ex.org/a">x</a> <a href="//ex.org/b">y</a> <a href="mailto:a@b.c">z</a> href="/pas-un-lien"</p>';
    expect(absolutizeHtml(html, page)).toBe(html);
  });
});
