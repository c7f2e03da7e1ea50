import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { beaconLogLine } from "@/lib/testing/beacon-log";
import { LOGGED_HEADERS, parseBeaconLine } from "./beacon-log";
import { PREFETCH_HEADERS } from "./countable";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

const logLine = (fields: Record<string, string> = {}) => beaconLogLine({ uri: "/article/budget-2027/vu", ...fields });

describe("parseBeaconLine", () => {
  it("gives the request the proxy would have seen: slug, method, instant, address and headers", () => {
    const beacon = parseBeaconLine(logLine({ secPurpose: "prefetch", uri: "/article/budget-2027/vu?x=1" }));
    expect(beacon?.slug).toBe("budget-2027");
    expect(beacon?.request.method).toBe("GET");
    expect(beacon?.request.at.toISOString()).toBe("2026-11-29T22:29:03.282Z");
    expect(beacon?.request.headers.get("x-real-ip")).toBe("203.0.113.9");
    expect(beacon?.request.headers.get("user-agent")).toBe(FIREFOX);
    expect(beacon?.request.headers.get("sec-purpose")).toBe("prefetch");
    // Headers the client did not send are absent, not empty.
    expect(beacon?.request.headers.has("x-moz")).toBe(false);
  });

  it("reads what nginx escapes in a value (quotes, backslashes, control characters)", () => {
    const agent = 'Mozilla/5.0 "guillemets" \\ \u0001 é';
    const text = logLine({ userAgent: agent });
    expect(text).toContain('\\"guillemets\\"');
    expect(parseBeaconLine(text)?.request.headers.get("user-agent")).toBe(agent);
  });

  it.each([
    ["a damaged line", '{"time":"1795991343.282","address":"203.0.1'],
    ["not JSON", "203.0.113.9 - - [29/Nov/2026] GET /article/budget-2027/vu"],
    ["a missing field", JSON.stringify({ time: "1795991343.282", uri: "/article/budget-2027/vu" })],
    ["a time that is not one", logLine({ time: "-" })],
    ["another address", logLine({ uri: "/article/budget-2027" })],
    ["an empty line", ""],
  ])("is null for %s", (_, text) => {
    expect(parseBeaconLine(text)).toBeNull();
  });

  it("logs every header the counting rule reads, in the format deploy/nginx.conf writes", () => {
    for (const name of PREFETCH_HEADERS) expect(Object.values(LOGGED_HEADERS)).toContain(name);
    const config = readFileSync("deploy/nginx.conf", "utf8");
    const format = /log_format lesinfos_vues escape=json\s+((?:'[^']*'\s*)+);/.exec(config)?.[1] ?? "";
    const template = format.replace(/'\s*'?/g, "");
    for (const [field, name] of Object.entries(LOGGED_HEADERS)) {
      expect(template).toContain(`"${field}":"$http_${name.replaceAll("-", "_")}"`);
    }
    expect(template).toContain('"address":"$remote_addr"');
    expect(template).toContain('"time":"$msec"');
  });
});
