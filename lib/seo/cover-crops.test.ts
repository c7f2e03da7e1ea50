import { describe, expect, it } from "vitest";

import { cropOfFile, cropSize } from "./cover-crops";

describe("cropSize", () => {
  it("cuts a 1600 × 900 cover to 1200 wide where it can, never enlarges it", () => {
    const cover = { width: 1600, height: 900 };
    expect(cropSize(cover, "16x9")).toEqual({ width: 1200, height: 675 });
    expect(cropSize(cover, "4x3")).toEqual({ width: 1200, height: 900 });
    expect(cropSize(cover, "1x1")).toEqual({ width: 900, height: 900 });
  });

  it("keeps the shape of a small or tall picture", () => {
    expect(cropSize({ width: 800, height: 600 }, "16x9")).toEqual({ width: 800, height: 450 });
    expect(cropSize({ width: 1000, height: 2000 }, "4x3")).toEqual({ width: 1000, height: 750 });
    expect(cropSize({ width: 3000, height: 2000 }, "1x1")).toEqual({ width: 1200, height: 1200 });
  });
});

describe("cropOfFile", () => {
  it("reads the three file names, nothing else", () => {
    expect(["16x9.jpg", "4x3.jpg", "1x1.jpg"].map(cropOfFile)).toEqual(["16x9", "4x3", "1x1"]);
    for (const file of ["16x9", "16x9.png", "2x1.jpg", "toString.jpg", "constructor.jpg", ".jpg"]) expect(cropOfFile(file)).toBeNull();
  });
});
