import { describe, expect, it } from "vitest";

import { headlineFontSize, OG_HEADLINE_MAX, ogHeadline } from "./og-image";

describe("headlineFontSize", () => {
  it("sets short headlines large and long ones smaller, never growing with length", () => {
    const sizes = [10, 40, 41, 65, 66, 90, 91, 120, 121, 160].map((n) => headlineFontSize("a".repeat(n)));
    expect(sizes[0]).toBe(78);
    expect(sizes.at(-1)).toBe(46);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(headlineFontSize("𝒜".repeat(40))).toBe(78);
  });
});

describe("ogHeadline", () => {
  it("cuts only headlines too long for the image", () => {
    const title = "Ports : le trafic de conteneurs poursuit sa hausse sur le détroit";
    expect(ogHeadline(title)).toBe(title);
    const long = ogHeadline("mot ".repeat(80));
    expect(long.length).toBeLessThanOrEqual(OG_HEADLINE_MAX);
    expect(long.endsWith("mot…")).toBe(true);
  });
});
