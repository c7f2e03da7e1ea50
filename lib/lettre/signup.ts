/** A sign-up: record the request, then send the message it calls for. */
import { randomBytes } from "node:crypto";

import type { Kysely } from "kysely";

import type { Database } from "../db";
import { confirmationUrl, unsubscribeUrl } from "./links";
import type { OutgoingMail } from "./mailer";
import { alreadySubscribedMail, confirmationMail } from "./messages";
import { removeSubscription, requestSubscription } from "./subscriptions";

export type Send = (mail: OutgoingMail) => Promise<void>;

/**
 * The answer is the same whatever the address's state (no enumeration): a
 * new or pending address gets a confirmation link, a confirmed one a note
 * that it is already on the list, an address asked for again within minutes
 * nothing. Throws when the message could not be sent (a new address is then
 * forgotten, so the reader can try again at once).
 */
export async function signUp(db: Kysely<Database>, email: string, send: Send, at: Date = new Date()): Promise<void> {
  const nonce = randomBytes(18).toString("base64url");
  const outcome = await requestSubscription(db, email, nonce, at);
  if (outcome.kind === "quiet") return;
  const unsubscribe = unsubscribeUrl(outcome.id, at);
  const mail =
    outcome.kind === "already"
      ? alreadySubscribedMail(email, unsubscribe)
      : confirmationMail(email, confirmationUrl(nonce, at), unsubscribe);
  try {
    await send(mail);
  } catch (error) {
    if (outcome.kind === "confirm" && outcome.created) await removeSubscription(db, outcome.id);
    throw error;
  }
}
