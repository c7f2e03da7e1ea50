import { describe, expect, it } from "vitest";

import { loadTargets, summarizeStatuses, type TargetInputs } from "./load-targets";
import type { MixEntry } from "./mix";

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
        "/ailleurs": { "200": 1 },
      },
      mix,
    );
    expect(summary.byStatus).toEqual({ "200": 191, "404": 205, "500": 3, "503": 2 });
    expect(summary.total).toBe(401);
    expect(summary.expectedNotFound).toBe(198);
    expect(summary.serverErrors).toBe(5);
    expect(summary.unexpected).toEqual([
      { path: "/article/a", status: 404, expected: 200, count: 7 },
      { path: "/article/a", status: 500, expected: 200, count: 3 },
      { path: "/page/999", status: 503, expected: 404, count: 2 },
      { path: "/ailleurs", status: 200, expected: 0, count: 1 },
    ]);
    expect(summary.unanswered).toEqual(["/rss.xml"]);
  });
});

const MiB = 2 ** 20;
const healthy: TargetInputs = {
  errors: 0,
  timeouts: 0,
  serverErrors: 0,
  memoryBefore: 200 * MiB,
  memoryAfterSettle: 210 * MiB,
  crashed: false,
  unexpectedResponses: 0,
};
const target = (inputs: Partial<TargetInputs>, id: string) => loadTargets({ ...healthy, ...inputs }).find((t) => t.id === id)!;

describe("loadTargets", () => {
  it("meets every target on a healthy run, and misses on a single error, 5xx, crash or unexpected status", () => {
    expect(loadTargets(healthy).every((t) => t.met)).toBe(true);
    expect(target({ errors: 1, timeouts: 1 }, "erreurs").met).toBe(false);
    expect(target({ serverErrors: 1 }, "5xx").met).toBe(false);
    expect(target({ crashed: true }, "arret").met).toBe(false);
    expect(target({ unexpectedResponses: 4 }, "statuts").met).toBe(false);
  });

  it("allows memory up to 10 % above its pre-load level, and any drop", () => {
    expect(target({ memoryAfterSettle: 220 * MiB }, "memoire").met).toBe(true);
    expect(target({ memoryAfterSettle: 221 * MiB }, "memoire").met).toBe(false);
    expect(target({ memoryAfterSettle: 150 * MiB }, "memoire")).toMatchObject({ met: true, measured: "−25 % (200 Mio → 150 Mio)" });
    expect(target({ memoryAfterSettle: null }, "memoire").met).toBe(false);
  });
});
