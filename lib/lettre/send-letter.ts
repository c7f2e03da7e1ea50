/**
 * Sending the day's letter to every confirmed subscriber who has not been
 * sent it (npm run lettre:envoyer); addresses left unconfirmed are erased first.
 */
import type { Kysely } from "kysely";

import type { Database } from "../db";
import { siteUrl } from "../site";
import { awaitingLetter, claimDelivery, markSent, releaseClaim, unfinishedClaims } from "./deliveries";
import type { Letter } from "./letter";
import { letterMail } from "./letter-mail";
import { unsubscribeUrl } from "./links";
import type { Send } from "./signup";
import { forgetUnconfirmed } from "./subscriptions";

export interface SendReport {
  sent: number;
  /** Refused by the relay: released, a later run tries again. */
  failed: { email: string; error: string }[];
  /**
   * Claims this run did not make and found unfinished (a run that stopped
   * after asking the relay): left alone, since the letter may have gone.
   */
  uncertain: number;
}

export interface SendOptions {
  send: Send;
  now?: () => Date;
  /** Tests only: runs between the relay's answer and the store's record of it (a crash there). */
  afterSend?: (email: string) => void;
}

export async function sendLetter(
  db: Kysely<Database>,
  letter: Letter,
  { send, now = () => new Date(), afterSend }: SendOptions,
): Promise<SendReport> {
  const report: SendReport = { sent: 0, failed: [], uncertain: 0 };
  await forgetUnconfirmed(db, now());
  const host = new URL(siteUrl()).hostname;
  for (const { id, email } of await awaitingLetter(db, letter.day)) {
    if (!(await claimDelivery(db, id, letter.day, now()))) continue; // another run has it
    try {
      await send(letterMail(letter, email, unsubscribeUrl(id, now()), `<lettre-${letter.day}-${id}@${host}>`));
    } catch (error) {
      await releaseClaim(db, id, letter.day);
      report.failed.push({ email, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    afterSend?.(email);
    await markSent(db, id, letter.day, now());
    report.sent += 1;
  }
  report.uncertain = await unfinishedClaims(db, letter.day);
  return report;
}
