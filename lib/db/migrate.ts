import { Migrator, type Kysely } from "kysely";

import { sqliteFileOf } from "./connect";
import { migrations } from "./migrations";
import type { Database } from "./schema";

/**
 * Applies the migrations not yet applied, in order; returns their names.
 * On PostgreSQL, Kysely's migration lock (an advisory lock) makes processes
 * starting together wait for each other. On SQLite its lock holds within one
 * process only, and `next start`, the scripts and the audience reader open the
 * same file: the migrations then run inside one `BEGIN IMMEDIATE`, which takes
 * the file's write lock before reading which migrations are applied, so the
 * next process waits (busy timeout) and finds nothing left to do.
 */
export async function migrate(db: Kysely<Database>): Promise<string[]> {
  const sqlite = sqliteFileOf(db);
  if (!sqlite) return migrateWith(new Migrator({ db, provider }));
  sqlite.exec("BEGIN IMMEDIATE");
  try {
    const applied = await migrateWith(new Migrator({ db, provider, disableTransactions: true }));
    sqlite.exec("COMMIT");
    return applied;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw error;
  }
}

const provider = { getMigrations: async () => migrations };

async function migrateWith(migrator: Migrator): Promise<string[]> {
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === "Error")?.migrationName ?? "?";
    throw new Error(`base de données : la migration ${failed} a échoué`, { cause: error });
  }
  return results.filter((result) => result.status === "Success").map((result) => result.migrationName);
}
