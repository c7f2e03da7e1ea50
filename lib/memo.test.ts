import { describe, expect, it } from "vitest";

import { memoizeByIdentity, RecentMap } from "./memo";

describe("memoizeByIdentity", () => {
  it("computes once per object", () => {
    let calls = 0;
    const length = memoizeByIdentity((list: number[]) => (calls++, list.length));
    const list = [1, 2, 3];
    expect([length(list), length(list), length([1])]).toEqual([3, 3, 1]);
    expect(calls).toBe(2);
  });
});

describe("RecentMap", () => {
  it("drops the entry set longest ago beyond its limit", () => {
    const map = new RecentMap<string, number>(2);
    map.set("a", 1).set("b", 2).set("c", 3);
    expect([...map.keys()]).toEqual(["b", "c"]);
  });

  it("counts setting a key again as recent", () => {
    const map = new RecentMap<string, number>(2);
    map.set("a", 1).set("b", 2).set("a", 10).set("c", 3);
    expect([...map]).toEqual([
      ["a", 10],
      ["c", 3],
    ]);
  });
});
