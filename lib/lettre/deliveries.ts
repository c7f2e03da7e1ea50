/**
 * Who was sent which letter: a subscriber's letter of a day is claimed
 * (`sending`) in the store before the relay is asked, and marked `sent`
 * after. A claim is one INSERT that only one sender can win, so two runs at
 * once, or a run after a crash, never send the same letter twice.
 */
import type { Kysely } from "kysely";

import type { Database } from "../db";
import { LETTRE } from "./settings";

type Db = Kysely<Database>;

/** Confirmed subscribers with no claim on `day`'s letter yet. */
export async function awaitingLetter(db: Db, day: string): Promise<{ id: string; email: string }[]> {
  return db
    .selectFrom("newsletter_subscriptions")
    .select(["id", "email"])
    .where("list", "=", LETTRE.list)
    .where("confirmed_at", "is not", null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("newsletter_deliveries")
            .select("day")
            .whereRef("newsletter_deliveries.subscription_id", "=", "newsletter_subscriptions.id")
            .where("newsletter_deliveries.day", "=", day),
        ),
      ),
    )
    .orderBy("id")
    .execute();
}

/** True when this caller now owns the subscriber's letter of `day`. */
export async function claimDelivery(db: Db, subscriptionId: string, day: string, at: Date): Promise<boolean> {
  const result = await db
    .insertInto("newsletter_deliveries")
    .values({ subscription_id: subscriptionId, day, status: "sending", updated_at: at.toISOString() })
    .onConflict((conflict) => conflict.columns(["subscription_id", "day"]).doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

export async function markSent(db: Db, subscriptionId: string, day: string, at: Date): Promise<void> {
  await db
    .updateTable("newsletter_deliveries")
    .set({ status: "sent", updated_at: at.toISOString() })
    .where("subscription_id", "=", subscriptionId)
    .where("day", "=", day)
    .execute();
}

/** The relay refused the message: nothing was sent, a later run may try again. */
export async function releaseClaim(db: Db, subscriptionId: string, day: string): Promise<void> {
  await db.deleteFrom("newsletter_deliveries").where("subscription_id", "=", subscriptionId).where("day", "=", day).execute();
}

/** Claims of `day` never marked sent: a run stopped between asking the relay and writing down the answer. */
export async function unfinishedClaims(db: Db, day: string): Promise<number> {
  const rows = await db
    .selectFrom("newsletter_deliveries")
    .select("subscription_id")
    .where("day", "=", day)
    .where("status", "=", "sending")
    .execute();
  return rows.length;
}
