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

export interface Database {
  article_views: ArticleViewsTable;
  daily_visitors: DailyVisitorsTable;
  visitor_salts: VisitorSaltsTable;
  visitor_hashes: VisitorHashesTable;
}
