/**
 * Daily visitors without personal data, the way privacy-first analytics
 * count them: a visitor is a hash of a random salt of the day, the address
 * and the user agent. The salt is drawn at the first visit of the
 * Casablanca day and shared by the server's processes through the store;
 * once the day is over, the salt and the day's hashes are deleted (a hash
 * without its salt leads back to nobody), and only the day's count remains.
 * No address, no user agent, no cookie is ever stored.
 */
import { createHash, randomBytes } from "node:crypto";

import type { Kysely } from "kysely";
import { sql } from "kysely";

import type { Database } from "@/lib/db/schema";
import { inTransaction } from "@/lib/db/transaction";

export function visitorHash(salt: string, address: string, userAgent: string): string {
  return createHash("sha256").update(`${salt}\n${address}\n${userAgent}`).digest("base64url").slice(0, 22);
}

/** The salt of `day` ("2026-11-29"), drawn by whichever process asks first. */
export async function saltOf(db: Kysely<Database>, day: string): Promise<string> {
  await db
    .insertInto("visitor_salts")
    .values({ day, salt: randomBytes(32).toString("base64url") })
    .onConflict((conflict) => conflict.column("day").doNothing())
    .execute();
  const row = await db.selectFrom("visitor_salts").select("salt").where("day", "=", day).executeTakeFirstOrThrow();
  return row.salt;
}

const CHUNK = 500;

/** Stores the hashes of `day` not stored yet and adds them to its count; returns how many were new. */
export async function writeVisitors(db: Kysely<Database>, day: string, hashes: readonly string[]): Promise<number> {
  if (hashes.length === 0) return 0;
  return inTransaction(db, async (trx) => {
    let added = 0;
    for (let start = 0; start < hashes.length; start += CHUNK) {
      const inserted = await trx
        .insertInto("visitor_hashes")
        .values(hashes.slice(start, start + CHUNK).map((hash) => ({ day, hash })))
        .onConflict((conflict) => conflict.columns(["day", "hash"]).doNothing())
        .returning("hash")
        .execute();
      added += inserted.length;
    }
    if (added > 0) {
      await trx
        .insertInto("daily_visitors")
        .values({ day, visitors: added })
        .onConflict((conflict) =>
          conflict
            .column("day")
            .doUpdateSet({ visitors: (eb) => sql`${eb.ref("daily_visitors.visitors")} + ${eb.ref("excluded.visitors")}` }),
        )
        .execute();
    }
    return added;
  });
}

/** Deletes the salts and hashes of the days before `today`: their counts stay. */
export async function forgetDaysBefore(db: Kysely<Database>, today: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom("visitor_salts").where("day", "<", today).execute();
    await trx.deleteFrom("visitor_hashes").where("day", "<", today).execute();
  });
}

/** The count of `day`, or null when nothing was counted that day. */
export async function visitorsOn(db: Kysely<Database>, day: string): Promise<number | null> {
  const row = await db.selectFrom("daily_visitors").select("visitors").where("day", "=", day).executeTakeFirst();
  return row ? Number(row.visitors) : null;
}
