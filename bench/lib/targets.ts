/**
 * The targets of the "Hardening" issue: zero errors and zero 5xx under load,
 * memory back within 10 % of its pre-load level. Each comes out met or
 * missed with the figure that decides it.
 */
import { formatChange, formatMebibytes, formatNumber, plural } from "./format";
import { relativeChange } from "./stats";

/** Memory after the settle period may exceed its pre-load level by this much at most. */
export const MEMORY_TOLERANCE = 0.1;

export interface TargetInputs {
  /** Connection errors during the load, timeouts included. */
  errors: number;
  timeouts: number;
  /** 5xx answers, under load and in every check of the run. */
  serverErrors: number;
  /** Resident memory before the load and after the settle period; null when it could not be read. */
  memoryBefore: number | null;
  memoryAfterSettle: number | null;
  /** The server exited without being asked to. */
  crashed: boolean;
  /** Answers other than the expected status of their address (expected 404s excluded). */
  unexpectedResponses: number;
}

export interface TargetResult {
  label: string;
  met: boolean;
  figure: string;
  /** One of the targets (the others are extra checks). */
  required: boolean;
}

function memoryTarget(before: number | null, after: number | null): TargetResult {
  const label = `Mémoire revenue à ${formatNumber(MEMORY_TOLERANCE * 100)} % près de son niveau d’avant la charge`;
  if (before === null || after === null) {
    return { label, met: false, figure: "non mesurée (serveur arrêté)", required: true };
  }
  const change = relativeChange(before, after);
  return {
    label,
    met: change <= MEMORY_TOLERANCE,
    figure: `${formatChange(change)} (${formatMebibytes(before)} → ${formatMebibytes(after)})`,
    required: true,
  };
}

export function evaluateTargets(inputs: TargetInputs): TargetResult[] {
  return [
    {
      label: "Aucune erreur (connexion refusée ou coupée, délai dépassé)",
      met: inputs.errors === 0,
      figure: `${plural(inputs.errors, "erreur")}, dont ${plural(inputs.timeouts, "délai dépassé", "délais dépassés")}`,
      required: true,
    },
    {
      label: "Aucune réponse 5xx",
      met: inputs.serverErrors === 0,
      figure: plural(inputs.serverErrors, "réponse 5xx", "réponses 5xx"),
      required: true,
    },
    memoryTarget(inputs.memoryBefore, inputs.memoryAfterSettle),
    {
      label: "Le serveur ne s’arrête pas de lui-même",
      met: !inputs.crashed,
      figure: inputs.crashed ? "arrêté pendant le banc" : "toujours en marche",
      required: false,
    },
    {
      label: "Chaque adresse répond le statut attendu (hors 404 attendus)",
      met: inputs.unexpectedResponses === 0,
      figure: plural(inputs.unexpectedResponses, "réponse inattendue", "réponses inattendues"),
      required: false,
    },
  ];
}

/** The bench fails (non-zero exit) when the server crashed or answered a 5xx. */
export function benchFailed(inputs: Pick<TargetInputs, "crashed" | "serverErrors">): boolean {
  return inputs.crashed || inputs.serverErrors > 0;
}
