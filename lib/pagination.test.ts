import { describe, expect, it } from "vitest";

import { paginate, parsePageNumber } from "./pagination";

describe("parsePageNumber", () => {
  it.each([
    ["1", 1],
    ["2", 2],
    ["42", 42],
  ])("reads %j", (raw, expected) => expect(parsePageNumber(raw)).toBe(expected));

  it.each(["0", "-1", "1e3", "02", "2.5", "abc", "", " 2", "9999999", undefined])("refuses %j", (raw) =>
    expect(parsePageNumber(raw)).toBeNull(),
  );
});

describe("paginate", () => {
  const items = Array.from({ length: 25 }, (_, i) => i);

  it("slices pages of the given size", () => {
    expect(paginate(items, 1, 10)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], page: 1, totalPages: 3 });
    expect(paginate(items, 3, 10)).toEqual({ items: [20, 21, 22, 23, 24], page: 3, totalPages: 3 });
  });

  it("has no page beyond the last or before the first", () => {
    expect(paginate(items, 4, 10)).toBeNull();
    expect(paginate(items, 0, 10)).toBeNull();
  });

  it("gives an empty first page for an empty listing", () => {
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1 });
    expect(paginate([], 2, 10)).toBeNull();
  });
});
