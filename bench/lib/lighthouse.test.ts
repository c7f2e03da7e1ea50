import { describe, expect, it } from "vitest";

import { lhrSchema, medianIndex, summarizeLhr } from "./lighthouse";

const category = (score: number | null, ids: string[]) => ({ score, auditRefs: ids.map((id) => ({ id, weight: 1 })) });
const metric = (numericValue: number) => ({ title: "m", score: 0.9, scoreDisplayMode: "numeric", numericValue });

/** A trimmed Lighthouse result, as the Node API returns it (extra fields included). */
const lhr = (overrides: Record<string, unknown> = {}) =>
  lhrSchema.parse({
    lighthouseVersion: "12.2.3",
    fetchTime: "2026-11-26T23:00:00.000Z",
    environment: { hostUserAgent: "HeadlessChrome/156", benchmarkIndex: 900 },
    runWarnings: [],
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
      interactive: metric(2253.7),
      "document-title": { title: "Le document a un titre", score: 1, scoreDisplayMode: "binary" },
      "errors-in-console": {
        title: "Des erreurs ont été enregistrées dans la console",
        score: 0,
        scoreDisplayMode: "binary",
        details: { type: "table", items: [{ source: "network", description: "404", sourceLocation: { url: "/favicon.ico" } }] },
      },
      "is-on-https": { title: "Utilise HTTPS", score: 1, scoreDisplayMode: "binary" },
      "meta-description": { title: "Description", score: 1, scoreDisplayMode: "binary" },
      "robots-txt": { title: "robots.txt", score: null, scoreDisplayMode: "notApplicable" },
    },
    ...overrides,
  });

describe("summarizeLhr", () => {
  it("gives scores out of 100, the lab metrics and the failed audits with what they failed on", () => {
    expect(summarizeLhr(lhr(), 11_500)).toEqual({
      scores: { performance: 93, accessibility: 100, bestPractices: 96, seo: 100 },
      metrics: { fcpMs: 656.4, lcpMs: 701.2, tbtMs: 300, cls: 0.002, speedIndexMs: 800, ttiMs: 2253.7 },
      failedAudits: [
        {
          category: "bestPractices",
          id: "errors-in-console",
          title: "Des erreurs ont été enregistrées dans la console",
          score: 0,
          items: ["404 — /favicon.ico"],
        },
      ],
      runWarnings: [],
      durationMs: 11_500,
    });
  });

  it("reports a missing TTI as null, but refuses a missing core metric or an unscored category", () => {
    const base = lhr();
    const without = (id: string) => ({ ...base, audits: Object.fromEntries(Object.entries(base.audits).filter(([key]) => key !== id)) });
    expect(summarizeLhr(without("interactive"), 1).metrics.ttiMs).toBeNull();
    expect(() => summarizeLhr(without("speed-index"), 1)).toThrow(/speed-index/);
    expect(() => summarizeLhr(lhr({ categories: { ...base.categories, seo: category(null, []) } }), 1)).toThrow(/seo/);
  });

  it("turns a runtime error into an exception", () => {
    expect(() => summarizeLhr(lhr({ runtimeError: { code: "NO_FCP", message: "rien n’a été peint" } }), 1)).toThrow(/NO_FCP/);
  });
});

describe("medianIndex", () => {
  it("picks the run with the median performance score, the lower middle for an even count", () => {
    expect(medianIndex([94, 71, 88])).toBe(2);
    expect(medianIndex([90])).toBe(0);
    expect(medianIndex([80, 95, 70, 90])).toBe(0);
    expect(medianIndex([88, 88, 88])).toBe(1);
  });

  it("refuses no runs", () => {
    expect(() => medianIndex([])).toThrow();
  });
});
