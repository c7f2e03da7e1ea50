import { describe, expect, it } from "vitest";

import { parseFrontMatter } from "../../lib/content/front-matter";
import { makeMarker, markerSentence, pickArticle, safeDistDir, withMarker } from "./editors-loop";

const article = `---
title: "Ports : le trafic poursuit sa hausse"
date: "2026-09-07T14:20:00+01:00"
---

Premier paragraphe.

## Intertitre

Dernier paragraphe.
`;

describe("withMarker", () => {
  it("adds the marker sentence as the last paragraph and keeps the front matter", () => {
    const edited = withMarker(article, "banc1");
    expect(edited.startsWith(article.trimEnd())).toBe(true);
    expect(edited.endsWith(`\n\nDernier paragraphe.\n\n${markerSentence("banc1")}\n`)).toBe(true);
    const parsed = parseFrontMatter(edited, "a.md");
    expect(parsed.ok && parsed.value.body).toContain("banc1");
  });

  it("replaces the previous marker, since each edit starts from the original", () => {
    const second = withMarker(article, "banc2");
    expect(second).not.toContain("banc1");
    expect(second.match(/Phrase témoin/g)).toHaveLength(1);
  });

  it("refuses a file without front matter", () => {
    expect(() => withMarker("Juste du texte.\n", "banc1")).toThrow(/en-tête YAML/);
  });
});

describe("makeMarker", () => {
  it("is letters and digits only, different per run", () => {
    expect(makeMarker(1, 1_000)).toMatch(/^[a-z0-9]+$/);
    expect(makeMarker(1, 1_000)).not.toBe(makeMarker(2, 1_000));
  });
});

describe("pickArticle", () => {
  it("takes the first valid slug in name order", () => {
    expect(pickArticle(["zeta.md", "Mauvais Nom.md", "alpha.md", ".cache.md", "notes.txt"])).toBe("alpha");
    expect(pickArticle(["notes.txt"])).toBeNull();
  });
});

describe("safeDistDir", () => {
  it("keeps a separate folder of the checkout, relative", () => {
    expect(safeDistDir("./.next-editors", "/repo")).toBe(".next-editors");
    expect(safeDistDir("/repo/.next-editors", "/repo")).toBe(".next-editors");
  });

  it("refuses the checkout itself, folders outside it and the usual build folders", () => {
    for (const dir of [".", "..", "/tmp/x", ".next", ".next-bench"]) expect(() => safeDistDir(dir, "/repo")).toThrow(/refusé/);
  });
});
