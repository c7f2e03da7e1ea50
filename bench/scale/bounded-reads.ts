/**
 * A workaround the bench applies only when asked (`--bounded-reads N`):
 * `fs/promises.readFile` lets at most N reads run at once, for every module
 * of the process (`syncBuiltinESMExports` updates their live bindings).
 * `loadContent` starts one read per article at the same time; past the
 * open-file limit (`ulimit -n`) they fail with EMFILE. Bounding them shows
 * what the rest of the content layer costs at that size.
 */
import fsp from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";

export function boundReads(limit: number): () => number {
  const original = fsp.readFile;
  const waiting: (() => void)[] = [];
  let active = 0;
  let peak = 0;
  const bounded = async (...args: Parameters<typeof original>) => {
    while (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    peak = Math.max(peak, active);
    try {
      return await original(...args);
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
  Object.assign(fsp, { readFile: bounded });
  syncBuiltinESMExports();
  return () => peak;
}
