import { describe, expect, it } from "vitest";

import { DEFAULT_OPTIONS, parseBenchArgs } from "./args";

describe("parseBenchArgs", () => {
  it("defaults to a build, 64 connections, 30 s of load and 60 s of settling on port 3400", () => {
    expect(parseBenchArgs([])).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toMatchObject({ build: true, connections: 64, duration: 30, settle: 60, port: 3400 });
  });

  it("reads every flag", () => {
    expect(
      parseBenchArgs(["--no-build", "--connections", "8", "--duration", "5", "--warmup", "0", "--settle", "5", "--port", "3401"]),
    ).toEqual({ build: false, connections: 8, duration: 5, warmup: 0, settle: 5, port: 3401 });
  });

  it("refuses values that are not whole numbers, or too small", () => {
    expect(() => parseBenchArgs(["--duration", "abc"])).toThrow(/--duration « abc »/);
    expect(() => parseBenchArgs(["--connections", "0"])).toThrow(/≥ 1/);
    expect(() => parseBenchArgs(["--settle", "1.5"])).toThrow(/entier/);
  });

  it("refuses the ports of the other servers of the repository", () => {
    expect(() => parseBenchArgs(["--port", "3000"])).toThrow(/réservé/);
    expect(() => parseBenchArgs(["--port", "3102"])).toThrow(/réservé/);
    expect(() => parseBenchArgs(["--port", "3300"])).toThrow(/réservé/);
  });

  it("refuses unknown flags", () => {
    expect(() => parseBenchArgs(["--durée", "5"])).toThrow();
  });
});
