import { describe, expect, it } from "vitest";

import { parseWrkOutput, parseWrkStatuses } from "./wrk";

const output = `Running 10s test @ http://127.0.0.1:3453/article/x
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   380.12us  200.01us   9.10ms   90.00%
  840000 requests in 10.00s, 13.20GB read
Requests/sec:  84000.00
@@wrk {"requests":840000,"durationUs":10000000,"bytes":14173392000,"connect":0,"read":2,"write":1,"status":5,"timeout":3,"p50":351,"p90":512,"p99":1204,"max":9100,"mean":380.120000}
`;

describe("parseWrkOutput", () => {
  it("reads the JSON line of wrk-report.lua: requests per second, latencies in milliseconds, errors", () => {
    expect(parseWrkOutput(output)).toEqual({
      requestsPerSecond: 84_000,
      totalRequests: 840_000,
      durationSeconds: 10,
      latency: { p50: 0.351, p90: 0.512, p99: 1.204, max: 9.1, mean: 0.38012 },
      non2xx: 5,
      errors: 6,
      timeouts: 3,
    });
  });

  it("refuses an output without the summary line, quoting its end", () => {
    expect(() => parseWrkOutput("unable to connect to 127.0.0.1:3453 Connection refused")).toThrow(/Connection refused/);
  });
});

describe("parseWrkStatuses", () => {
  it("reads the responses per status that wrk-mix.lua counts", () => {
    expect(parseWrkStatuses(`${output}@@statuses {"200":9100,"404":1050,"502":3}\n`)).toEqual({ "200": 9100, "404": 1050, "502": 3 });
  });

  it("refuses an output of wrk-report.lua alone", () => {
    expect(() => parseWrkStatuses(output)).toThrow(/sans statuts/);
  });
});
