import type { Kysely } from "kysely";

/**
 * La lettre de Lesinfos (lib/lettre/): who receives it, and which letter
 * each subscriber was sent. Only the address, the list and the consent
 * dates are kept (loi 09-08); dates are ISO 8601 text on both dialects.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("newsletter_subscriptions")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("email", "text", (column) => column.notNull())
    .addColumn("list", "text", (column) => column.notNull())
    .addColumn("requested_at", "text", (column) => column.notNull())
    .addColumn("confirmed_at", "text")
    .addColumn("confirmation_nonce", "text")
    .addUniqueConstraint("newsletter_subscriptions_address", ["email", "list"])
    .execute();
  await db.schema
    .createIndex("newsletter_subscriptions_nonce")
    .unique()
    .on("newsletter_subscriptions")
    .column("confirmation_nonce")
    .execute();
  await db.schema
    .createTable("newsletter_deliveries")
    .addColumn("subscription_id", "text", (column) => column.notNull())
    .addColumn("day", "text", (column) => column.notNull())
    .addColumn("status", "text", (column) => column.notNull())
    .addColumn("updated_at", "text", (column) => column.notNull())
    .addPrimaryKeyConstraint("newsletter_deliveries_pk", ["subscription_id", "day"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["newsletter_deliveries", "newsletter_subscriptions"]) await db.schema.dropTable(table).execute();
}
