/**
 * npm run db:migrate — applies the store's pending migrations (lib/db/migrations/)
 * to the store the environment names (DATABASE_URL, else the SQLite file of
 * LESINFOS_DATA_DIR). The server also applies them at start: this is for a
 * deployment that migrates before starting the new version.
 */
import { describeStore, openDatabase, storeLocation } from "../lib/db/connect";
import { migrate } from "../lib/db/migrate";

const location = storeLocation();
const db = openDatabase(location);
try {
  const applied = await migrate(db);
  console.log(
    applied.length === 0
      ? `${describeStore(location)} : déjà à jour.`
      : `${describeStore(location)} : ${applied.length} migration(s) appliquée(s) : ${applied.join(", ")}.`,
  );
} catch (error) {
  console.error(error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}` : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
