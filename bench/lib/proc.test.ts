import { describe, expect, it } from "vitest";

import { listeningInodes, parseParentPid, parseVmRss } from "./proc";

describe("parseVmRss", () => {
  it("reads VmRSS in bytes", () => {
    expect(parseVmRss("Name:\tnext-server (v16)\nVmPeak:\t  999 kB\nVmRSS:\t  204800 kB\nRssAnon:\t 1 kB\n")).toBe(204800 * 1024);
  });

  it("is null without a VmRSS line (zombie or kernel thread)", () => {
    expect(parseVmRss("Name:\tkworker\nState:\tZ (zombie)\n")).toBeNull();
  });
});

describe("parseParentPid", () => {
  it("reads the fourth field, even when the name holds spaces and parentheses", () => {
    expect(parseParentPid("4242 (next-server (v16.4.6)) S 4200 4200 4200 0 -1")).toBe(4200);
    expect(parseParentPid("1 (init) S 0 1 1")).toBe(0);
  });
});

describe("listeningInodes", () => {
  const table = [
    "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
    "   0: 0100007F:0D48 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 55501 1 0 100 0 0 10 0",
    "   1: 0100007F:0D48 0100007F:A1B2 01 00000000:00000000 00:00000000 00000000     0        0 55502 1 0 100 0 0 10 0",
    "   2: 00000000:0D49 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 55503 1 0 100 0 0 10 0",
    "",
  ].join("\n");

  it("finds the sockets listening on the port (3400 = 0D48), not its established connections", () => {
    expect(listeningInodes(table, 3400)).toEqual(["55501"]);
    expect(listeningInodes(table, 3401)).toEqual(["55503"]);
    expect(listeningInodes(table, 3402)).toEqual([]);
  });
});
