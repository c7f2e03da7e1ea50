import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterEach, expect, it } from "vitest";

import { openDatabase } from "./connect";
import { migrations } from "./migrations";

/** A process that opens the SQLite file and migrates it, as `next start`, a script and the audience reader do at start. */
function migratingProcess(file: string, at: number): Promise<{ code: number | null; stderr: string }> {
  const code = `
    const { openDatabase } = await import(${JSON.stringify(path.resolve("lib/db/connect.ts"))});
    const { migrate } = await import(${JSON.stringify(path.resolve("lib/db/migrate.ts"))});
    const db = openDatabase({ dialect: "sqlite", file: ${JSON.stringify(file)} });
    while (Date.now() < ${at});
    try { await migrate(db); } finally { await db.destroy(); }
  `;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (exitCode) => resolve({ code: exitCode, stderr }));
  });
}

let folder = "";
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

it("several processes starting at once on one SQLite file migrate it once, and none fails", async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "lesinfos-migrations-"));
  const file = path.join(folder, "lesinfos.sqlite");
  // All at the same instant, once loaded: a race of a few milliseconds.
  const at = Date.now() + 4_000;
  const results = await Promise.all(Array.from({ length: 4 }, () => migratingProcess(file, at)));
  expect(results.map(({ code, stderr }) => (code === 0 ? "ok" : stderr))).toEqual(["ok", "ok", "ok", "ok"]);
  const db = openDatabase({ dialect: "sqlite", file });
  try {
    const applied = await db
      .selectFrom("kysely_migration" as never)
      .select("name" as never)
      .execute();
    expect(applied.map((row) => (row as { name: string }).name).sort()).toEqual(Object.keys(migrations).sort());
  } finally {
    await db.destroy();
  }
}, 60_000);
