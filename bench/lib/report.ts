/**
 * bench/LOAD-REPORT.md from a finished `npm run bench:load` (its figures go
 * to bench/LOAD-REPORT.json): pure formatting. What the bench does and
 * means is in bench/README.md.
 */
import type { BenchOptions } from "./args";
import type { LoadFigures } from "./cannon";
import type { InvalidContentCase, RestartCase } from "./faults";
import { formatChange, formatMebibytes, formatMs, formatNumber, plural, table } from "./format";
import type { Machine } from "./machine";
import type { MixEntry } from "./mix";
import type { PageCheck } from "./probe";
import type { FirstAnswer } from "./server";
import { relativeChange, type StatusSummary } from "./stats";
import type { TargetResult } from "./targets";

export interface MemoryReadings {
  /** The process that listens (next-server). */
  pid: number;
  atStart: number;
  /** After the warm-up, just before the measured load: the reference. */
  before: number;
  /** Highest reading during the load (sampled every half second). */
  peak: number | null;
  afterLoad: number | null;
  afterSettle: number | null;
}

export interface BenchRun {
  date: string;
  machine: Machine;
  options: BenchOptions;
  /** The site was built by this run (false: `--no-build` reused `.next-bench`). */
  built: boolean;
  mix: MixEntry[];
  firstStart: FirstAnswer;
  preflight: PageCheck[];
  /** The warm-up, not measured, but its 5xx count against the server. */
  warmup: { responses: number; errors: number; serverErrors: number } | null;
  load: LoadFigures;
  statuses: StatusSummary;
  memory: MemoryReadings;
  /** How the server stopped on its own, or null. */
  crash: string | null;
  /** null when the server was already down. */
  invalidContent: InvalidContentCase | null;
  restart: RestartCase | null;
  /** Lines of the server's output that report an error (see serverLogErrors). */
  serverLog: { file: string; errorLines: string[] };
  targets: TargetResult[];
  failed: boolean;
}

const mark = (ok: boolean) => (ok ? "✅" : "❌");
const statusOf = (check: PageCheck) => (check.status === null ? `pas de réponse (${check.error ?? "?"})` : String(check.status));
const checkRows = (checks: readonly PageCheck[], when: string) =>
  checks.map((c) => [`${when} \`${c.path}\``, statusOf(c), formatMs(c.ms), c.cache ?? "—", mark(c.ok)]);

/** Lines of `next start` output that report an error: Next.js marks them ⨯, Node prints "Error". */
export function serverLogErrors(log: string): string[] {
  return log.split("\n").filter((line) => /⨯|\b\w*Error\b|\bECONN|unhandled/i.test(line));
}

function faults(run: BenchRun): string {
  const a = run.invalidContent;
  const b = run.restart;
  const rows = [
    ...(a ? checkRows(a.first, "a) juste après,") : []),
    ...(a ? checkRows(a.second, `a) ${formatNumber(a.pauseMs / 1000, 1)} s plus tard,`) : []),
    ...(b ? checkRows(b.after, "b) après le redémarrage,") : []),
  ];
  const caseA = a
    ? `${mark(a.ok)} a) fichier rendu invalide : \`${a.file}\`, ${a.restored ? "restauré ensuite" : "**non restauré**"} ; ${a.regenerated ? "des pages périmées ont été régénérées pendant la panne" : "aucune page n’était périmée : aucune régénération pendant la panne (repos plus long pour l’exercer)"}.`
    : "a) non exécuté : le serveur était arrêté.";
  const caseB = !b
    ? "b) non exécuté."
    : b.firstAnswer
      ? `${mark(b.ok)} b) processus ${b.killedPid} tué (SIGKILL) ; nouveau \`next start\` : premier 200 de l’accueil en **${formatMs(b.firstAnswer.elapsedMs)}** (${plural(b.firstAnswer.attempts, "tentative")} sans réponse valable avant).`
      : `❌ b) processus ${b.killedPid} tué (SIGKILL) ; le nouveau serveur n’a pas répondu : ${b.error ?? "?"}`;
  const { file, errorLines } = run.serverLog;
  const log =
    errorLines.length === 0
      ? `Aucune erreur dans la sortie de \`next start\` (\`${file}\`).`
      : `${plural(errorLines.length, "ligne d’erreur", "lignes d’erreur")} dans \`${file}\`${errorLines.length > 10 ? ", dont les dix premières" : ""} :\n\n${errorLines
          .slice(0, 10)
          .map((line) => `    ${line}`)
          .join("\n")}`;
  return `## Pannes\n\n${caseA}\n\n${caseB}\n\n${table(["requête", "statut", "durée", "cache Next.js", ""], rows)}\n\n${log}\n`;
}

