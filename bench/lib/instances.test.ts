import { describe, expect, it } from "vitest";

import { roundFigures } from "./instances";
import type { MixEntry } from "./mix";
import type { WrkMixFigures } from "./wrk";

const mix: MixEntry[] = [
  { path: "/", expect: 200 },
  { path: "/article/a", expect: 200 },
  { path: "/rubrique/sport", expect: 200 },
  { path: "/article/inconnu", expect: 404 },
];

const load = (statuses: Record<string, number>): WrkMixFigures => ({
  requestsPerSecond: 100,
  totalRequests: 1000,
  durationSeconds: 10,
  latency: { p50: 2, p90: 5, p99: 20, max: 50, mean: 3 },
  non2xx: 0,
  errors: 1,
  timeouts: 1,
  statuses,
});

describe("a round of the several-instances load", () => {
  it("counts every answer of 500 or more as a 5xx, and the 404s the mix asks for apart", () => {
    const figures = roundFigures(load({ "200": 740, "404": 250, "500": 6, "502": 4 }), {}, mix);
    expect(figures.responses).toBe(1000);
    expect(figures.serverErrors).toBe(10);
    expect(figures.expectedNotFound).toBe(250);
  });

  it("divides Redis's commands by the answers", () => {
    const figures = roundFigures(load({ "200": 750, "404": 250 }), { hmget: 600, zrangebyscore: 40, evalsha: 10 }, mix);
    expect(figures.redisCommands).toBe(650);
    expect(figures.redisCommandsPerRequest).toBe(0.65);
  });
});
