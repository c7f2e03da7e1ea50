/**
 * Throughput with wrk (Debian's package), the load generator for servers
 * faster than autocannon: in Node, autocannon tops out near 3,000 requests
 * per second on this machine, below what nginx serves. wrk's own summary
 * comes back as JSON from a Lua `done()` (wrk-report.lua). Also finds (and,
 * as root, installs) the Debian tools the bench needs.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { promisify } from "node:util";

import { BROWSER_HEADERS } from "./cannon";

export const isRoot = () => process.getuid?.() === 0;

/** The Debian tool's binary (or the one `envName` names); as root, installs the package when missing. */
export function ensureTool(name: "nginx" | "wrk", envName: string, report: (line: string) => void): string {
  const find = () => [process.env[envName] ?? `/usr/sbin/${name}`, `/usr/bin/${name}`].find((candidate) => existsSync(candidate));
  if (!find() && isRoot() && existsSync("/usr/bin/apt-get")) {
    report(`${name} introuvable : installation du paquet Debian « ${name} »…`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", name], { stdio: "inherit", env });
  }
  const found = find();
  if (!found) throw new Error(`${name} introuvable : installez-le (apt-get install -y ${name}) ou indiquez son chemin dans ${envName}.`);
  return found;
}

/** Pure: the figures in the `@@wrk` line of wrk's output. */
export function parseWrkOutput(output: string) {
  const line = output.split("\n").find((candidate) => candidate.startsWith("@@wrk "));
  if (!line) throw new Error(`sortie de wrk sans résumé :\n${output.slice(-500)}`);
  const s = JSON.parse(line.slice("@@wrk ".length)) as Record<string, number>;
  const ms = (key: string) => s[key]! / 1000;
  return {
    requestsPerSecond: s.durationUs! > 0 ? s.requests! / (s.durationUs! / 1e6) : 0,
    totalRequests: s.requests!,
    durationSeconds: s.durationUs! / 1e6,
    /** Milliseconds. */
    latency: { p50: ms("p50"), p90: ms("p90"), p99: ms("p99"), max: ms("max"), mean: ms("mean") },
    /** Answers with a status of 400 or more. */
    non2xx: s.status!,
    /** Connection errors (connect, read, write) and timeouts. */
    errors: s.connect! + s.read! + s.write! + s.timeout!,
    /** Of which: no answer within wrk's --timeout. */
    timeouts: s.timeout!,
  };
}

export type WrkFigures = ReturnType<typeof parseWrkOutput>;

export const THROUGHPUT = { connections: 32, durationSeconds: 10, warmupSeconds: 3 } as const;

/** wrk with `script` on `url`, two threads, compressed answers asked for as a browser does; its output. */
async function execWrk(wrk: string, url: string, seconds: number, connections: number, script: string, scriptArgs: string[] = []) {
  const args = [
    ...Object.entries(BROWSER_HEADERS).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
    ...["-t", "2", "-c", String(connections), "-d", `${seconds}s`, "--timeout", "10s"],
    ...["-s", path.join(import.meta.dirname, script), url, ...(scriptArgs.length ? ["--", ...scriptArgs] : [])],
  ];
  const env = { ...process.env, LESINFOS_WRK_REPORT: path.join(import.meta.dirname, "wrk-report.lua") };
  const { stdout } = await promisify(execFile)(wrk, args, { timeout: (seconds + 30) * 1000, env });
  return stdout;
}

/** One wrk run against `url`. */
export async function runWrk(wrk: string, url: string, durationSeconds: number = THROUGHPUT.durationSeconds): Promise<WrkFigures> {
  return parseWrkOutput(await execWrk(wrk, url, durationSeconds, THROUGHPUT.connections, "wrk-report.lua"));
}

/** Pure: the responses per status code in the `@@statuses` line of wrk-mix.lua's output. */
export function parseWrkStatuses(output: string): Record<string, number> {
  const line = output.split("\n").find((candidate) => candidate.startsWith("@@statuses "));
  if (!line) throw new Error(`sortie de wrk sans statuts :\n${output.slice(-500)}`);
  return JSON.parse(line.slice("@@statuses ".length)) as Record<string, number>;
}

/** wrk on the addresses of `pathsFile` (one per line, taken in turn: wrk-mix.lua), with the count of each status. */
export async function runWrkMix(wrk: string, origin: string, seconds: number, connections: number, pathsFile: string) {
  const output = await execWrk(wrk, `${origin}/`, seconds, connections, "wrk-mix.lua", [pathsFile]);
  return { ...parseWrkOutput(output), statuses: parseWrkStatuses(output) };
}
export type WrkMixFigures = Awaited<ReturnType<typeof runWrkMix>>;

/** One answer before the load (status, compression, size on the wire: servers are compared on the same bytes), then a warm-up. */
export type EncodingProbe = { status: number; contentEncoding: string | null; wireBytes: number };

export async function prepareThroughput(wrk: string, url: string): Promise<EncodingProbe> {
  const answer = await new Promise<EncodingProbe>((resolve, reject) => {
    const request = http.get(url, { headers: BROWSER_HEADERS, timeout: 10_000 }, (response) => {
      let wireBytes = 0;
      response.on("data", (chunk: Buffer) => (wireBytes += chunk.length));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, contentEncoding: response.headers["content-encoding"] ?? null, wireBytes }),
      );
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`pas de réponse de ${url} en 10 s`)));
    request.on("error", reject);
  });
  if (answer.status !== 200) throw new Error(`${url} répond ${answer.status} au lieu de 200 : rien à mesurer`);
  await runWrk(wrk, url, THROUGHPUT.warmupSeconds);
  return answer;
}

/** wrk's version, e.g. "debian/4.1.0-3+b2": `wrk -v` prints it then its usage, and exits 1. */
export async function wrkVersion(wrk: string): Promise<string> {
  const output = await promisify(execFile)(wrk, ["-v"]).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string }) => error.stdout ?? "",
  );
  return /^wrk (\S+)/.exec(output)?.[1] ?? "inconnue";
}
