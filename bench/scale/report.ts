/**
 * bench/SCALE-REPORT.md from the stored runs (bench/.work/scale-results):
 * every figure, one column per N. What each name measures is in
 * bench/README.md; a failure says in which phase and with how much memory.
 */
import { describeMachine, flatTable, fr } from "../lib/report";
import type { RunRecord } from "../scale";
import type { Failure } from "./protocol";

const memory = (m: Failure["lastSample"]) => (m ? `RSS ${m.rssMb ?? "—"} Mo, heapUsed ${m.heapUsedMb} Mo` : "—");

function failureSection(run: RunRecord, failure: Failure, title: string): string {
  return `### ${fr(run.count)} articles : ${title}

- Phase en cours : **${failure.phase}**, après ${fr(failure.elapsedS, 1)} s ; fin du processus : ${failure.exit}.${failure.error ? `\n- Erreur : \`${failure.error}\`` : ""}
- Mémoire au début de la phase : ${memory(failure.atPhaseStart)} ; dernier relevé : ${memory(failure.lastSample)} ; pic de RSS relevé : ${fr(failure.peakRssMb)} Mo.
- Phases terminées : ${failure.completed.map((phase) => `${phase.phase} (${fr(phase.ms)} ms)`).join(", ") || "aucune"}.

\`\`\`
${failure.stderrTail.trim() || "(rien sur stderr)"}
\`\`\`
`;
}

export function renderReport(runs: RunRecord[], command: string): string {
  const sorted = [...runs].sort((a, b) => a.count - b.count);
  const machine = describeMachine();
  const failures = sorted.flatMap((run) => [
    ...(run.firstAttempt ? [failureSection(run, run.firstAttempt, "échec du code actuel")] : []),
    ...(run.failure ? [failureSection(run, run.failure, run.firstAttempt ? "échec, même avec des lectures bornées" : "échec")] : []),
  ]);
  const figures = sorted.map((run) => ({ ...run, firstAttempt: undefined, failure: undefined, seed: undefined, count: undefined }));
  return `# Passage à l’échelle du contenu

Écrit par \`${command}\` le ${new Date().toISOString().slice(0, 16).replace("T", " à ")} UTC (graine « ${sorted[0]?.seed ?? ""} ») ; ce que chaque nom mesure : [bench/README.md](README.md). Machine : ${machine.cpuModel}, ${machine.cpus} cœurs, ${fr(machine.memoryBytes / 2 ** 30)} Gio, Node.js ${machine.node} ; au-dessus d’une charge de 2 (\`machineLoad\`), le processus a attendu le processeur : les temps CPU (\`cpuMs\`) en dépendent peu, les temps écoulés beaucoup.

${flatTable(["", ...sorted.map((run) => `${fr(run.count)} articles`)], figures)}
${failures.length ? `\n## Échecs\n\n${failures.join("\n")}` : ""}`;
}
