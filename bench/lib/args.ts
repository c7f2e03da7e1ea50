import { parseArgs } from "node:util";

/** What `npm run bench:load -- …` was asked to do. */
export interface BenchOptions {
  /** Build `.next-bench` first (false with `--no-build`, when a build exists). */
  build: boolean;
  /** Concurrent connections during the measured load. */
  connections: number;
  /** Seconds of measured load. */
  duration: number;
  /** Seconds of warm-up load before measuring (not counted). */
  warmup: number;
  /** Seconds to wait after the load before the last memory reading. */
  settle: number;
  /** Port of the production server. */
  port: number;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  build: true,
  connections: 64,
  duration: 30,
  warmup: 5,
  settle: 60,
  port: 3400,
};

export const USAGE = `npm run bench:load -- [--no-build] [--connections 64] [--duration 30] [--warmup 5] [--settle 60] [--port 3400]`;

/** Ports the other servers of this repository use (next dev, Playwright): never share them. */
const RESERVED_PORTS = (port: number) => (port >= 3000 && port <= 3103) || port === 3300;

function wholeNumber(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`--${name} « ${raw} » : un nombre entier ≥ ${min} est attendu`);
  }
  return value;
}

/** Reads the command-line flags; throws a French message on a bad value. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      "no-build": { type: "boolean" },
      connections: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      settle: { type: "string" },
      port: { type: "string" },
    },
  });
  const port = wholeNumber("port", values.port, DEFAULT_OPTIONS.port, 1024);
  if (RESERVED_PORTS(port) || port > 65535) {
    throw new Error(`--port ${port} : port réservé ou invalide (3000–3103 et 3300 servent aux autres serveurs)`);
  }
  return {
    build: !values["no-build"],
    connections: wholeNumber("connections", values.connections, DEFAULT_OPTIONS.connections, 1),
    duration: wholeNumber("duration", values.duration, DEFAULT_OPTIONS.duration, 1),
    warmup: wholeNumber("warmup", values.warmup, DEFAULT_OPTIONS.warmup, 0),
    settle: wholeNumber("settle", values.settle, DEFAULT_OPTIONS.settle, 0),
    port,
  };
}
