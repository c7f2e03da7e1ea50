/**
 * Requests per second one address sustains, measured with wrk: one request
 * first says whether the answer comes compressed (servers are compared on
 * the same bytes), then a warm-up, then the measured load.
 */
import http from "node:http";

import { BROWSER_HEADERS } from "./cannon";
import { formatMs, formatNumber } from "./format";
import { runWrk, type WrkFigures } from "./wrk";

/** One answer, before the load: status, compression and size on the wire. */
export interface EncodingProbe {
  status: number;
  /** `content-encoding` of the answer (null: not compressed). */
  contentEncoding: string | null;
  /** Body bytes as sent, compressed or not. */
  wireBytes: number;
}

export const THROUGHPUT = { connections: 32, durationSeconds: 10, warmupSeconds: 3 } as const;

/** GETs `url` once without decoding the body. */
export function probeEncoding(url: string): Promise<EncodingProbe> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: BROWSER_HEADERS, timeout: 10_000 }, (response) => {
      let wireBytes = 0;
      response.on("data", (chunk: Buffer) => (wireBytes += chunk.length));
      response.on("end", () => {
        const encoding = response.headers["content-encoding"];
        resolve({ status: response.statusCode ?? 0, contentEncoding: encoding ? encoding.toLowerCase() : null, wireBytes });
      });
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`pas de réponse de ${url} en 10 s`)));
    request.on("error", reject);
  });
}

/** Checks that `url` answers 200 (and how), then warms it up; rejects otherwise. */
export async function prepareThroughput(wrk: string, url: string): Promise<EncodingProbe> {
  const answer = await probeEncoding(url);
  if (answer.status !== 200) throw new Error(`${url} répond ${answer.status} au lieu de 200 : rien à mesurer`);
  await runWrk(wrk, url, { connections: THROUGHPUT.connections, durationSeconds: THROUGHPUT.warmupSeconds, headers: BROWSER_HEADERS });
  return answer;
}

/** The measured load on `url`. */
export function measureThroughput(wrk: string, url: string): Promise<WrkFigures> {
  return runWrk(wrk, url, { connections: THROUGHPUT.connections, durationSeconds: THROUGHPUT.durationSeconds, headers: BROWSER_HEADERS });
}

/** One line for the terminal: "1 234 req/s, p50 3,1 ms, p99 12 ms, 0 non-2xx, 0 erreur". */
export function formatThroughput(figures: WrkFigures): string {
  return [
    `${formatNumber(figures.requestsPerSecond)} req/s`,
    `p50 ${formatMs(figures.latency.p50)}`,
    `p99 ${formatMs(figures.latency.p99)}`,
    `${formatNumber(figures.non2xx)} non-2xx`,
    `${formatNumber(figures.errors)} erreur${figures.errors > 1 ? "s" : ""}`,
  ].join(", ");
}
