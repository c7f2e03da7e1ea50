import { describe, expect, it } from "vitest";

import { summarizeLhr, type LhrPart } from "./lighthouse";

const category = (score: number | null, ids: string[]) => ({ score, auditRefs: ids.map((id) => ({ id })) });
const metric = (numericValue: number) => ({ title: "m", score: 0.9, scoreDisplayMode: "numeric", numericValue });

/** A trimmed Lighthouse result. */
const lhr = (overrides: Partial<LhrPart> = {}): LhrPart => ({
  lighthouseVersion: "12.2.3",
  categories: {
    performance: category(0.934, ["first-contentful-paint"]),
    accessibility: category(1, ["document-title"]),
    "best-practices": category(0.96, ["errors-in-console", "is-on-https"]),
    seo: category(0.995, ["meta-description", "robots-txt"]),
  },
  audits: {
    "first-contentful-paint": metric(656.4),
    "largest-contentful-paint": metric(701.2),
    "total-blocking-time": metric(300),
    "cumulative-layout-shift": metric(0.002),
    "speed-index": metric(800),
    "document-title": { title: "Le document a un titre", score: 1, scoreDisplayMode: "binary" },
    "errors-in-console": { title: "Des erreurs ont été enregistrées dans la console", score: 0, scoreDisplayMode: "binary" },
    "is-on-https": { title: "Utilise HTTPS", score: 1, scoreDisplayMode: "binary" },
    "meta-description": { title: "Description", score: 1, scoreDisplayMode: "binary" },
    "robots-txt": { title: "robots.txt", score: null, scoreDisplayMode: "notApplicable" },
  },
  ...overrides,
});

describe("summarizeLhr", () => {
  it("gives scores out of 100, the lab metrics, and the failed audits", () => {
    expect(summarizeLhr(lhr(), [93, 95])).toEqual({
      lighthouseVersion: "12.2.3",
      scores: { performance: 93, accessibility: 100, bestPractices: 96, seo: 100 },
      metrics: { fcpMs: 656.4, lcpMs: 701.2, tbtMs: 300, cls: 0.002, speedIndexMs: 800 },
      failedAudits: [{ category: "bestPractices", id: "errors-in-console", title: "Des erreurs ont été enregistrées dans la console" }],
      performanceScores: [93, 95],
    });
  });

  it("refuses a missing metric or an unscored category", () => {
    const base = lhr();
    const without = (id: string) => lhr({ audits: Object.fromEntries(Object.entries(base.audits).filter(([key]) => key !== id)) });
    expect(() => summarizeLhr(without("speed-index"), [])).toThrow(/speed-index/);
    expect(() => summarizeLhr(lhr({ categories: { ...base.categories, seo: category(null, []) } }), [])).toThrow(/seo/);
  });
});
