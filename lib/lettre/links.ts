/** The signed links of the newsletter's e-mails: confirm an address, unsubscribe in one click. */
import { paths } from "../routes/paths";
import { checkToken, signToken, type TokenCheck } from "../signed-token";
import { absoluteUrl } from "../site";
import { LETTRE } from "./settings";

const CONFIRMATION = "lettre:confirmation";
const UNSUBSCRIBE = "lettre:desinscription";

export function confirmationToken(nonce: string, at: Date): string {
  return signToken(CONFIRMATION, nonce, new Date(at.getTime() + LETTRE.confirmationHours * 3_600_000));
}

/** The nonce a confirmation token carries, if it is genuine and in time. */
export function checkConfirmationToken(token: unknown, at: Date): TokenCheck {
  return checkToken(CONFIRMATION, token, at);
}

export function unsubscribeToken(subscriptionId: string, at: Date): string {
  return signToken(UNSUBSCRIBE, subscriptionId, new Date(at.getTime() + LETTRE.unsubscribeDays * 86_400_000));
}

/** The subscription an unsubscribe token names. */
export function checkUnsubscribeToken(token: unknown, at: Date): TokenCheck {
  return checkToken(UNSUBSCRIBE, token, at);
}

export function confirmationUrl(nonce: string, at: Date): string {
  return absoluteUrl(paths.lettreConfirmation(confirmationToken(nonce, at)));
}

/** The one-click address (List-Unsubscribe, RFC 8058): POST unsubscribes, GET shows a page with one button. */
export function unsubscribeUrl(subscriptionId: string, at: Date): string {
  return absoluteUrl(paths.lettreUnsubscribe(unsubscribeToken(subscriptionId, at)));
}
