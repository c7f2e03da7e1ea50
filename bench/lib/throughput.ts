/**
 * Requests per second one address sustains: a warm-up, then a measured
 * load from the autocannon child process (cannon.ts), one address only.
 * Before the load, a single request says whether the answer comes
 * compressed, so that servers are compared on the same bytes.
 */
import http from "node:http";

import { BROWSER_HEADERS, runLoad, type LoadFigures } from "./cannon";
import { formatMs, formatNumber } from "./format";

export interface ThroughputOptions {
  /** Concurrent connections (32). */
  connections?: number;
  /** Seconds of measured load (10). */
  durationSeconds?: number;
  /** Seconds of load before, not counted (3; 0 for none). */
  warmupSeconds?: number;
  /** Request headers (a browser's, compression accepted). */
  headers?: Record<string, string>;
}

/** One answer, before the load: status, compression and size on the wire. */
export interface EncodingProbe {
  status: number;
  /** `content-encoding` of the answer (null: not compressed). */
  contentEncoding: string | null;
  /** Body bytes as sent, compressed or not. */
  wireBytes: number;
}

export interface ThroughputFigures {
  url: string;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  totalRequests: number;
  /** Milliseconds. */
  latency: { p50: number; p97_5: number; p99: number; max: number; average: number };
  /** Answers outside 200–299. */
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  bytesPerSecond: number;
  status: number;
  contentEncoding: string | null;
  /** Whether the answer came compressed (gzip, br, deflate, zstd). */
  compressed: boolean;
  wireBytes: number;
}

export const THROUGHPUT_DEFAULTS = { connections: 32, durationSeconds: 10, warmupSeconds: 3 } as const;

const TIMEOUT_SECONDS = 10;

/** GETs `url` once without decoding the body. */
export function probeEncoding(url: string, headers: Record<string, string> = BROWSER_HEADERS): Promise<EncodingProbe> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, timeout: TIMEOUT_SECONDS * 1000 }, (response) => {
      let wireBytes = 0;
      response.on("data", (chunk: Buffer) => (wireBytes += chunk.length));
      response.on("end", () => {
        const encoding = response.headers["content-encoding"];
        resolve({ status: response.statusCode ?? 0, contentEncoding: encoding ? encoding.toLowerCase() : null, wireBytes });
      });
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`pas de réponse de ${url} en ${TIMEOUT_SECONDS} s`)));
    request.on("error", reject);
  });
}

export function isCompressed(contentEncoding: string | null): boolean {
  return contentEncoding !== null && /\b(gzip|br|deflate|zstd)\b/.test(contentEncoding);
}

/** Answers whose status is not 2xx, from autocannon's count per status. */
export function countNon2xx(statusCodeStats: Record<string, number>): number {
  return Object.entries(statusCodeStats)
    .filter(([status]) => !/^2\d\d$/.test(status))
    .reduce((sum, [, count]) => sum + count, 0);
}

/** `http://host:port/a?b` → origin and path, as a load plan takes them. */
export function splitUrl(url: string): { origin: string; path: string } {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:") throw new Error(`${url} : seul http:// est mesuré`);
  return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
}

export function throughputFigures(url: string, connections: number, load: LoadFigures, probe: EncodingProbe): ThroughputFigures {
  return {
    url,
    connections,
    durationSeconds: load.durationSeconds,
    requestsPerSecond: load.requestsPerSecond,
    totalRequests: load.totalRequests,
    latency: {
      p50: load.latency.p50,
      p97_5: load.latency.p97_5,
      p99: load.latency.p99,
      max: load.latency.max,
      average: load.latency.average,
    },
    non2xx: countNon2xx(load.statusCodeStats),
    errors: load.errors,
    timeouts: load.timeouts,
    bytesPerSecond: load.bytesPerSecond,
    status: probe.status,
    contentEncoding: probe.contentEncoding,
    compressed: isCompressed(probe.contentEncoding),
    wireBytes: probe.wireBytes,
  };
}

/**
 * Measures `url`: one request to check it answers 200 (and whether
 * compressed), a warm-up, then the measured load. Rejects when the address
 * does not answer 200.
 */
export async function measureThroughput(url: string, options: ThroughputOptions = {}): Promise<ThroughputFigures> {
  const connections = options.connections ?? THROUGHPUT_DEFAULTS.connections;
  const duration = options.durationSeconds ?? THROUGHPUT_DEFAULTS.durationSeconds;
  const warmup = options.warmupSeconds ?? THROUGHPUT_DEFAULTS.warmupSeconds;
  const headers = options.headers ?? BROWSER_HEADERS;
  const { origin, path } = splitUrl(url);
  const probe = await probeEncoding(url, headers);
  if (probe.status !== 200) throw new Error(`${url} répond ${probe.status} au lieu de 200 : rien à mesurer`);
  const plan = { url: origin, connections, timeoutSeconds: TIMEOUT_SECONDS, headers, mix: [{ path, expect: 200 as const }] };
  if (warmup > 0) await runLoad({ ...plan, duration: warmup });
  const load = await runLoad({ ...plan, duration });
  return throughputFigures(url, connections, load, probe);
}

/** `subject` as a share of `reference` (requests per second), 0 when the reference is nil. */
export function throughputRatio(subject: ThroughputFigures, reference: ThroughputFigures): number {
  return reference.requestsPerSecond > 0 ? subject.requestsPerSecond / reference.requestsPerSecond : 0;
}

/** One line for the terminal: "1 234,5 req/s, p50 3,1 ms, p99 12 ms, gzip, 0 non-2xx, 0 erreur". */
export function formatThroughput(figures: ThroughputFigures): string {
  const encoding = figures.contentEncoding ?? "non compressé";
  return [
    `${formatNumber(figures.requestsPerSecond, 1)} req/s`,
    `p50 ${formatMs(figures.latency.p50)}`,
    `p99 ${formatMs(figures.latency.p99)}`,
    `max ${formatMs(figures.latency.max)}`,
    `${encoding} (${formatNumber(figures.wireBytes)} octets)`,
    `${formatNumber(figures.non2xx)} non-2xx`,
    `${formatNumber(figures.errors)} erreur${figures.errors > 1 ? "s" : ""}`,
  ].join(", ");
}
