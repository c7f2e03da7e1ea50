import { describe, expect, it } from "vitest";

import { rateLimit } from "./rate-limit";

describe("rateLimit", () => {
  it("allows `limit` requests per client in a window, then refuses until the window is over", () => {
    const limiter = rateLimit({ limit: 3, windowMs: 60_000 });
    expect([0, 1, 2, 3].map((ms) => limiter.allow("198.51.100.7", ms))).toEqual([true, true, true, false]);
    expect(limiter.allow("198.51.100.7", 59_999)).toBe(false);
    expect(limiter.allow("198.51.100.7", 60_000)).toBe(true);
  });

  it("counts each client on its own", () => {
    const limiter = rateLimit({ limit: 1, windowMs: 1_000 });
    expect(limiter.allow("a", 0)).toBe(true);
    expect(limiter.allow("b", 0)).toBe(true);
    expect(limiter.allow("a", 1)).toBe(false);
  });

  it("keeps at most `maxClients` clients, forgetting expired windows first, then the oldest", () => {
    const limiter = rateLimit({ limit: 1, windowMs: 1_000, maxClients: 2 });
    limiter.allow("a", 0);
    limiter.allow("b", 500);
    // "a"'s window is over at 1 200: it goes, "b" stays limited.
    limiter.allow("c", 1_200);
    expect(limiter.allow("b", 1_300)).toBe(false);
    // Table full of live windows: the oldest ("b") is forgotten for "d".
    limiter.allow("d", 1_400);
    expect(limiter.allow("b", 1_450)).toBe(true);
  });
});
