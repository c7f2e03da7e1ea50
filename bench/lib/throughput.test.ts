import { describe, expect, it } from "vitest";

import type { LoadFigures } from "./cannon";
import {
  countNon2xx,
  formatThroughput,
  isCompressed,
  splitUrl,
  throughputFigures,
  throughputRatio,
  type ThroughputFigures,
} from "./throughput";

const load: LoadFigures = {
  durationSeconds: 10.02,
  requestsPerSecond: 1234.5,
  totalRequests: 12_345,
  sentRequests: 12_377,
  bytesPerSecond: 18_000_000,
  latency: { average: 25.1, p50: 22, p97_5: 60, p99: 71, max: 144 },
  errors: 2,
  timeouts: 1,
  resets: 0,
  statusCodeStats: { "200": 12_340, "304": 2, "502": 3 },
  tally: {},
};

describe("countNon2xx", () => {
  it("counts every status outside 200–299", () => {
    expect(countNon2xx(load.statusCodeStats)).toBe(5);
    expect(countNon2xx({ "200": 10, "204": 1 })).toBe(0);
  });
});

describe("isCompressed", () => {
  it("recognises the encodings of the web", () => {
    expect(isCompressed("gzip")).toBe(true);
    expect(isCompressed("br")).toBe(true);
    expect(isCompressed("identity")).toBe(false);
    expect(isCompressed(null)).toBe(false);
  });
});

describe("splitUrl", () => {
  it("separates the origin from the path and query", () => {
    expect(splitUrl("http://127.0.0.1:3522/recherche?q=maroc")).toEqual({ origin: "http://127.0.0.1:3522", path: "/recherche?q=maroc" });
    expect(splitUrl("http://127.0.0.1:3522")).toEqual({ origin: "http://127.0.0.1:3522", path: "/" });
  });

  it("refuses https, which the load generator is not set up for", () => {
    expect(() => splitUrl("https://lesinfos.ma/")).toThrow(/http:\/\//);
  });
});

const figures = (requestsPerSecond: number): ThroughputFigures =>
  throughputFigures(
    "http://127.0.0.1:3521/",
    32,
    { ...load, requestsPerSecond },
    { status: 200, contentEncoding: "gzip", wireBytes: 14_551 },
  );

describe("throughputFigures", () => {
  it("keeps the load's figures and the probe's encoding", () => {
    expect(figures(1234.5)).toMatchObject({
      connections: 32,
      requestsPerSecond: 1234.5,
      latency: { p50: 22, p97_5: 60, p99: 71, max: 144 },
      non2xx: 5,
      errors: 2,
      timeouts: 1,
      compressed: true,
      contentEncoding: "gzip",
      wireBytes: 14_551,
    });
  });
});

describe("throughputRatio", () => {
  it("is the share of the reference's requests per second", () => {
    expect(throughputRatio(figures(50), figures(200))).toBe(0.25);
    expect(throughputRatio(figures(50), figures(0))).toBe(0);
  });
});

describe("formatThroughput", () => {
  it("writes the figures the French way", () => {
    expect(formatThroughput(figures(1234.5))).toBe(
      "1\u202f234,5 req/s, p50 22 ms, p99 71 ms, max 144 ms, gzip (14\u202f551 octets), 5 non-2xx, 2 erreurs",
    );
  });
});
