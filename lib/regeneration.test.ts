import { describe, expect, it } from "vitest";

import { nextCasablancaMidnight } from "./dates";
import { secondsUntil } from "./regeneration";

describe("secondsUntil", () => {
  it("counts the seconds left before the Casablanca midnight", () => {
    const at = new Date("2026-11-29T22:58:30Z"); // 23 h 58 min 30 s in Casablanca
    expect(secondsUntil(nextCasablancaMidnight(at), at)).toBe(90);
  });

  it("rounds up and never gives less than a second, even for a past instant", () => {
    const at = new Date("2026-11-29T12:00:00.000Z");
    expect(secondsUntil(new Date("2026-11-29T12:00:00.200Z"), at)).toBe(1);
    expect(secondsUntil(new Date("2026-11-29T11:00:00Z"), at)).toBe(1);
  });
});
