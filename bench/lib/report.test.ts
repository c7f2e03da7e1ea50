import { describe, expect, it } from "vitest";

import { DEFAULT_OPTIONS } from "./args";
import type { LoadFigures } from "./cannon";
import { requestMix } from "./mix";
import { formatReport, formatSummary, serverLogErrors, type BenchRun } from "./report";
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
    date: new Date("2026-11-26T21:00:00Z"),
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

  it("opens with how to reproduce, in French", () => {
    expect(report.startsWith("# Rapport de charge — Lesinfos\n\n## Charge\n")).toBe(true);
    expect(report).toContain("npm run bench:load -- --no-build --duration 5 --settle 5");
    expect(report).toContain("| `--connections` | 64 | connexions simultanées |");
  });

  it("marks each target met or missed with its figure", () => {
    expect(report).toContain(
      "| Aucune erreur (connexion refusée ou coupée, délai dépassé) | ✅ atteint | 0 erreur, dont 0 délai dépassé |",
    );
    expect(report).toContain("| Aucune réponse 5xx | ✅ atteint | 0 réponse 5xx |");
    expect(report).toMatch(/\| Mémoire revenue à 10 % près .* \| ❌ manqué \| \+15 % \(200 Mio → 230 Mio\) \|/);
  });

  it("dates the run in Casablanca time and names the machine and versions", () => {
    expect(report).toContain("jeudi 26 novembre 2026 à 22\u00a0h\u00a000, heure de Casablanca (2026-11-26T22:00:00+01:00)");
    expect(report).toContain("2 processeurs (Intel(R) Xeon(R) Processor), 24 Gio de mémoire");
    expect(report).toContain("Node v20.20.2, Next.js 16.4.6, autocannon 8.0.0");
  });

  it("gives throughput, latency percentiles and the 404s the mix asks for", () => {
    expect(report).toContain("| requêtes par seconde (moyenne) | 812,4 |");
    expect(report).toContain("| latence p97,5 | 210 ms |");
    expect(report).toContain("| latence maximale | 1\u202f204 ms |");
    expect(report).toContain(`| 404 | 300 | dont 300 attendus (3 adresses sur ${mix.length} doivent répondre 404) |`);
    expect(report).toContain("Réponses 5xx : 0. Échauffement (non mesuré) : 412 réponses, 0 réponse 5xx, 0 erreur.");
    expect(report).toContain("Aucune réponse inattendue");
  });

  it("compares every memory reading with the pre-load one", () => {
    expect(report).toContain("| avant la charge (après l’échauffement) | 200 Mio | référence |");
    expect(report).toContain("| pic pendant la charge | 260 Mio | +30 % |");
    expect(report).toContain("| après 60 s de repos | 230 Mio | +15 % |");
  });

  it("reports both fault cases", () => {
    expect(report).toContain("✅ Les pages continuent de répondre 200.");
    expect(report).toContain("3 s plus tard");
    expect(report).toContain("Next.js les a régénérées pendant que le fichier était cassé");
    expect(report).toContain("Aucune erreur dans la sortie de `next start`");
    expect(report).toContain("premier 200 de l’accueil (contenant « Lesinfos ») **913 ms** après le lancement, après 7 tentatives");
  });

  it("lists the unexpected answers and a crash when there are some", () => {
    const statuses = summarizeStatuses({ ...tally, "/": { "200": 90, "500": 10 } }, mix);
    const failed = formatReport(
      run({ statuses, crash: "next start s’est arrêté (SIGSEGV)", invalidContent: null, restart: null, failed: true }),
    );
    expect(failed).toContain("**Échec** : le serveur s’est arrêté.");
    expect(failed).toContain("| `/` | 500 | 200 | 10 |");
    expect(failed).toContain("| 500 | 10 | erreur du serveur |");
    expect(failed).toContain("Non exécuté : le serveur était arrêté.");
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

  it("says when no regeneration happened during the content fault", () => {
    const base = run();
    const report = formatReport(run({ invalidContent: base.invalidContent && { ...base.invalidContent, regenerated: false } }));
    expect(report).toContain("aucune régénération n’a eu lieu");
  });
});

describe("formatSummary", () => {
  it("fits the key figures in a few lines", () => {
    const summary = formatSummary(run());
    expect(summary).toContain("812,4 req/s");
    expect(summary).toContain("p99 298 ms");
    expect(summary).toContain("404 attendus : 300, 5xx : 0");
    expect(summary).toContain("Panne b (SIGKILL) : ✅ premier 200 en 913 ms");
    expect(summary.split("\n").length).toBeLessThan(15);
  });
});
