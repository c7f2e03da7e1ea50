/**
 * Article views, counted in memory per (article, hour) and written in
 * batches: a burst of readers costs one upsert per article and hour, not one
 * write per view.
 */
import type { Kysely } from "kysely";
import { sql } from "kysely";

import type { ArticleViewsTable, Database } from "@/lib/db/schema";
import { inTransaction } from "@/lib/db/transaction";

const HOUR_MS = 3_600_000;

/** Hours since 1970-01-01T00:00Z: the store's hour of `at`. */
export function hourOf(at: Date): number {
  return Math.floor(at.getTime() / HOUR_MS);
}

export type ViewRow = ArticleViewsTable;

/** Views not yet written. */
export class ViewTally {
  private readonly pending = new Map<string, ViewRow>();

  add(slug: string, hour: number, views = 1): void {
    const key = `${hour} ${slug}`;
    const row = this.pending.get(key);
    if (row) row.views += views;
    else this.pending.set(key, { slug, hour, views });
  }

  /** Empties the tally, returning what it held. */
  take(): ViewRow[] {
    const rows = [...this.pending.values()];
    this.pending.clear();
    return rows;
  }

  /** Puts back rows whose writing failed, to be tried again with the next batch. */
  restore(rows: readonly ViewRow[]): void {
    for (const row of rows) this.add(row.slug, row.hour, row.views);
  }
}

/** Rows per statement: well under SQLite's and PostgreSQL's limits on parameters. */
const CHUNK = 500;

/** Adds `rows` to the stored counts, in one transaction (or in `db`'s, when it is one). */
export async function writeViews(db: Kysely<Database>, rows: readonly ViewRow[]): Promise<void> {
  if (rows.length === 0) return;
  await inTransaction(db, async (trx) => {
    for (let start = 0; start < rows.length; start += CHUNK) {
      await trx
        .insertInto("article_views")
        .values(rows.slice(start, start + CHUNK))
        .onConflict((conflict) =>
          conflict
            .columns(["slug", "hour"])
            .doUpdateSet({ views: (eb) => sql`${eb.ref("article_views.views")} + ${eb.ref("excluded.views")}` }),
        )
        .execute();
    }
  });
}

/** The most viewed articles from `sinceHour` on, most viewed first (ties: by slug). */
export async function topArticles(db: Kysely<Database>, sinceHour: number, limit: number): Promise<{ slug: string; views: number }[]> {
  const rows = await db
    .selectFrom("article_views")
    .select(["slug", (eb) => eb.fn.sum<number | string>("views").as("views")])
    .where("hour", ">=", sinceHour)
    .groupBy("slug")
    .orderBy("views", "desc")
    .orderBy("slug")
    .limit(limit)
    .execute();
  // PostgreSQL sums integers into a bigint, which node-postgres hands over as text.
  return rows.map((row) => ({ slug: row.slug, views: Number(row.views) }));
}
