import { describe, expect, it } from "vitest";

import { hijriMonths, t } from "./strings";
import { frenchTypography } from "./typography";

/** Every label, functions called with sample values. */
const labels = Object.entries(t).map(([key, value]) => {
  const text = typeof value === "function" ? (value as (...args: unknown[]) => string)("Économie", 3) : value;
  return [key, String(text)] as const;
});

describe("interface labels", () => {
  it.each(labels)("%s is not empty", (_, text) => {
    expect(text.trim()).not.toBe("");
  });

  it.each(labels)("%s is set in French typography", (_, text) => {
    expect(text).toBe(frenchTypography(text));
  });

  it.each(labels)("%s has no English leftovers", (_, text) => {
    expect(text).not.toMatch(/\b(the|and|search|page not found|read more|share|next|previous|error)\b/i);
  });
});

describe("Hijri months", () => {
  it("names twelve months, once each, in lower-case French transliteration", () => {
    expect(hijriMonths).toHaveLength(12);
    expect(new Set(hijriMonths).size).toBe(12);
    for (const month of hijriMonths) expect(month).toMatch(/^[a-z’ -]+$/);
    expect(hijriMonths[8]).toBe("ramadan");
    expect(hijriMonths[5]).toBe("joumada al-oukhra");
  });
});
