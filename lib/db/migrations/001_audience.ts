import type { Kysely } from "kysely";

/** « Les plus lus » and the daily visitor count (lib/audience/). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("article_views")
    .addColumn("slug", "text", (column) => column.notNull())
    .addColumn("hour", "integer", (column) => column.notNull())
    .addColumn("views", "integer", (column) => column.notNull())
    .addPrimaryKeyConstraint("article_views_pk", ["slug", "hour"])
    .execute();
  // « Les plus lus » reads a window of hours across every article.
  await db.schema.createIndex("article_views_hour").on("article_views").columns(["hour", "slug"]).execute();
  await db.schema
    .createTable("daily_visitors")
    .addColumn("day", "text", (column) => column.primaryKey())
    .addColumn("visitors", "integer", (column) => column.notNull())
    .execute();
  await db.schema
    .createTable("visitor_salts")
    .addColumn("day", "text", (column) => column.primaryKey())
    .addColumn("salt", "text", (column) => column.notNull())
    .execute();
  await db.schema
    .createTable("visitor_hashes")
    .addColumn("day", "text", (column) => column.notNull())
    .addColumn("hash", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("visitor_hashes_pk", ["day", "hash"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["visitor_hashes", "visitor_salts", "daily_visitors", "article_views"]) await db.schema.dropTable(table).execute();
}
