import { describe, expect, it } from "vitest";

import type { ContentUpdate } from "../content/changes";
import type { ContentSnapshot } from "../content/load";
import type { Page } from "../content/types";
import { makeArticle } from "../testing/articles";
import { revalidationFor } from "./follow";

const NOW = Date.parse("2025-05-01T12:00:00Z");
const snapshot = (articles: ContentSnapshot["articles"]): ContentSnapshot => ({
  articles,
  broken: new Map(),
  rubriques: [],
  authors: new Map(),
  pages: new Map(),
  bodies: new Map(),
  alerts: [],
  une: [],
  problems: [],
  registries: new Map(),
});
const update = (after: ContentSnapshot, changes: Partial<ContentUpdate>): ContentUpdate => ({
  snapshot: after,
  articles: [],
  pages: [],
  reloaded: false,
  alertsChanged: false,
  uneChanged: false,
  refused: [],
  unsettled: [],
  ...changes,
});
const page = (title: string): Page => ({
  slug: "a-propos",
  url: "/a-propos",
  title,
  description: "Qui nous sommes.",
  file: "content/pages/a-propos.md",
});

describe("revalidationFor", () => {
  const published = makeArticle("publie", { publishedAt: new Date("2025-04-30T08:00:00Z") });
  const before = snapshot([published]);

  it("an article set to draft: its address and listings, not the whole site", () => {
    const draft = { ...published, draft: true };
    const request = revalidationFor(
      before,
      update(snapshot([draft]), { articles: [{ slug: "publie", before: published, after: draft }] }),
      NOW,
    );
    expect(request.everything).toBeUndefined();
    expect(request.paths).toEqual(expect.arrayContaining(["/article/publie", "/", "/fil-info"]));
  });

  it("a scheduled article written ahead of its time: nothing readers see changes", () => {
    const scheduled = makeArticle("programme", { publishedAt: new Date("2025-05-02T08:00:00Z") });
    const request = revalidationFor(
      before,
      update(snapshot([scheduled, published]), { articles: [{ slug: "programme", after: scheduled }] }),
      NOW,
    );
    expect(request).toEqual({ paths: [] });
  });

  it("a page's body: its address only; its title, shown in every footer, or a registry: everything", () => {
    const body = revalidationFor(
      before,
      update(before, { pages: [{ slug: "a-propos", before: page("À propos"), after: page("À propos") }] }),
      NOW,
    );
    expect(body).toEqual({ paths: ["/a-propos"] });
    const title = revalidationFor(
      before,
      update(before, { pages: [{ slug: "a-propos", before: page("À propos"), after: page("Qui sommes-nous ?") }] }),
      NOW,
    );
    expect(title.everything).toBe(true);
    expect(revalidationFor(before, update(before, { reloaded: true }), NOW).everything).toBe(true);
  });

  it("une.yaml reordered: the home page only", () => {
    expect(revalidationFor(before, update(before, { uneChanged: true }), NOW)).toEqual({ paths: ["/"] });
  });

  it("a « Dernière minute » alert raised or changed: every page, which all show the banner", () => {
    expect(revalidationFor(before, update(before, { alertsChanged: true }), NOW)).toEqual({ paths: [], everything: true });
  });
});
