import { describe, expect, it } from "vitest";

import { normalizeAddress } from "./address";

describe("normalizeAddress", () => {
  it.each([
    ["lectrice@exemple.ma", "lectrice@exemple.ma"],
    ["  Salma.Bennani+lettre@Exemple.CO.ma ", "salma.bennani+lettre@exemple.co.ma"],
    ["o'neil@exemple.com", "o'neil@exemple.com"],
  ])("accepts %j as %j", (input, address) => {
    expect(normalizeAddress(input)).toBe(address);
  });

  it.each([
    "",
    "   ",
    "pas-une-adresse",
    "a@b",
    "a@@exemple.ma",
    "a b@exemple.ma",
    ".a@exemple.ma",
    "a..b@exemple.ma",
    "a@-exemple.ma",
    "lectrice@exemple.ma\r\nBcc: victime@exemple.ma",
    "x@exemple.ma'; DROP TABLE lettre_abonnes;--",
    '" OR 1=1 --@exemple.ma',
    `${"a".repeat(65)}@exemple.ma`,
    `a@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.${"e".repeat(63)}.ma`,
    "élise@exemple.ma",
  ])("refuses %j", (input) => {
    expect(normalizeAddress(input)).toBeNull();
  });

  it("refuses what is not text", () => {
    expect(normalizeAddress(undefined)).toBeNull();
    expect(normalizeAddress(["a@exemple.ma"])).toBeNull();
  });
});
