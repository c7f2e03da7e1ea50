import { describe, expect, it } from "vitest";

import type { MixEntry } from "./mix";
import { median, relativeChange, summarizeStatuses } from "./stats";

const mix: MixEntry[] = [
  { path: "/", expect: 200 },
  { path: "/article/a", expect: 200 },
  { path: "/article/inconnu", expect: 404 },
  { path: "/page/999", expect: 404 },
  { path: "/rss.xml", expect: 200 },
];

describe("summarizeStatuses", () => {
  it("tells the expected 404s from real failures and counts 5xx apart", () => {
    const summary = summarizeStatuses(
      {
        "/": { "200": 100 },
        "/article/a": { "200": 90, "500": 3, "404": 7 },
        "/article/inconnu": { "404": 100 },
        "/page/999": { "404": 98, "503": 2 },
      },
      mix,
    );
    expect(summary.byStatus).toEqual([
      { status: 200, count: 190 },
      { status: 404, count: 205 },
      { status: 500, count: 3 },
      { status: 503, count: 2 },
    ]);
    expect(summary.total).toBe(400);
    expect(summary.expectedNotFound).toBe(198);
    expect(summary.serverErrors).toBe(5);
    expect(summary.unexpected).toEqual([
      { path: "/article/a", status: 404, expected: 200, count: 7 },
      { path: "/article/a", status: 500, expected: 200, count: 3 },
      { path: "/page/999", status: 503, expected: 404, count: 2 },
    ]);
    expect(summary.unanswered).toEqual(["/rss.xml"]);
  });

  it("is clean when every address answers what it should", () => {
    const summary = summarizeStatuses({ "/": { "200": 5 }, "/article/inconnu": { "404": 5 } }, mix.slice(0, 1).concat(mix[2]!));
    expect(summary).toMatchObject({ expectedNotFound: 5, serverErrors: 0, unexpected: [], unanswered: [] });
  });

  it("counts an address outside the mix as unexpected", () => {
    expect(summarizeStatuses({ "/ailleurs": { "200": 1 } }, []).unexpected).toEqual([
      { path: "/ailleurs", status: 200, expected: 0, count: 1 },
    ]);
  });
});

describe("relativeChange", () => {
  it("is the change over the first value", () => {
    expect(relativeChange(200, 220)).toBeCloseTo(0.1);
    expect(relativeChange(200, 150)).toBeCloseTo(-0.25);
    expect(relativeChange(0, 10)).toBe(0);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([400, 100, 300, 200])).toBe(250);
    expect(median([])).toBeNaN();
  });
});
