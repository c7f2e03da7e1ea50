import type { Article } from "./content";
import { casablancaDay, formatMonth, formatMonthName } from "./dates";
import { groupsBy } from "./content/groups";
import { memoizeByIdentity } from "./memo";
import { paths } from "./routes/paths";

export interface DayGroup {
  /** Calendar day in Casablanca, "2025-04-14". */
  day: string;
  articles: Article[];
}

/**
 * An article's Casablanca calendar day ("2025-04-14"), formatted once per
 * article: a running server's article list changes with every publication,
 * its articles stay the same objects, and formatting 100,000 dates takes
 * seconds.
 */
export const publicationDay = memoizeByIdentity((article: Article) => casablancaDay(article.publishedAt));

/** Articles (newest first) grouped by their Casablanca calendar day, in order. */
export function groupByDay(articles: readonly Article[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const article of articles) {
    const day = publicationDay(article);
    const last = groups.at(-1);
    if (last?.day === day) last.articles.push(article);
    else groups.push({ day, articles: [article] });
  }
  return groups;
}

export interface ArchiveMonth {
  /** "2025-04" */
  key: string;
  year: number;
  month: number;
  count: number;
  url: string;
}

/** "avril 2025". */
export function archiveMonthName(month: Pick<ArchiveMonth, "year" | "month">): string {
  return formatMonth(new Date(Date.UTC(month.year, month.month - 1, 15)));
}

/** "avril", for a calendar under its year. */
export function archiveMonthOnly(month: Pick<ArchiveMonth, "year" | "month">): string {
  return formatMonthName(new Date(Date.UTC(month.year, month.month - 1, 15)));
}

/**
 * Articles by Casablanca month ("2025-04"), newest month first, once per article list (patched by delta on a
 * running server): a month's archive page, its metadata and the proxy all ask for it, and a large archive has
 * 100,000 dates to format.
 */
export const articlesByMonth = groupsBy((article) => [publicationDay(article).slice(0, 7)], true);

/** Months that have articles, newest first, with their counts (shared: do not modify). */
export const archiveMonths = memoizeByIdentity(listMonths);

function listMonths(articles: readonly Article[]): ArchiveMonth[] {
  return [...articlesByMonth(articles)]
    .map(([key, list]) => {
      const [year, month] = key.split("-").map(Number) as [number, number];
      return { key, year, month, count: list.length, url: paths.archiveMonth(year, month) };
    })
    .sort((a, b) => b.key.localeCompare(a.key));
}

export interface ArchiveYear {
  year: number;
  /** January to December; a month without articles has a count of 0 (and no page). */
  months: ArchiveMonth[];
}

/** The archive as a calendar: each year that has articles, newest first, with its twelve months. */
export function archiveYears(months: readonly ArchiveMonth[]): ArchiveYear[] {
  const years = [...new Set(months.map((month) => month.year))];
  return years.map((year) => ({
    year,
    months: Array.from({ length: 12 }, (_, i) => {
      const month = i + 1;
      const key = `${year}-${String(month).padStart(2, "0")}`;
      return months.find((found) => found.key === key) ?? { key, year, month, count: 0, url: paths.archiveMonth(year, month) };
    }),
  }));
}

/** A month's articles and its neighbours that have articles, or null for an empty or invalid month. */
export function archiveMonth(articles: readonly Article[], rawYear: string, rawMonth: string) {
  if (!/^\d{4}$/.test(rawYear) || !/^(0[1-9]|1[0-2])$/.test(rawMonth)) return null;
  const key = `${rawYear}-${rawMonth}`;
  const months = archiveMonths(articles);
  const index = months.findIndex((month) => month.key === key);
  const month = months[index];
  if (!month) return null;
  return {
    month,
    days: groupByDay(articlesByMonth(articles).get(key) ?? []),
    newer: months[index - 1],
    older: months[index + 1],
  };
}
