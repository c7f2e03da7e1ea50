import { describe, expect, it } from "vitest";

import { benchFailed, evaluateTargets, MEMORY_TOLERANCE, type TargetInputs } from "./targets";

const MiB = 1024 * 1024;
const healthy: TargetInputs = {
  errors: 0,
  timeouts: 0,
  serverErrors: 0,
  memoryBefore: 200 * MiB,
  memoryAfterSettle: 210 * MiB,
  crashed: false,
  unexpectedResponses: 0,
};

const byLabel = (inputs: TargetInputs, pattern: RegExp) => {
  const target = evaluateTargets(inputs).find((t) => pattern.test(t.label));
  if (!target) throw new Error(`no target ${pattern}`);
  return target;
};

describe("evaluateTargets", () => {
  it("meets every target on a healthy run, the issue's three first", () => {
    const targets = evaluateTargets(healthy);
    expect(targets.every((t) => t.met)).toBe(true);
    expect(targets.map((t) => t.required)).toEqual([true, true, true, false, false]);
  });

  it("misses the error target on any connection error or timeout, with the figure", () => {
    const target = byLabel({ ...healthy, errors: 3, timeouts: 2 }, /Aucune erreur/);
    expect(target.met).toBe(false);
    expect(target.figure).toBe("3 erreurs, dont 2 délais dépassés");
    expect(byLabel(healthy, /Aucune erreur/).figure).toBe("0 erreur, dont 0 délai dépassé");
  });

  it("misses the 5xx target on a single 5xx", () => {
    expect(byLabel({ ...healthy, serverErrors: 1 }, /5xx/)).toMatchObject({ met: false, figure: "1 réponse 5xx" });
  });

  it("allows memory up to 10 % above its pre-load level, and any drop", () => {
    expect(MEMORY_TOLERANCE).toBe(0.1);
    expect(byLabel({ ...healthy, memoryAfterSettle: 220 * MiB }, /Mémoire/).met).toBe(true);
    expect(byLabel({ ...healthy, memoryAfterSettle: 221 * MiB }, /Mémoire/).met).toBe(false);
    const dropped = byLabel({ ...healthy, memoryAfterSettle: 150 * MiB }, /Mémoire/);
    expect(dropped.met).toBe(true);
    expect(dropped.figure).toBe("−25 % (200 Mio → 150 Mio)");
  });

  it("misses the memory target when it could not be measured", () => {
    expect(byLabel({ ...healthy, memoryAfterSettle: null }, /Mémoire/)).toMatchObject({
      met: false,
      figure: "non mesurée (serveur arrêté)",
    });
  });

  it("reports a crash and unexpected statuses as extra checks", () => {
    expect(byLabel({ ...healthy, crashed: true }, /s’arrête/).met).toBe(false);
    expect(byLabel({ ...healthy, unexpectedResponses: 4 }, /statut attendu/)).toMatchObject({
      met: false,
      figure: "4 réponses inattendues",
    });
  });
});

describe("benchFailed", () => {
  it("fails on a crash or a 5xx, not on memory or expected 404s", () => {
    expect(benchFailed(healthy)).toBe(false);
    expect(benchFailed({ crashed: true, serverErrors: 0 })).toBe(true);
    expect(benchFailed({ crashed: false, serverErrors: 1 })).toBe(true);
  });
});
