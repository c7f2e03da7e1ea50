/**
 * The subscribers of the newsletter in the store (lib/db): sign-up requests,
 * confirmation, unsubscription, and what a reader may ask to see or erase
 * (loi 09-08). The same queries on SQLite and PostgreSQL.
 */
import { randomUUID } from "node:crypto";

import type { Kysely } from "kysely";

import type { Database } from "../db";
import { LETTRE } from "./settings";

type Db = Kysely<Database>;

/**
 * What a sign-up request did: `confirm` (a new or still pending address: send
 * it a confirmation link), `already` (confirmed before: tell it so), `quiet`
 * (asked again within minutes: send nothing).
 */
export type SignUpOutcome = { kind: "confirm"; id: string; created: boolean } | { kind: "already"; id: string } | { kind: "quiet" };

export async function requestSubscription(db: Db, email: string, nonce: string, at: Date): Promise<SignUpOutcome> {
  const now = at.toISOString();
  const quietSince = new Date(at.getTime() - LETTRE.resendAfterMinutes * 60_000).toISOString();
  try {
    return await db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom("newsletter_subscriptions")
        .select(["id", "requested_at", "confirmed_at"])
        .where("email", "=", email)
        .where("list", "=", LETTRE.list)
        .executeTakeFirst();
      if (!existing) {
        const id = randomUUID();
        await trx
          .insertInto("newsletter_subscriptions")
          .values({ id, email, list: LETTRE.list, requested_at: now, confirmed_at: null, confirmation_nonce: nonce })
          .execute();
        return { kind: "confirm", id, created: true } as const;
      }
      if (existing.requested_at > quietSince) return { kind: "quiet" } as const;
      const confirmed = existing.confirmed_at !== null;
      await trx
        .updateTable("newsletter_subscriptions")
        .set(confirmed ? { requested_at: now } : { requested_at: now, confirmation_nonce: nonce })
        .where("id", "=", existing.id)
        .execute();
      return confirmed ? ({ kind: "already", id: existing.id } as const) : ({ kind: "confirm", id: existing.id, created: false } as const);
    });
  } catch (error) {
    // The same address signed up at the same instant by another request: that one sends the message.
    if (await db.selectFrom("newsletter_subscriptions").select("id").where("email", "=", email).executeTakeFirst())
      return { kind: "quiet" };
    throw error;
  }
}

/** Whether a confirmation link's nonce is still waiting to be used. */
export async function isPendingConfirmation(db: Db, nonce: string): Promise<boolean> {
  const row = await db.selectFrom("newsletter_subscriptions").select("id").where("confirmation_nonce", "=", nonce).executeTakeFirst();
  return row !== undefined;
}

/** Confirms the address a link names; false when the link was used or replaced by a newer one. */
export async function confirmSubscription(db: Db, nonce: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("newsletter_subscriptions")
    .set({ confirmed_at: at.toISOString(), confirmation_nonce: null })
    .where("confirmation_nonce", "=", nonce)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Unsubscribes and forgets a subscription, its deliveries included; false if there was none. */
export async function removeSubscription(db: Db, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom("newsletter_deliveries").where("subscription_id", "=", id).execute();
    const result = await trx.deleteFrom("newsletter_subscriptions").where("id", "=", id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  });
}

function subscriptionsOf(db: Db, email: string) {
  return db.selectFrom("newsletter_subscriptions").selectAll().where("email", "=", email);
}

/** Everything kept about an address (loi 09-08, right of access): its subscriptions and the days it was sent a letter. */
export async function personalData(db: Db, email: string) {
  const subscriptions = await subscriptionsOf(db, email).orderBy("list").execute();
  return Promise.all(
    subscriptions.map(async ({ id, email, list, requested_at, confirmed_at }) => ({
      email,
      list,
      requestedAt: requested_at,
      confirmedAt: confirmed_at,
      letters: (await db.selectFrom("newsletter_deliveries").select("day").where("subscription_id", "=", id).orderBy("day").execute()).map(
        (row) => row.day,
      ),
    })),
  );
}

/** Erases an address from every list (loi 09-08, right of erasure); how many subscriptions it had. */
export async function eraseAddress(db: Db, email: string): Promise<number> {
  const subscriptions = await subscriptionsOf(db, email).select("id").execute();
  for (const { id } of subscriptions) await removeSubscription(db, id);
  return subscriptions.length;
}

/** The id of an address's subscription to the letter, if any. */
export async function subscriptionId(db: Db, email: string): Promise<string | null> {
  const row = await subscriptionsOf(db, email).where("list", "=", LETTRE.list).executeTakeFirst();
  return row?.id ?? null;
}

/** Addresses never confirmed within the link's lifetime are erased (the daily run does it). */
export async function forgetUnconfirmed(db: Db, at: Date): Promise<number> {
  const before = new Date(at.getTime() - LETTRE.confirmationHours * 3_600_000).toISOString();
  const result = await db
    .deleteFrom("newsletter_subscriptions")
    .where("confirmed_at", "is", null)
    .where("requested_at", "<", before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
