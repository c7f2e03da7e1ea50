import { Migrator, type Kysely } from "kysely";

import { migrations } from "./migrations";
import type { Database } from "./schema";

/** Applies the migrations not yet applied, in order; returns their names. */
export async function migrate(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === "Error")?.migrationName ?? "?";
    throw new Error(`base de données : la migration ${failed} a échoué`, { cause: error });
  }
  return results.filter((result) => result.status === "Success").map((result) => result.migrationName);
}
