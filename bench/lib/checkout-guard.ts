/**
 * `next build` adds its build folder's type globs to tsconfig.json (and
 * points next-env.d.ts at that folder). The bench must leave the checkout as
 * it found it, so it undoes exactly that edit after the build, and nothing
 * else: a change made meanwhile by someone else (an engineer, another
 * build) is kept.
 */
import { readFile, writeFile } from "node:fs/promises";
import { isDeepStrictEqual } from "node:util";

/** The globs Next.js adds to `include` for a build folder (see next/dist/lib/typescript/type-paths.js). */
export function nextTypeGlobs(distDir: string): string[] {
  return [`${distDir}/types/**/*.ts`, `${distDir}/dev/types/**/*.ts`];
}

/** What to write back (null: leave the file) and a line saying why. */
export interface Undo {
  text: string | null;
  note: string;
}

type JsonObject = { [key: string]: unknown; include: unknown[] };

function parseTsconfig(text: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && "include" in value && Array.isArray(value.include)) {
      return { ...value, include: value.include };
    }
  } catch {
    // Comments or a half-written file: not something to rewrite.
  }
  return null;
}

/** Next.js writes tsconfig.json as JSON indented by two spaces. */
const nextFormat = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function undoTsconfigEdit(original: string, current: string, distDir: string): Undo {
  const before = parseTsconfig(original);
  const after = parseTsconfig(current);
  const ours = nextTypeGlobs(distDir).filter((glob) => !before?.include.includes(glob));
  if (!before || !after) return { text: null, note: "tsconfig.json illisible après le build : laissé tel quel, à vérifier" };
  const stripped = { ...after, include: after.include.filter((glob) => typeof glob !== "string" || !ours.includes(glob)) };
  if (isDeepStrictEqual(stripped, before)) {
    return { text: original, note: "tsconfig.json : modification de next build annulée" };
  }
  if (nextFormat(after) === current && stripped.include.length < after.include.length) {
    return {
      text: nextFormat(stripped),
      note: `tsconfig.json : globs ${distDir} retirés ; d’autres modifications faites pendant le build (pas par le banc) sont gardées`,
    };
  }
  return { text: null, note: "tsconfig.json a changé pendant le build, autrement que par next build : laissé tel quel, à vérifier" };
}

/** next-env.d.ts: put back when only the build folder of its type imports changed. */
export function undoNextEnvEdit(original: string, current: string): Undo {
  const neutral = (text: string) => text.replace(/"\.\/[^"]*?\/types\//g, '"./<dist>/types/');
  return neutral(original) === neutral(current)
    ? { text: original, note: "next-env.d.ts : modification de next build annulée" }
    : { text: null, note: "next-env.d.ts a changé pendant le build, autrement que par next build : laissé tel quel" };
}

const FILES = [
  { file: "tsconfig.json", undo: undoTsconfigEdit },
  { file: "next-env.d.ts", undo: (original: string, current: string) => undoNextEnvEdit(original, current) },
];

/** Reads both files now; the returned function undoes next build's edits and says what it did. */
export async function guardCheckout(distDir: string): Promise<() => Promise<string[]>> {
  const originals = await Promise.all(FILES.map(({ file }) => readFile(file, "utf8").catch(() => null)));
  return async () => {
    const notes: string[] = [];
    for (const [index, { file, undo }] of FILES.entries()) {
      const original = originals[index];
      if (original === null || original === undefined) continue;
      const current = await readFile(file, "utf8").catch(() => null);
      if (current === null || current === original) continue;
      const { text, note } = undo(original, current, distDir);
      if (text !== null) await writeFile(file, text);
      notes.push(note);
    }
    return notes;
  };
}
