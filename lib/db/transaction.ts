import type { Kysely, Transaction } from "kysely";

import type { Database } from "./schema";

/**
 * Runs `work` in a transaction: the one `db` already is, or a new one. Lets a
 * batch of writes join a larger transaction (the audience log reader stores
 * its read position with the counts it produced).
 */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute((trx: Transaction<Database>) => work(trx));
}
