import { describe, expect, it } from "vitest";

import { parseFrontMatter } from "../../lib/content/front-matter";
import { withMarker } from "./editors-loop";

const article = `---
title: "Ports : le trafic poursuit sa hausse"
date: "2026-09-07T14:20:00+01:00"
---

Premier paragraphe.

Dernier paragraphe.
`;

describe("withMarker", () => {
  it("adds the marker as the last paragraph of the body and keeps the front matter", () => {
    const edited = withMarker(article, "banc1");
    expect(edited).toBe(`${article.trimEnd()}\n\nPhrase témoin du banc banc1.\n`);
    const parsed = parseFrontMatter(edited, "a.md");
    expect(parsed.ok && parsed.value.body.trimEnd().endsWith("Phrase témoin du banc banc1.")).toBe(true);
  });

  it("refuses a file without front matter", () => {
    expect(() => withMarker("Juste du texte.\n", "banc1")).toThrow(/en-tête YAML/);
  });
});
