/**
 * npm run bench:scale [-- --counts 1000,10000,100000] [--seed S] [--timeout-minutes 60] [--no-site] [--report-only]
 *
 * For each N: generate bench/.work/scale-N (or reuse it when its manifest
 * says same N, seed and generator), measure the content layer in a fresh
 * child process (bench/scale/measure.ts), then build and serve the site on
 * it (bench/scale/site.ts; skipped with --no-site), keep the figures in
 * bench/.work/scale-results, then write bench/SCALE-REPORT.md from every
 * stored run and print it. At 1,000 articles (--editors-at) it also times
 * the editors' loop under next dev (bench/lib/editors-loop.ts).
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import {
  DEFAULT_REFERENCE,
  DEFAULT_SEED,
  GENERATOR_VERSION,
  formatSummary,
  generateContent,
  readManifest,
} from "../scripts/generate-articles";
import { MARK, type ChildEvent, type Failure, type Memory, type RunRecord } from "./scale/protocol";
import QUERIES from "./scale/queries.json";
import { renderReport } from "./scale/report";
import { measureSite } from "./scale/site";
import { measureEditorsLoop } from "./lib/editors-loop";

const WORK = path.resolve("bench/.work");
const RESULTS = path.join(WORK, "scale-results");
const REPORT = path.resolve("bench/SCALE-REPORT.md");

const { values } = parseArgs({
  options: {
    counts: { type: "string", default: "1000,10000,100000" },
    seed: { type: "string", default: DEFAULT_SEED },
    "timeout-minutes": { type: "string", default: "60" },
    "max-old-space-size": { type: "string", default: "8192" },
    /** Concurrent reads allowed when measuring again after EMFILE. */
    "bounded-reads": { type: "string", default: "256" },
    /** Measure the content layer only: no `next build` / `next start` on the generated content. */
    "no-site": { type: "boolean", default: false },
    "site-port": { type: "string", default: "3410" },
    /** The N at which the editors' loop (next dev, save to reload) is measured; 0 for never. */
    "editors-at": { type: "string", default: "1000" },
    /** Write the report again from the stored runs, measuring nothing. */
    "report-only": { type: "boolean", default: false },
  },
});
const counts = values.counts.split(",").map((text) => Number(text.replace(/[_ ]/g, "")));
if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error("Usage : npm run bench:scale -- [--counts 1000,10000] [--seed S] [--timeout-minutes 60]");
  process.exit(1);
}
const timeoutMs = Number(values["timeout-minutes"]) * 60_000;
const seed = values.seed;

async function ensureContent(count: number): Promise<RunRecord["generation"] & { dir: string }> {
  const dir = path.join(WORK, `scale-${count}`);
  const manifest = await readManifest(dir);
  if (
    manifest &&
    manifest.count === count &&
    manifest.seed === seed &&
    manifest.generator === GENERATOR_VERSION &&
    manifest.reference === DEFAULT_REFERENCE
  ) {
    console.log(`${count} articles : contenu réutilisé (${path.relative(process.cwd(), dir)}).`);
    return { dir, reused: true, megabytes: manifest.bytes / 1e6 };
  }
  console.log(`${count} articles : génération…`);
  const result = await generateContent({ count, out: dir, seed, clean: true });
  console.log(formatSummary(result, dir));
  return { dir, reused: false, seconds: result.seconds, megabytes: result.bytes / 1e6 };
}

/** Runs measure.ts on one folder and follows its phases, so a crash still says where it happened. */
function measure(count: number, dir: string, boundedReads?: string): Promise<{ result?: RunRecord["result"]; failure?: Failure }> {
  const args = [
    `--max-old-space-size=${values["max-old-space-size"]}`,
    "--expose-gc",
    "--import",
    "tsx",
    "bench/scale/measure.ts",
    dir,
    DEFAULT_REFERENCE,
  ];
  if (boundedReads) args.push(boundedReads);
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const started = performance.now();
  const completed: { phase: string; ms: number }[] = [];
  let phase = "démarrage";
  let atPhaseStart: Memory | undefined;
  let lastSample: Memory | undefined;
  let peakRssMb = 0;
  let result: RunRecord["result"];
  let error: string | undefined;
  let stderr = "";
  let pending = "";

  const onEvent = (event: ChildEvent) => {
    if (event.type === "result") result = event.result;
    else {
      peakRssMb = Math.max(peakRssMb, event.memory.rssMb ?? 0);
      lastSample = event.memory;
      if (event.type === "error") {
        error = `${event.code ? `${event.code} : ` : ""}${event.message}`;
        console.log(`  ${count} : erreur pendant ${event.phase} : ${error}`);
      }
      if (event.type === "phase" && event.status === "start") {
        [phase, atPhaseStart] = [event.phase, event.memory];
        console.log(`  ${count} : ${event.phase}… (RSS ${event.memory.rssMb} Mo)`);
      } else if (event.type === "phase" && event.ms !== undefined) {
        completed.push({ phase: event.phase, ms: event.ms });
        console.log(
          `  ${count} : ${event.phase} ${(event.ms / 1000).toFixed(2)} s (RSS ${event.memory.rssMb} Mo, heap ${event.memory.heapUsedMb} Mo)`,
        );
      }
    }
  };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (line.startsWith(MARK)) onEvent(JSON.parse(line.slice(MARK.length)) as ChildEvent);
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-6000);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, timeoutMs);

  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (result && code === 0) return resolve({ result });
      const outOfMemory = /heap out of memory|Allocation failed/i.test(stderr);
      const exit = timedOut
        ? `arrêté après ${values["timeout-minutes"]} min (--timeout-minutes)`
        : outOfMemory
          ? `mémoire épuisée (code ${code ?? signal})`
          : signal
            ? `signal ${signal}`
            : `code ${code}`;
      resolve({
        failure: {
          phase,
          elapsedS: (performance.now() - started) / 1000,
          exit,
          error,
          atPhaseStart,
          lastSample,
          peakRssMb,
          completed,
          stderrTail: stderr.split("\n").slice(-25).join("\n"),
        },
      });
    });
  });
}

