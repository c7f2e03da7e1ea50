import { describe, expect, it } from "vitest";

import { addCounts, commandsBetween, infoField, parseCommandStats, totalCommands } from "./redis-stats";

// As redis-server 7.0 prints it.
const INFO = `# Commandstats\r
cmdstat_evalsha:calls=1520,usec=9120,usec_per_call=6.00,rejected_calls=0,failed_calls=0\r
cmdstat_hget:calls=3001,usec=3001,usec_per_call=1.00,rejected_calls=0,failed_calls=0\r
cmdstat_info:calls=7,usec=350,usec_per_call=50.00,rejected_calls=0,failed_calls=0\r
cmdstat_client|setinfo:calls=4,usec=4,usec_per_call=1.00,rejected_calls=0,failed_calls=0\r
`;

describe("Redis's command counts", () => {
  it("reads every command but the bench's own INFO", () => {
    expect(parseCommandStats(INFO)).toEqual({ evalsha: 1520, hget: 3001, "client|setinfo": 4 });
    expect(parseCommandStats("")).toEqual({});
  });

  it("counts the commands sent between two readings, and adds the two halves of a round cut by a restart", () => {
    const before = { hget: 1000, evalsha: 500 };
    const beforeKill = { hget: 1600, evalsha: 500, get: 10 };
    const afterRestart = { hget: 40, "client|setinfo": 2 };
    const sent = addCounts(commandsBetween(before, beforeKill), afterRestart);
    expect(sent).toEqual({ hget: 640, get: 10, "client|setinfo": 2 });
    expect(totalCommands(sent)).toBe(652);
  });

  it("reads a field of INFO memory", () => {
    expect(infoField("# Memory\r\nused_memory:5242880\r\nused_memory_human:5.00M\r\n", "used_memory")).toBe(5242880);
    expect(infoField("# Memory\r\n", "used_memory")).toBeNull();
  });
});