export function formatReport(run: BenchRun): string {
  const { load, statuses, memory, machine, options } = run;
  const verdict = run.failed
    ? `**Échec** : ${run.crash ? `le serveur s’est arrêté (${run.crash})` : "le serveur a répondu 5xx"}.`
    : "**Réussi** : ni arrêt du serveur ni réponse 5xx.";
  const memoryRow = (label: string, value: number | null) => [
    label,
    value === null ? "non mesurée" : formatMebibytes(value),
    value === null ? "" : formatChange(relativeChange(memory.before, value)),
  ];
  const tally = (path: string) =>
    Object.entries(load.tally[path] ?? {})
      .map(([status, count]) => `${status} × ${formatNumber(count)}`)
      .join(", ") || "aucune";
  const preflight = new Map(run.preflight.map((check) => [check.path, check]));
  return `# Rapport de charge — Lesinfos

Écrit par \`npm run bench:load\` à partir de \`bench/LOAD-REPORT.json\` ; ce que le banc fait : [bench/README.md](README.md).

${verdict} ${formatNumber(load.requestsPerSecond, 1)} requêtes/s en moyenne, latence p99 ${formatMs(load.latency.p99)}.

${table(
  ["objectif", "résultat", "mesure"],
  run.targets.map((t) => [`${t.label}${t.required ? "" : " (contrôle)"}`, t.met ? "✅ atteint" : "❌ manqué", t.figure]),
)}

## Conditions

${run.date.slice(0, 16).replace("T", " à ")} UTC ; ${plural(machine.cpus, "processeur")} (${machine.cpuModel}), charge moyenne au départ ${formatNumber(machine.loadAverage, 2)} ; Node ${machine.node}, Next.js ${machine.next}, autocannon ${machine.autocannon} ; ${options.connections} connexions, ${options.duration} s après ${options.warmup} s d’échauffement, repos ${options.settle} s ; ${run.built ? "site construit par ce banc" : "build existant réutilisé"} ; premier 200 de l’accueil ${formatMs(run.firstStart.elapsedMs)} après le lancement.

## Débit, latence, statuts

${table(
  ["mesure", "valeur"],
  [
    ["requêtes par seconde (moyenne)", formatNumber(load.requestsPerSecond, 1)],
    [
      "latence p50 / p97,5 / p99 / max",
      [load.latency.p50, load.latency.p97_5, load.latency.p99, load.latency.max].map(formatMs).join(" / "),
    ],
    ["requêtes terminées", `${formatNumber(load.totalRequests)} en ${formatNumber(load.durationSeconds, 1)} s`],
    [
      "erreurs de connexion / délais dépassés (10 s) / réinitialisations",
      `${load.errors - load.timeouts} / ${load.timeouts} / ${load.resets}`,
    ],
    ...statuses.byStatus.map(({ status, count }) => [`réponses ${status}`, formatNumber(count)]),
    ["dont 404 attendus", formatNumber(statuses.expectedNotFound)],
    [
      "échauffement : réponses / 5xx / erreurs",
      run.warmup ? `${run.warmup.responses} / ${run.warmup.serverErrors} / ${run.warmup.errors}` : "—",
    ],
  ],
)}

${
  statuses.unexpected.length === 0
    ? "Aucune réponse inattendue."
    : table(
        ["adresse", "statut", "attendu", "réponses"],
        statuses.unexpected.map((u) => [`\`${u.path}\``, String(u.status), String(u.expected || "?"), formatNumber(u.count)]),
      )
}${statuses.unanswered.length ? `\n\nSans aucune réponse : ${statuses.unanswered.join(", ")}.` : ""}

## Mémoire (VmRSS du processus ${memory.pid})

${table(
  ["moment", "RSS", "écart avec avant la charge"],
  [
    memoryRow("au démarrage", memory.atStart),
    memoryRow("avant la charge (après l’échauffement)", memory.before),
    memoryRow("pic pendant la charge", memory.peak),
    memoryRow("juste après la charge", memory.afterLoad),
    memoryRow(`après ${options.settle} s de repos`, memory.afterSettle),
  ],
)}

${faults(run)}
## Adresses

${table(
  ["adresse", "attendu", "vérification avant la charge", "réponses sous charge"],
  run.mix.map((entry) => {
    const check = preflight.get(entry.path);
    return [
      `\`${entry.path}\``,
      String(entry.expect),
      check ? `${mark(check.ok)} ${statusOf(check)} en ${formatMs(check.ms)}` : "—",
      tally(entry.path),
    ];
  }),
)}
`;
}
