/**
 * What decides `npm run bench:load`: the status of every response per
 * address (autocannon counts every 404 as a failure, while the mix asks for
 * some on purpose), and the targets: no error, no 5xx, memory back
 * within 10 % of its pre-load level.
 */
import type { MixEntry } from "./mix";
import { change, fr, mib, type Target } from "./report";

/** Responses per address, then per status code. */
export type StatusTally = Record<string, Record<string, number>>;

export function summarizeStatuses(tally: StatusTally, mix: readonly MixEntry[]) {
  const byStatus: Record<string, number> = {};
  const unexpected: { path: string; status: number; expected: number; count: number }[] = [];
  const expectations = new Map(mix.map((entry) => [entry.path, entry.expect]));
  let expectedNotFound = 0;
  for (const [path, statuses] of Object.entries(tally)) {
    const expected = expectations.get(path) ?? 0;
    for (const [status, count] of Object.entries(statuses)) {
      byStatus[status] = (byStatus[status] ?? 0) + count;
      if (Number(status) !== expected) unexpected.push({ path, status: Number(status), expected, count });
      else if (expected === 404) expectedNotFound += count;
    }
  }
  const sum = (entries: [string, number][]) => entries.reduce((total, [, count]) => total + count, 0);
  return {
    byStatus,
    total: sum(Object.entries(byStatus)),
    expectedNotFound,
    serverErrors: sum(Object.entries(byStatus).filter(([status]) => status.startsWith("5"))),
    unexpected: unexpected.sort((a, b) => b.count - a.count || a.path.localeCompare(b.path)),
    unanswered: mix.map((entry) => entry.path).filter((path) => !tally[path]),
  };
}
export type StatusSummary = ReturnType<typeof summarizeStatuses>;

/** Memory after the settle period may exceed its pre-load level by this much at most. */
export const MEMORY_TOLERANCE = 0.1;

/**
 * Connection errors during the load (timeouts included), 5xx under load and in every check, resident memory before
 * the load and after the settle period (null: the server was gone), a crash, answers other than the expected status.
 */
export type TargetInputs = {
  errors: number;
  timeouts: number;
  serverErrors: number;
  memoryBefore: number;
  memoryAfterSettle: number | null;
  crashed: boolean;
  unexpectedResponses: number;
};

export function loadTargets(inputs: TargetInputs): Target[] {
  const { memoryBefore: before, memoryAfterSettle: after } = inputs;
  return [
    {
      id: "erreurs",
      label: "Aucune erreur (connexion refusée ou coupée, délai dépassé)",
      met: inputs.errors === 0,
      measured: `${fr(inputs.errors)} erreur(s), dont ${fr(inputs.timeouts)} délai(s) dépassé(s)`,
    },
    { id: "5xx", label: "Aucune réponse 5xx", met: inputs.serverErrors === 0, measured: `${fr(inputs.serverErrors)} réponse(s) 5xx` },
    {
      id: "memoire",
      label: `Mémoire revenue à ${MEMORY_TOLERANCE * 100} % près de son niveau d’avant la charge`,
      met: after !== null && after <= before * (1 + MEMORY_TOLERANCE),
      measured: after === null ? "non mesurée (serveur arrêté)" : `${change(before, after)} (${mib(before)} → ${mib(after)})`,
    },
    {
      id: "arret",
      label: "Le serveur ne s’arrête pas de lui-même (contrôle)",
      met: !inputs.crashed,
      measured: inputs.crashed ? "arrêté pendant le banc" : "toujours en marche",
    },
    {
      id: "statuts",
      label: "Chaque adresse répond le statut attendu, hors 404 attendus (contrôle)",
      met: inputs.unexpectedResponses === 0,
      measured: `${fr(inputs.unexpectedResponses)} réponse(s) inattendue(s)`,
    },
  ];
}