/** The code being measured: read-only git queries, so a figure can be tied to a commit. */
function codeVersion(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "lib"], { encoding: "utf8" }).trim() !== "";
    return dirty ? `${head} + lib modifié` : head;
  } catch {
    return "inconnu";
  }
}

async function storedRuns(): Promise<RunRecord[]> {
  const names = (await readdir(RESULTS).catch(() => [])).filter((name) => /^scale-\d+\.json$/.test(name));
  const runs = await Promise.all(names.map(async (name) => JSON.parse(await readFile(path.join(RESULTS, name), "utf8")) as RunRecord));
  return runs.filter((run) => run.seed === seed);
}

await mkdir(RESULTS, { recursive: true });
for (const count of values["report-only"] ? [] : counts) {
  const { dir, ...generation } = await ensureContent(count);
  const before = os.loadavg()[0]!;
  const code = codeVersion();
  const started = performance.now();
  console.log(`${count} articles : mesure dans un processus neuf…`);
  let outcome = await measure(count, dir);
  let firstAttempt: Failure | undefined;
  if (outcome.failure?.phase === "load" && /EMFILE/.test(`${outcome.failure.error} ${outcome.failure.stderrTail}`)) {
    // Every file opened at once: past `ulimit -n` the load cannot succeed. Measure the rest with bounded reads.
    console.log(
      `${count} articles : EMFILE pendant le chargement ; nouvelle mesure avec au plus ${values["bounded-reads"]} lectures simultanées…`,
    );
    firstAttempt = outcome.failure;
    outcome = await measure(count, dir, values["bounded-reads"]);
  }
  let site: RunRecord["site"];
  if (!values["no-site"]) {
    console.log(
      `${count} articles : next build puis next start (${path.relative(process.cwd(), path.join(WORK, `scale-site-${count}`))})…`,
    );
    const logDir = path.join(WORK, `scale-site-${count}`);
    await mkdir(logDir, { recursive: true });
    site = await measureSite(dir, { port: Number(values["site-port"]), logDir, queries: QUERIES.slice(0, 30) });
    console.log(
      `${count} articles : site mesuré (${"failed" in site.build ? site.build.failed : `build ${Math.round(site.build.ms / 1000)} s`}).`,
    );
  }
  let editors: RunRecord["editors"];
  if (count === Number(values["editors-at"])) {
    console.log(`${count} articles : boucle de la rédaction (next dev, enregistrer puis recharger)…`);
    editors = await measureEditorsLoop({
      contentDir: dir,
      port: Number(values["site-port"]) + 1,
      distDir: ".next-editors",
      logFile: path.join(WORK, `scale-site-${count}`, "next-dev.log"),
      report: (note) => console.log(`  ${note}`),
    });
  }
  const record: RunRecord = {
    count,
    code,
    seed,
    date: new Date().toISOString(),
    generation,
    machineLoad: { before, after: os.loadavg()[0]! },
    wallS: (performance.now() - started) / 1000,
    status: outcome.result ? "ok" : "failed",
    result: outcome.result,
    site,
    editors,
    firstAttempt,
    failure: outcome.failure,
  };
  await writeFile(path.join(RESULTS, `scale-${count}.json`), `${JSON.stringify(record, null, 2)}\n`);
  console.log(
    record.status === "ok"
      ? `${count} articles : mesuré en ${record.wallS.toFixed(0)} s.`
      : `${count} articles : ÉCHEC (${record.failure?.exit}).`,
  );
}

const runs = await storedRuns();
const command = `npm run bench:scale -- --counts ${(values["report-only"] ? runs.map((run) => run.count).sort((a, b) => a - b) : counts).join(",")}`;
const report = renderReport(runs, command);
await writeFile(REPORT, report);
console.log(`\n${report}`);
console.log(`Rapport écrit : ${path.relative(process.cwd(), REPORT)}`);
