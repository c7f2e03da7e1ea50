/**
 * The one dates module: parsing of content dates and every date shown to
 * readers. Always explicit `fr` locale and `Africa/Casablanca` time zone, so
 * the output never depends on the server's TZ.
 */
import { tz, TZDate, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";
import { fr } from "date-fns/locale";

import { site } from "./site";
import { hijriMonths } from "./strings";

const NBSP = "\u00a0";
const zone = tz(site.timeZone);
const options = { locale: fr, in: zone } as const;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a front-matter date. `2025-04-13` is midnight in Casablanca,
 * `2025-04-13T21:30:00+01:00` or `...Z` is that exact instant, and a time
 * without an offset is read as Casablanca wall-clock time. Returns null for
 * anything else, including impossible dates such as `2025-13-45`.
 */
export function parseContentDate(input: string): Date | null {
  const text = input.trim();
  const dateOnly = DATE_ONLY.exec(text);
  const dateTime = dateOnly ? null : DATE_TIME.exec(text);
  const parts = dateOnly ?? dateTime;
  if (!parts) return null;

  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const hour = Number(dateTime?.[4] ?? 0);
  const minute = Number(dateTime?.[5] ?? 0);
  const second = Number(dateTime?.[6] ?? 0);
  const millis = Number((dateTime?.[7] ?? "0").padEnd(3, "0"));
  const offset = dateTime?.[8];

  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;

  if (offset) {
    const sign = offset === "Z" ? 1 : offset.startsWith("-") ? -1 : 1;
    const [oh, om] = offset === "Z" ? [0, 0] : offset.slice(1).split(":").map(Number);
    if (oh === undefined || om === undefined || oh > 14 || om > 59) return null;
    const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
    return new Date(utc - sign * (oh * 60 + om) * 60_000);
  }
  const local = new TZDate(year, month - 1, day, hour, minute, second, millis, site.timeZone);
  return new Date(local.getTime());
}

function dayOfMonth(date: Date): string {
  const day = format(date, "d", options);
  return day === "1" ? "1er" : day;
}

/** "12 h 00", with no-break spaces so the time never wraps. */
export function formatTime(date: Date): string {
  return format(date, `H'${NBSP}h${NBSP}'mm`, options);
}

/** "14 h 05" for a time on the same Casablanca day as `at`, else the day: "24 nov.", "1er déc.". */
export function formatWireStamp(date: Date, at: Date): string {
  return casablancaDay(date) === casablancaDay(at) ? formatTime(date) : `${dayOfMonth(date)} ${format(date, "MMM", options)}`;
}

/** "15 mars 2025", "1er mai 2025". */
export function formatShortDate(date: Date): string {
  return `${dayOfMonth(date)} ${format(date, "MMMM yyyy", options)}`;
}

/** "samedi 15 mars 2025", "jeudi 1er mai 2025". */
export function formatLongDate(date: Date): string {
  return `${format(date, "EEEE", options)} ${formatShortDate(date)}`;
}

/** "samedi 15 mars 2025 à 12 h 00". */
export function formatLongDateTime(date: Date): string {
  return `${formatLongDate(date)} à ${formatTime(date)}`;
}

/** "Samedi 15 mars 2025": a day heading at the start of a line. */
export function formatDayHeading(date: Date): string {
  const text = formatLongDate(date);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "avril". */
export function formatMonthName(date: Date): string {
  return format(date, "MMMM", options);
}

/** "avril 2025". */
export function formatMonth(date: Date): string {
  return format(date, "MMMM yyyy", options);
}

/** ISO 8601 with the Casablanca offset: "2025-04-15T13:00:00+01:00". */
export function toIsoWithOffset(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm:ssxxx", options);
}

/**
 * RFC 822 date for RSS, in Casablanca time with its numeric offset:
 * "Sat, 15 Mar 2025 12:00:00 +0000". Day and month names are English by the
 * RFC, hence no `fr` locale here.
 */
export function toRfc822(date: Date): string {
  return format(date, "EEE, dd MMM yyyy HH:mm:ss xx", { in: zone });
}

const UTC_DAY_MS = 86_400_000;
/** Casablanca's offset from UTC (minutes) over each UTC day, by its number; null on a day the offset changes. */
const offsetByUtcDay = new Map<number, number | null>();

function steadyOffset(time: number): number | null {
  const day = Math.floor(time / UTC_DAY_MS);
  let offset = offsetByUtcDay.get(day);
  if (offset === undefined) {
    const [first, last] = [day * UTC_DAY_MS, (day + 1) * UTC_DAY_MS - 1].map((at) => tzOffset(site.timeZone, new Date(at)));
    offsetByUtcDay.set(day, (offset = first === last ? first! : null));
  }
  return offset;
}

/**
 * Calendar day in Casablanca, "2025-04-14": the key for grouping by day.
 * The zone's offset looked up once per UTC day (it changes a few times a
 * year): formatting each of 100,000 articles' dates in the zone cost two
 * seconds of a server's start.
 */
export function casablancaDay(date: Date): string {
  const offset = steadyOffset(date.getTime());
  if (offset === null) return format(date, "yyyy-MM-dd", options);
  return new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 10);
}

/** Calendar year in Casablanca, for the footer's copyright line. */
export function casablancaYear(date: Date): number {
  return Number(format(date, "yyyy", options));
}

const DAY_MS = 86_400_000;

/** Day, month (1–12) and year of the Umm al-Qura calendar, read from ICU by number (its month names are not French). */
const ummAlQura = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
  timeZone: "UTC",
  day: "numeric",
  month: "numeric",
  year: "numeric",
});

/**
 * The Hijri date of the Casablanca day of `date`, as Morocco counts it:
 * Umm al-Qura shifted by the newsroom's `hijriDayOffset`.
 * "18 joumada al-oukhra 1448", "1er ramadan 1446".
 */
export function formatHijriDate(date: Date, dayOffset: number = site.hijriDayOffset): string {
  const noon = Date.parse(`${casablancaDay(date)}T12:00:00Z`) + dayOffset * DAY_MS;
  const parts = Object.fromEntries(ummAlQura.formatToParts(new Date(noon)).map(({ type, value }) => [type, value]));
  const month = hijriMonths[Number(parts.month) - 1];
  if (!month || !parts.day || !parts.year) throw new Error(`date hégirienne illisible : ${JSON.stringify(parts)}`);
  return `${parts.day === "1" ? "1er" : parts.day} ${month} ${parts.year}`;
}

/** The next midnight in Casablanca after `date`: when the masthead's date changes. */
export function nextCasablancaMidnight(date: Date): Date {
  const [year, month, day] = casablancaDay(date).split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day + 1, 0, 0, 0, 0, site.timeZone).getTime());
}

/** The Casablanca day before the day of `date`, "2025-04-13" for any instant of the 14th. */
export function previousCasablancaDay(date: Date): string {
  const [year, month, day] = casablancaDay(date).split("-").map(Number) as [number, number, number];
  return casablancaDay(new Date(new TZDate(year, month - 1, day - 1, 12, 0, 0, 0, site.timeZone).getTime()));
}
