import { describe, expect, it } from "vitest";

import { topRanked } from "./ranking";

describe("topRanked", () => {
  const larger = (a: number, b: number) => a > b;

  it("keeps the best items in order, as a full sort would", () => {
    const items = [5, 1, 9, 3, 7, 9, 2, 8];
    expect(topRanked(items, 3, larger)).toEqual([9, 9, 8]);
    expect(topRanked(items, 20, larger)).toEqual([...items].sort((a, b) => b - a));
  });

  it("keeps the earlier of two equals first (stable)", () => {
    const items = [
      { v: 1, id: "a" },
      { v: 2, id: "b" },
      { v: 1, id: "c" },
      { v: 2, id: "d" },
    ];
    expect(topRanked(items, 3, (a, b) => a.v > b.v).map((item) => item.id)).toEqual(["b", "d", "a"]);
  });

  it("ranks the same by insertion (few kept) as by sorting (many kept)", () => {
    const items = Array.from({ length: 2_000 }, (_, i) => ({ v: (i * 7_919) % 97, id: i }));
    const byValue = (a: { v: number }, b: { v: number }) => a.v > b.v;
    const sorted = topRanked(items, items.length, byValue);
    for (const count of [1, 12, 100, 125, 126, 1_000]) {
      expect(topRanked(items, count, byValue)).toEqual(sorted.slice(0, count));
    }
  });

  it("gives nothing for a count of zero or no items", () => {
    expect(topRanked([3, 2], 0, larger)).toEqual([]);
    expect(topRanked([], 4, larger)).toEqual([]);
  });
});
