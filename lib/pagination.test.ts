import { describe, expect, it } from "vitest";

import { pageCount, pageOf, paginate, parsePageNumber } from "./pagination";

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

describe("a first page of its own size", () => {
  const items = Array.from({ length: 25 }, (_, i) => i);

  it("continues page 2 right after what page 1 holds", () => {
    expect(paginate(items, 1, 10, 3)).toEqual({ items: [0, 1, 2], page: 1, totalPages: 4 });
    expect(paginate(items, 2, 10, 3)?.items).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(paginate(items, 4, 10, 3)?.items).toEqual([23, 24]);
    expect(paginate(items, 5, 10, 3)).toBeNull();
  });

  it("with an empty first page (the home), page 2 starts at the first item and exists only when there is one", () => {
    expect(paginate(items, 2, 10, 0)?.items).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(paginate(items, 4, 10, 0)?.items).toEqual([20, 21, 22, 23, 24]);
    expect(paginate([], 2, 10, 0)).toBeNull();
    expect(pageCount(0, 10, 0)).toBe(1);
    expect(pageCount(10, 10, 0)).toBe(2);
  });

  it("finds the page of an item", () => {
    expect([0, 9, 10, 24].map((i) => pageOf(i, 10))).toEqual([1, 1, 2, 3]);
    expect([0, 9, 10, 24].map((i) => pageOf(i, 10, 0))).toEqual([2, 2, 3, 4]);
  });
});
