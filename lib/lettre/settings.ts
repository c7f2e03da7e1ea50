/** The newsletter's fixed rules, in one place. */
export const LETTRE = {
  /** The one list so far: the daily letter. */
  list: "quotidienne",
  /** How long a confirmation link works. */
  confirmationHours: 48,
  /** How long an unsubscribe link works: letters stay in inboxes for a long time. */
  unsubscribeDays: 730,
  /** A second sign-up for the same address within this time sends no second message (no mail bombing). */
  resendAfterMinutes: 10,
  /** Sign-ups (and unsubscriptions) per client per window. */
  rateLimit: { limit: 5, windowMs: 10 * 60_000 },
} as const;
