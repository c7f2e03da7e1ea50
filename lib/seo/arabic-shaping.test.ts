import { describe, expect, it } from "vitest";

import { presentationForms, shapeArabic } from "./arabic-shaping";

const hex = (text: string) => [...text].map((char) => char.codePointAt(0)!.toString(16));

describe("presentationForms", () => {
  it("gives each letter its form from its neighbours", () => {
    // beh initial, yeh medial, teh final.
    expect(hex(presentationForms("بيت"))).toEqual(["fe91", "fef4", "fe96"]);
    // A right-joining letter (dal) ends the joins: the next letter starts afresh.
    expect(hex(presentationForms("بدب"))).toEqual(["fe91", "feaa", "fe8f"]);
    expect(hex(presentationForms("ب"))).toEqual(["fe8f"]);
    expect(hex(presentationForms("ء"))).toEqual(["fe80"]);
  });

  it("draws lam-alef as one ligature, final after a joining letter", () => {
    expect(hex(presentationForms("لا"))).toEqual(["fefb"]);
    expect(hex(presentationForms("سلام"))).toEqual(["feb3", "fefc", "fee1"]);
    expect(hex(presentationForms("إله"))).toEqual(["fe87", "fedf", "feea"]);
  });

  it("lets vowel marks sit on a letter without breaking its joins", () => {
    expect(hex(presentationForms("بَيت"))).toEqual(["fe91", "64e", "fef4", "fe96"]);
  });
});

describe("shapeArabic", () => {
  it("puts Arabic runs in visual order, word by word, marks after their letter", () => {
    // feh initial, alef final, seen isolated; drawn left to right from the last.
    expect(hex(shapeArabic("فاس"))).toEqual(["feb1", "fe8e", "fed3"]);
    const shaped = shapeArabic("مدينة فاس");
    expect(shaped).toBe(`${[...presentationForms("فاس")].reverse().join("")} ${[...presentationForms("مدينة")].reverse().join("")}`);
    expect(hex(shapeArabic("بَب"))).toEqual(["fe90", "fe91", "64e"]);
  });

  it("leaves the French around it alone", () => {
    const text = "Fès\u00a0: la médina, مدينة فاس العتيقة, célèbre « ses » fondouks";
    const shaped = shapeArabic(text);
    expect(shaped.startsWith("Fès\u00a0: la médina, ")).toBe(true);
    expect(shaped.endsWith(", célèbre « ses » fondouks")).toBe(true);
    expect(shapeArabic("Sans arabe : 2025, « oui »")).toBe("Sans arabe : 2025, « oui »");
  });
});
