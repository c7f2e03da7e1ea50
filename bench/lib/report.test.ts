import { describe, expect, it } from "vitest";

import { DEFAULT_OPTIONS } from "./args";
import type { LoadFigures } from "./cannon";
import { requestMix } from "./mix";
import { formatReport, serverLogErrors, type BenchRun } from "./report";
import { summarizeStatuses } from "./stats";
import { evaluateTargets } from "./targets";

const MiB = 1024 * 1024;
const mix = requestMix(["un", "deux"], ["politique", "sport"]);
const tally = Object.fromEntries(mix.map((entry) => [entry.path, { [String(entry.expect)]: 100 }]));
const load: LoadFigures = {
  durationSeconds: 30.02,
  requestsPerSecond: 812.4,
  totalRequests: 24372,
  sentRequests: 24436,
  bytesPerSecond: 9.5 * MiB,
  latency: { average: 78.2, p50: 61, p97_5: 210, p99: 298, max: 1204 },
  errors: 0,
  timeouts: 0,
  resets: 0,
  statusCodeStats: { "200": 1500, "404": 300 },
  tally,
};
const check = (path: string, status = 200) => ({ path, expected: 200, status, ms: 12.3, cache: "HIT", ok: status === 200 });

function run(overrides: Partial<BenchRun> = {}): BenchRun {
  const statuses = summarizeStatuses(tally, mix);
  const inputs = {
    errors: 0,
    timeouts: 0,
    serverErrors: 0,
    memoryBefore: 200 * MiB,
    memoryAfterSettle: 230 * MiB,
    crashed: false,
    unexpectedResponses: 0,
  };
  return {
    date: "2026-11-26T21:00:00.000Z",
    machine: {
      cpus: 2,
      cpuModel: "Intel(R) Xeon(R) Processor",
      memoryBytes: 24 * 1024 * MiB,
      loadAverage: 2.31,
      kernel: "Linux 6.1",
      node: "v20.20.2",
      next: "16.4.6",
      autocannon: "8.0.0",
    },
    options: DEFAULT_OPTIONS,
    built: true,
    mix,
    firstStart: { elapsedMs: 850, attempts: 3 },
    preflight: mix.map((entry) => ({ ...check(entry.path, entry.expect), expected: entry.expect, ok: true })),
    warmup: { responses: 412, errors: 0, serverErrors: 0 },
    load,
    statuses,
    memory: { pid: 4242, atStart: 150 * MiB, before: 200 * MiB, peak: 260 * MiB, afterLoad: 250 * MiB, afterSettle: 230 * MiB },
    crash: null,
    invalidContent: {
      file: "bench/.work/load/content/articles/un.md",
      first: [check("/"), check("/article/un"), check("/rubrique/politique")],
      second: [check("/"), check("/article/un"), check("/rubrique/politique")],
      pauseMs: 3000,
      regenerated: true,
      restored: true,
      ok: true,
    },
    restart: { killedPid: 4242, firstAnswer: { elapsedMs: 912.6, attempts: 7 }, after: [check("/article/un")], ok: true },
    serverLog: { file: "bench/.work/load/server.log", errorLines: [] },
    targets: evaluateTargets(inputs),
    failed: false,
    ...overrides,
  };
}

describe("formatReport", () => {
  const report = formatReport(run());

  it("marks each target met or missed with its figure", () => {
    expect(report).toContain("**Réussi** : ni arrêt du serveur ni réponse 5xx. 812,4 requêtes/s en moyenne, latence p99 298 ms.");
    expect(report).toContain("| Aucune réponse 5xx | ✅ atteint | 0 réponse 5xx |");
    expect(report).toMatch(/\| Mémoire revenue à 10 % près .* \| ❌ manqué \| \+15 % \(200 Mio → 230 Mio\) \|/);
  });

  it("gives throughput, latency percentiles and the 404s the mix asks for", () => {
    expect(report).toContain("| latence p50 / p97,5 / p99 / max | 61 ms / 210 ms / 298 ms / 1\u202f204 ms |");
    expect(report).toContain("| réponses 404 | 300 |");
    expect(report).toContain("| dont 404 attendus | 300 |");
    expect(report).toContain("| échauffement : réponses / 5xx / erreurs | 412 / 0 / 0 |");
    expect(report).toContain("Aucune réponse inattendue.");
  });

  it("compares every memory reading with the pre-load one", () => {
    expect(report).toContain("| pic pendant la charge | 260 Mio | +30 % |");
    expect(report).toContain("| après 60 s de repos | 230 Mio | +15 % |");
  });

  it("reports both fault cases", () => {
    expect(report).toContain("✅ a) fichier rendu invalide : `bench/.work/load/content/articles/un.md`, restauré ensuite");
    expect(report).toContain("| a) 3 s plus tard, `/article/un` | 200 | 12 ms | HIT | ✅ |");
    expect(report).toContain("premier 200 de l’accueil en **913 ms** (7 tentatives sans réponse valable avant)");
    expect(report).toContain("Aucune erreur dans la sortie de `next start`");
  });

  it("lists the unexpected answers and a crash when there are some", () => {
    const statuses = summarizeStatuses({ ...tally, "/": { "500": 10 } }, mix);
    const failed = formatReport(run({ statuses, failed: true, crash: "next start s’est arrêté (SIGKILL)", invalidContent: null }));
    expect(failed).toContain("**Échec** : le serveur s’est arrêté (next start s’est arrêté (SIGKILL)).");
    expect(failed).toContain("| `/` | 500 | 200 | 10 |");
    expect(failed).toContain("a) non exécuté : le serveur était arrêté.");
  });
});

describe("serverLogErrors", () => {
  it("keeps the lines that report an error", () => {
    const log = "▲ Next.js 16.4.6\n✓ Ready in 428ms\n ⨯ Error [ContentError]: 1 problème\nError: ECONNRESET\n    at foo\n";
    expect(serverLogErrors(log)).toEqual([" ⨯ Error [ContentError]: 1 problème", "Error: ECONNRESET"]);
  });

  it("names them in the report, ten at most", () => {
    const errorLines = Array.from({ length: 12 }, (_, i) => `Error ${i}`);
    const report = formatReport(run({ serverLog: { file: "bench/.work/load/server.log", errorLines } }));
    expect(report).toContain("12 lignes d’erreur dans `bench/.work/load/server.log`, dont les dix premières :");
    expect(report).toContain("    Error 9\n");
    expect(report).not.toContain("Error 10");
  });
});
