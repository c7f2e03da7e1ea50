import type { Kysely } from "kysely";

/**
 * Where the audience log reader (lib/audience/log-reader.ts) stands in each
 * log it follows (named by machine and path): the file (device and inode)
 * and the byte after the last line counted, written in the same transaction
 * as the counts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("audience_log_positions")
    .addColumn("log", "text", (column) => column.primaryKey())
    .addColumn("file", "text", (column) => column.notNull())
    // A busy day's log passes 2 GiB.
    .addColumn("bytes_read", "bigint", (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("audience_log_positions").execute();
}
