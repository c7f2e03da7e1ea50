/**
 * The store tests run against both dialects:
 * `describe.each(DIALECTS)("%s", (dialect) => { const store = freshStore(dialect); … })`.
 * Each test gets a new, migrated database: a SQLite file in a temp folder, or
 * a database of a throwaway PostgreSQL cluster started for the file.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type { Kysely } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";

import { openDatabase, type StoreLocation } from "@/lib/db/connect";
import { migrate } from "@/lib/db/migrate";
import type { Database } from "@/lib/db/schema";

import { startPostgres, testPorts, type PostgresServer } from "./servers/postgres";

export const DIALECTS = ["sqlite", "postgres"] as const;
export type Dialect = (typeof DIALECTS)[number];

export interface TestStore {
  db(): Kysely<Database>;
  location(): StoreLocation;
}

export function freshStore(dialect: Dialect): TestStore {
  let server: PostgresServer | undefined;
  let folder = "";
  let count = 0;
  let db: Kysely<Database> | undefined;
  let location: StoreLocation | undefined;
  beforeAll(async () => {
    if (dialect === "postgres") server = await startPostgres(testPorts());
    else folder = await mkdtemp(path.join(os.tmpdir(), "lesinfos-sqlite-"));
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });
  beforeEach(async () => {
    count += 1;
    location = server
      ? { dialect: "postgres", url: await server.createDatabase(`test_${count}`) }
      : { dialect: "sqlite", file: path.join(folder, `test-${count}.sqlite`) };
    db = openDatabase(location);
    await migrate(db);
  });
  afterEach(async () => {
    await db?.destroy();
    db = undefined;
  });
  return {
    db() {
      if (!db) throw new Error("base de test absente : freshStore() s’utilise dans un describe");
      return db;
    },
    location() {
      if (!location) throw new Error("base de test absente : freshStore() s’utilise dans un describe");
      return location;
    },
  };
}
