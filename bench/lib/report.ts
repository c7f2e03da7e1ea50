/** bench/LOAD-REPORT.md and the summary printed at the end: pure formatting of a finished run. */
import { formatLongDateTime, toIsoWithOffset } from "../../lib/dates";
import type { BenchOptions } from "./args";
import type { LoadFigures } from "./cannon";
import type { InvalidContentCase, RestartCase } from "./faults";
import { formatChange, formatGibibytes, formatMebibytes, formatMs, formatNumber, plural } from "./format";
import type { Machine } from "./machine";
import type { MixEntry } from "./mix";
import type { PageCheck } from "./probe";
import type { FirstAnswer } from "./server";
import { relativeChange, type StatusSummary, type StatusTally } from "./stats";
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
  date: Date;
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

const mark = (met: boolean) => (met ? "✅ atteint" : "❌ manqué");
const okMark = (ok: boolean) => (ok ? "✅" : "❌");
const code = (text: string) => `\`${text}\``;

function statusOf(check: PageCheck): string {
  if (check.status === null) return `pas de réponse (${check.error ?? "?"})`;
  return String(check.status);
}

function charge(run: BenchRun): string {
  const { options } = run;
  return `## Charge

Ce rapport est écrit par ${code("npm run bench:load")} (${code("bench/load.ts")}). Le banc construit le site
dans ${code(".next-bench")} à partir d’une copie du contenu (${code("bench/.work/load/content")}), démarre
${code(`next start`)} sur le port ${options.port}, l’échauffe ${options.warmup} s, puis le charge depuis un
processus séparé (autocannon) avec ${options.connections} connexions pendant ${options.duration} s, sur
${run.mix.length} adresses prises à tour de rôle : l’accueil, ${code("/page/2")}, douze articles, les
rubriques, quatre recherches, ${code("/fil-info")}, ${code("/rss.xml")} et trois adresses qui doivent
répondre 404. Il relève la mémoire résidente du processus qui écoute avant, pendant et juste après la
charge, puis après ${options.settle} s de repos, et termine par deux cas de panne.

Pour le reproduire :

${"```"}sh
npm run bench:load                                          # build, 64 connexions, 30 s, repos 60 s
npm run bench:load -- --no-build --duration 5 --settle 5    # essai rapide sur le build existant
${"```"}

| option | défaut | sens |
|---|---|---|
| ${code("--no-build")} | | réutiliser ${code(".next-bench")} s’il existe |
| ${code("--connections")} | 64 | connexions simultanées |
| ${code("--duration")} | 30 | secondes de charge mesurée |
| ${code("--warmup")} | 5 | secondes d’échauffement avant la mesure, non comptées |
| ${code("--settle")} | 60 | secondes de repos avant la dernière mesure de mémoire |
| ${code("--port")} | 3400 | port du serveur (jamais 3000–3103 ni 3300) |

Le banc sort en erreur si le serveur s’arrête de lui-même ou répond une seule fois 5xx. Les
chiffres dépendent de la machine : ne faites pas la mesure complète pendant d’autres builds (la
charge moyenne au départ est notée plus bas).
`;
}

function targetsSection(targets: readonly TargetResult[]): string {
  const row = (target: TargetResult) => `| ${target.label} | ${mark(target.met)} | ${target.figure} |`;
  return `## Objectifs

| objectif | résultat | mesure |
|---|---|---|
${targets
  .filter((t) => t.required)
  .map(row)
  .join("\n")}

Contrôles complémentaires :

| contrôle | résultat | mesure |
|---|---|---|
${targets
  .filter((t) => !t.required)
  .map(row)
  .join("\n")}
`;
}

function conditions(run: BenchRun): string {
  const { machine, options } = run;
  return `## Conditions

- Date : ${formatLongDateTime(run.date)}, heure de Casablanca (${toIsoWithOffset(run.date)})
- Machine : ${plural(machine.cpus, "processeur")} (${machine.cpuModel}), ${formatGibibytes(machine.memoryBytes)} de mémoire, ${machine.kernel} ; charge moyenne au départ : ${formatNumber(machine.loadAverage, 2)}
- Logiciels : Node ${machine.node}, Next.js ${machine.next}, autocannon ${machine.autocannon}
- Paramètres : ${options.connections} connexions, ${options.duration} s de charge après ${options.warmup} s d’échauffement, ${options.settle} s de repos, port ${options.port}, ${run.built ? "site construit par ce banc" : "build existant réutilisé (--no-build)"}
- Requêtes : ${code("GET")}, HTML compressé accepté (${code("accept-encoding: gzip, deflate, br")}), délai maximal 10 s
- Démarrage : premier 200 de l’accueil ${formatMs(run.firstStart.elapsedMs)} après le lancement de ${code("next start")}
`;
}

function throughput(load: LoadFigures): string {
  return `## Débit et latence

| mesure | valeur |
|---|---|
| requêtes par seconde (moyenne) | ${formatNumber(load.requestsPerSecond, 1)} |
| latence p50 | ${formatMs(load.latency.p50)} |
| latence p97,5 | ${formatMs(load.latency.p97_5)} |
| latence p99 | ${formatMs(load.latency.p99)} |
| latence maximale | ${formatMs(load.latency.max)} |
| latence moyenne | ${formatMs(load.latency.average)} |
| requêtes terminées | ${formatNumber(load.totalRequests)} en ${formatNumber(load.durationSeconds, 1)} s |
| débit moyen | ${formatMebibytes(load.bytesPerSecond)}/s |
| erreurs de connexion (hors délais) | ${formatNumber(load.errors - load.timeouts)} |
| délais dépassés (10 s) | ${formatNumber(load.timeouts)} |
| connexions réinitialisées | ${formatNumber(load.resets)} |
`;
}

function warmupLine(warmup: BenchRun["warmup"]): string {
  if (!warmup) return "";
  return ` Échauffement (non mesuré) : ${plural(warmup.responses, "réponse")}, ${plural(warmup.serverErrors, "réponse 5xx", "réponses 5xx")}, ${plural(warmup.errors, "erreur")}.`;
}

function statusesSection(run: BenchRun): string {
  const { statuses, mix } = run;
  const notFoundPaths = mix.filter((entry) => entry.expect === 404).length;
  const rows = statuses.byStatus.map(({ status, count }) => {
    const note =
      status === 404
        ? `dont ${formatNumber(statuses.expectedNotFound)} attendus (${notFoundPaths} adresses sur ${mix.length} doivent répondre 404)`
        : status >= 500
          ? "erreur du serveur"
          : "";
    return `| ${status} | ${formatNumber(count)} | ${note} |`;
  });
  const unexpected =
    statuses.unexpected.length === 0
      ? "Aucune réponse inattendue : chaque adresse a répondu le statut prévu."
      : `Réponses inattendues :\n\n| adresse | statut | attendu | réponses |\n|---|---|---|---|\n${statuses.unexpected
          .map((u) => `| ${code(u.path)} | ${u.status} | ${u.expected || "?"} | ${formatNumber(u.count)} |`)
          .join("\n")}`;
  const unanswered = statuses.unanswered.length === 0 ? "" : `\n\nSans aucune réponse : ${statuses.unanswered.map(code).join(", ")}.`;
  return `## Statuts sous charge

| statut | réponses | |
|---|---|---|
${rows.join("\n")}

Réponses 5xx : ${formatNumber(statuses.serverErrors)}.${warmupLine(run.warmup)} autocannon compte ${formatNumber(run.load.statusCodeStats["404"] ?? 0)} réponses 404 comme « non-2xx » ; le banc les sépare par adresse.

${unexpected}${unanswered}
`;
}

function memorySection(memory: MemoryReadings, settle: number): string {
  const row = (label: string, value: number | null, reference = false) => {
    if (value === null) return `| ${label} | non mesurée | |`;
    return `| ${label} | ${formatMebibytes(value)} | ${reference ? "référence" : formatChange(relativeChange(memory.before, value))} |`;
  };
  return `## Mémoire

Mémoire résidente (VmRSS de ${code(`/proc/${memory.pid}/status`)}) du processus qui écoute sur le port.

| moment | RSS | écart avec avant la charge |
|---|---|---|
${row("au démarrage", memory.atStart)}
${row("avant la charge (après l’échauffement)", memory.before, true)}
${row("pic pendant la charge", memory.peak)}
${row("juste après la charge", memory.afterLoad)}
${row(`après ${settle} s de repos`, memory.afterSettle)}
`;
}

function checksTable(checks: readonly PageCheck[], title: string): string {
  return `| ${title} | statut | durée | cache Next.js | |\n|---|---|---|---|---|\n${checks
    .map((c) => `| ${code(c.path)} | ${statusOf(c)} | ${formatMs(c.ms)} | ${c.cache ?? "—"} | ${okMark(c.ok)} |`)
    .join("\n")}`;
}

function faultsSection(run: BenchRun): string {
  const a = run.invalidContent;
  const caseA = a
    ? `${okMark(a.ok)} ${a.ok ? "Les pages continuent de répondre 200." : "Des pages ne répondent plus 200."} Fichier rendu invalide (YAML cassé, date impossible) : ${code(a.file)}, ${a.restored ? "restauré ensuite à l’identique" : "**non restauré**"}.

Juste après :

${checksTable(a.first, "adresse")}

${formatNumber(a.pauseMs / 1000, 1)} s plus tard :

${checksTable(a.second, "adresse")}

${
  a.regenerated
    ? "Des pages étaient périmées (STALE) au premier passage : Next.js les a régénérées pendant que le fichier était cassé."
    : "Aucune page n’était périmée (toutes HIT) : aucune régénération n’a eu lieu pendant que le fichier était cassé, le cas ne montre que le service du cache. Avec un repos d’au moins 60 s (`--settle 60`, le défaut), les pages dépassent leur durée de revalidation et le cas l’exerce."
}`
    : "Non exécuté : le serveur était arrêté.";
  const b = run.restart;
  const caseB = !b
    ? "Non exécuté."
    : b.firstAnswer
      ? `${okMark(b.ok)} Processus ${b.killedPid} tué par SIGKILL ; nouveau ${code("next start")} : premier 200 de l’accueil (contenant « Lesinfos ») **${formatMs(b.firstAnswer.elapsedMs)}** après le lancement, après ${plural(b.firstAnswer.attempts, "tentative")} sans réponse valable.

${checksTable(b.after, "ensuite")}`
      : `❌ Processus ${b.killedPid} tué par SIGKILL ; le nouveau serveur n’a pas répondu : ${b.error ?? "?"}`;
  return `## Cas de panne

### a) Un fichier de contenu devient invalide pendant que le serveur tourne

${caseA}

### b) Arrêt brutal (SIGKILL) et redémarrage

${caseB}

### Journal du serveur

${serverLogSection(run.serverLog)}
`;
}

/** Lines of `next start` output that report an error: Next.js marks them ⨯, Node prints "Error". */
export function serverLogErrors(log: string): string[] {
  return log.split("\n").filter((line) => /⨯|\b\w*Error\b|\bECONN|unhandled/i.test(line));
}

function serverLogSection({ file, errorLines }: BenchRun["serverLog"]): string {
  if (errorLines.length === 0) return `Aucune erreur dans la sortie de ${code("next start")} (${code(file)}).`;
  const shown = errorLines.slice(0, 10).map((line) => `    ${line}`);
  return `${plural(errorLines.length, "ligne d’erreur", "lignes d’erreur")} dans ${code(file)}${errorLines.length > 10 ? ", dont les dix premières" : ""} :\n\n${shown.join("\n")}`;
}

function tallyCell(tally: StatusTally, path: string): string {
  const statuses = tally[path];
  if (!statuses) return "aucune";
  return Object.entries(statuses)
    .map(([status, count]) => `${status} × ${formatNumber(count)}`)
    .join(", ");
}

function mixSection(run: BenchRun): string {
  const preflight = new Map(run.preflight.map((check) => [check.path, check]));
  const rows = run.mix.map((entry) => {
    const check = preflight.get(entry.path);
    const before = check ? `${okMark(check.ok)} ${statusOf(check)} en ${formatMs(check.ms)}` : "—";
    return `| ${code(entry.path)} | ${entry.expect} | ${before} | ${tallyCell(run.load.tally, entry.path)} |`;
  });
  return `## Adresses

Les requêtes prennent ces adresses à tour de rôle (un compteur commun à toutes les connexions) :
chacune reçoit la même part de la charge. « Vérification » : une requête seule juste après le
démarrage, avant l’échauffement (premier rendu).

| adresse | attendu | vérification | réponses sous charge |
|---|---|---|---|
${rows.join("\n")}
`;
}

export function formatReport(run: BenchRun): string {
  const verdict = run.failed
    ? `**Échec** : ${run.crash ? "le serveur s’est arrêté" : "le serveur a répondu 5xx"}.`
    : "**Réussi** : ni arrêt du serveur ni réponse 5xx.";
  return [
    `# Rapport de charge — Lesinfos\n`,
    charge(run),
    `## Résumé\n\n${verdict} ${formatNumber(run.load.requestsPerSecond, 1)} requêtes/s en moyenne, latence p99 ${formatMs(run.load.latency.p99)}.${run.crash ? ` Arrêt : ${run.crash}.` : ""}\n`,
    targetsSection(run.targets),
    conditions(run),
    throughput(run.load),
    statusesSection(run),
    memorySection(run.memory, run.options.settle),
    faultsSection(run),
    mixSection(run),
  ].join("\n");
}

