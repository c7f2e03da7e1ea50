/**
 * The tables of the store, as Kysely sees them. Each migration of
 * `migrations/` that adds a table adds its row type here.
 */

/** Views of an article during one hour: `hour` counts hours since 1970-01-01T00:00Z. */
export interface ArticleViewsTable {
  slug: string;
  hour: number;
  views: number;
}

/** The one figure kept per Casablanca day ("2026-11-29"): how many distinct visitors. */
export interface DailyVisitorsTable {
  day: string;
  visitors: number;
}

/** The day's random salt, deleted once the day is over (lib/audience/visitors.ts). */
export interface VisitorSaltsTable {
  day: string;
  salt: string;
}

/** The day's salted visitor hashes, deleted with the salt once the day is over. */
export interface VisitorHashesTable {
  day: string;
  hash: string;
}

/** A reader's subscription to a list of La lettre de Lesinfos: the address, the list and the consent dates, nothing else. */
export interface NewsletterSubscriptionsTable {
  /** Random (crypto.randomUUID): the unsubscribe links name it. */
  id: string;
  email: string;
  list: string;
  /** ISO 8601: the last sign-up request. */
  requested_at: string;
  /** ISO 8601: when the address was confirmed; null until then. */
  confirmed_at: string | null;
  /** What the pending confirmation link carries; null once used. */
  confirmation_nonce: string | null;
}

/** One letter to one subscriber: claimed (`sending`) before the SMTP relay is asked, `sent` after. */
export interface NewsletterDeliveriesTable {
  subscription_id: string;
  /** The Casablanca day of the letter, "2026-11-29". */
  day: string;
  status: "sending" | "sent";
  updated_at: string;
}

/** How far the audience log reader counted a log: `file` is "device:inode", `bytes_read` where the line after the last one counted starts. */
export interface AudienceLogPositionsTable {
  log: string;
  file: string;
  /** PostgreSQL's bigint comes back as text. */
  bytes_read: number | string;
}

export interface Database {
  article_views: ArticleViewsTable;
  daily_visitors: DailyVisitorsTable;
  visitor_salts: VisitorSaltsTable;
  visitor_hashes: VisitorHashesTable;
  newsletter_subscriptions: NewsletterSubscriptionsTable;
  newsletter_deliveries: NewsletterDeliveriesTable;
  audience_log_positions: AudienceLogPositionsTable;
}
