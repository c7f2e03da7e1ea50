import { describe, expect, it } from "vitest";

import { nextTypeGlobs, undoNextEnvEdit, undoTsconfigEdit } from "./checkout-guard";

const original = `{
  "compilerOptions": { "strict": true, "plugins": [{ "name": "next" }] },
  "include": ["next-env.d.ts", "**/*.ts", ".next/types/**/*.ts", ".next/dev/types/**/*.ts"],
  "exclude": ["node_modules", "bench/.work"]
}
`;

/** What next build writes: the same settings, two-space JSON, with globs appended. */
const rewritten = (extra: string[], strict = true) =>
  `${JSON.stringify(
    {
      compilerOptions: { strict, plugins: [{ name: "next" }] },
      include: ["next-env.d.ts", "**/*.ts", ".next/types/**/*.ts", ".next/dev/types/**/*.ts", ...extra],
      exclude: ["node_modules", "bench/.work"],
    },
    null,
    2,
  )}\n`;

const bench = nextTypeGlobs(".next-bench");
const fixtures = nextTypeGlobs(".next-fixtures");

describe("undoTsconfigEdit", () => {
  it("puts the original bytes back when next build only added the bench folder's globs", () => {
    expect(bench).toEqual([".next-bench/types/**/*.ts", ".next-bench/dev/types/**/*.ts"]);
    expect(undoTsconfigEdit(original, rewritten(bench), ".next-bench").text).toBe(original);
  });

  it("removes only the bench globs when another build added its own meanwhile", () => {
    const undo = undoTsconfigEdit(original, rewritten([...bench, ...fixtures]), ".next-bench");
    expect(undo.text).toBe(rewritten(fixtures));
    expect(undo.note).toMatch(/gardées/);
  });

  it("leaves a file changed in other ways, or unreadable", () => {
    expect(undoTsconfigEdit(original, rewritten(bench, false).replace(/\n$/, ""), ".next-bench").text).toBeNull();
    expect(undoTsconfigEdit(original, "{ broken", ".next-bench").text).toBeNull();
  });

  it("keeps bench globs that were already there before the build", () => {
    const withBench = rewritten(bench);
    expect(undoTsconfigEdit(withBench, rewritten([...bench, ...fixtures]), ".next-bench").text).toBeNull();
  });
});

describe("undoNextEnvEdit", () => {
  const env = (dist: string) =>
    `/// <reference types="next" />\nimport "./${dist}/types/routes.d.ts";\nimport "./${dist}/types/root-params.d.ts";\n`;

  it("puts the file back when only the build folder changed", () => {
    expect(undoNextEnvEdit(env(".next"), env(".next-bench")).text).toBe(env(".next"));
  });

  it("leaves anything else", () => {
    expect(undoNextEnvEdit(env(".next"), `${env(".next-bench")}import "./other";\n`).text).toBeNull();
  });
});