/** A few lines for the terminal. */
export function formatSummary(run: BenchRun): string {
  const { load, memory, statuses } = run;
  const lines = [
    `Charge : ${run.options.connections} connexions, ${run.options.duration} s — ${formatNumber(load.requestsPerSecond, 1)} req/s, ${formatNumber(load.totalRequests)} requêtes`,
    `Latence : p50 ${formatMs(load.latency.p50)}, p97,5 ${formatMs(load.latency.p97_5)}, p99 ${formatMs(load.latency.p99)}, max ${formatMs(load.latency.max)}`,
    `Statuts : ${statuses.byStatus.map(({ status, count }) => `${status} × ${formatNumber(count)}`).join(", ")} (404 attendus : ${formatNumber(statuses.expectedNotFound)}, 5xx : ${formatNumber(statuses.serverErrors)})`,
    `Erreurs : ${formatNumber(load.errors)} (délais dépassés : ${formatNumber(load.timeouts)})`,
    `Mémoire : ${formatMebibytes(memory.before)} avant → ${memory.afterLoad === null ? "?" : formatMebibytes(memory.afterLoad)} après → ${memory.afterSettle === null ? "?" : formatMebibytes(memory.afterSettle)} après repos`,
    ...run.targets.map((target) => `${target.met ? "✅" : "❌"} ${target.label} : ${target.figure}`),
    `Panne a (contenu invalide) : ${run.invalidContent ? (run.invalidContent.ok ? "✅ pages toujours en 200" : "❌ pages en échec") : "non exécutée"}`,
    `Panne b (SIGKILL) : ${run.restart?.firstAnswer ? `${run.restart.ok ? "✅" : "❌"} premier 200 en ${formatMs(run.restart.firstAnswer.elapsedMs)}` : "❌ pas de redémarrage"}`,
    run.failed ? "ÉCHEC : le serveur s’est arrêté ou a répondu 5xx." : "Réussi : ni arrêt ni 5xx.",
  ];
  return lines.join("\n");
}
