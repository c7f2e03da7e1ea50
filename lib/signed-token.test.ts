import { afterEach, describe, expect, it, vi } from "vitest";

import { DEVELOPMENT_SECRET, siteSecret } from "./secret";
import { checkToken, signToken } from "./signed-token";

const at = new Date("2026-11-29T10:00:00Z");
const inAnHour = new Date("2026-11-29T11:00:00Z");
const SECRET = "s".repeat(40);

describe("signed tokens", () => {
  it("give back their payload before they expire", () => {
    const token = signToken("confirmation", "abc_DEF-1", inAnHour, SECRET);
    expect(checkToken("confirmation", token, at, SECRET)).toEqual({ ok: true, payload: "abc_DEF-1" });
  });

  it("are refused as expired from their expiry on", () => {
    const token = signToken("confirmation", "abc", inAnHour, SECRET);
    expect(checkToken("confirmation", token, inAnHour, SECRET)).toEqual({ ok: false, reason: "expired" });
  });

  it("are refused for another purpose, another secret, or with a changed payload or expiry", () => {
    const token = signToken("confirmation", "abc", inAnHour, SECRET);
    const [payload, expiry, sig] = token.split(".");
    expect(checkToken("formulaire", token, at, SECRET).ok).toBe(false);
    expect(checkToken("confirmation", token, at, "t".repeat(40)).ok).toBe(false);
    expect(checkToken("confirmation", `abd.${expiry}.${sig}`, at, SECRET).ok).toBe(false);
    expect(checkToken("confirmation", `${payload}.zzzzzz.${sig}`, at, SECRET).ok).toBe(false);
  });

  it.each([undefined, "", "abc", "a.b", "a.b.c.d", "'; DROP TABLE x;--.1.x", "x".repeat(600), 42])("refuse %s as invalid", (token) => {
    expect(checkToken("confirmation", token, at, SECRET)).toEqual({ ok: false, reason: "invalid" });
  });

  it("never sign a payload that would not fit in an address", () => {
    expect(() => signToken("confirmation", "a b", inAnHour, SECRET)).toThrow();
  });
});

describe("the site secret", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("falls back to the public development secret outside production", () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("LESINFOS_SECRET", "");
    expect(siteSecret()).toBe(DEVELOPMENT_SECRET);
  });

  it("is required, with a French message, by a production server", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXT_PHASE", "");
    vi.stubEnv("LESINFOS_SECRET", "");
    expect(() => siteSecret()).toThrow(/LESINFOS_SECRET manquant : en production/);
    vi.stubEnv("LESINFOS_SECRET", "court");
    expect(() => siteSecret()).toThrow(/trop court/);
    vi.stubEnv("LESINFOS_SECRET", SECRET);
    expect(siteSecret()).toBe(SECRET);
  });

  it("is not required while `next build` renders pages", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    vi.stubEnv("LESINFOS_SECRET", "");
    expect(siteSecret()).toBe(DEVELOPMENT_SECRET);
  });
});
