import { afterEach, describe, expect, it, vi } from "vitest";

import { now } from "./clock";

afterEach(() => vi.unstubAllEnvs());

describe("now", () => {
  it("stands still at LESINFOS_NOW", () => {
    vi.stubEnv("LESINFOS_NOW", "2026-06-01T11:00:00Z");
    expect(now().toISOString()).toBe("2026-06-01T11:00:00.000Z");
  });

  it("with LESINFOS_CLOCK=running, advances from LESINFOS_NOW with the process's running time", () => {
    vi.stubEnv("LESINFOS_NOW", "2026-06-01T11:00:00Z");
    vi.stubEnv("LESINFOS_CLOCK", "running");
    vi.spyOn(performance, "now").mockReturnValue(4_500);
    expect(now().toISOString()).toBe("2026-06-01T11:00:04.500Z");
    vi.restoreAllMocks();
  });

  it("refuses an instant that is not ISO 8601", () => {
    vi.stubEnv("LESINFOS_NOW", "demain");
    expect(() => now()).toThrow("LESINFOS_NOW « demain » n’est pas une date ISO 8601 valide");
  });
});
