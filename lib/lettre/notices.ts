/**
 * What the newsletter's page says after a form or a link: the form handlers
 * redirect to `/lettre?etat=<notice>` (post/redirect/get: a reload never
 * posts twice, and no address ever appears in a URL).
 */
import { MAX_ADDRESS_LENGTH } from "./address";
import { LETTRE } from "./settings";
import { t } from "../strings";

export interface Notice {
  title: string;
  text: string;
  /** An error the reader can correct with the form below it. */
  error: boolean;
}

const NOTICES = {
  demandee: { title: t.lettreRequestedTitle, text: t.lettreRequestedText(LETTRE.confirmationHours), error: false },
  confirmee: { title: t.lettreConfirmedTitle, text: t.lettreConfirmedText, error: false },
  desinscrite: { title: t.lettreUnsubscribedTitle, text: t.lettreUnsubscribedText, error: false },
  adresse: { title: t.lettreBadAddressTitle, text: t.lettreBadAddressText(MAX_ADDRESS_LENGTH), error: true },
  formulaire: { title: t.lettreStaleFormTitle, text: t.lettreStaleFormText, error: true },
  envoi: { title: t.lettreSendFailedTitle, text: t.lettreSendFailedText, error: true },
  "lien-expire": { title: t.lettreExpiredLinkTitle, text: t.lettreExpiredLinkText, error: true },
  "lien-invalide": { title: t.lettreUsedLinkTitle, text: t.lettreUsedLinkText, error: true },
  "lien-desinscription": { title: t.lettreBadUnsubscribeLinkTitle, text: t.lettreBadUnsubscribeLinkText, error: true },
} as const satisfies Record<string, Notice>;

export type NoticeName = keyof typeof NOTICES;

/** The notice a `?etat=` names; null for none or an unknown one. */
export function noticeOf(name: unknown): Notice | null {
  return typeof name === "string" && Object.hasOwn(NOTICES, name) ? NOTICES[name as NoticeName] : null;
}
