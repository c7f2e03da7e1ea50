/**
 * What pages show of the audience: « Les plus lus » and yesterday's number
 * of visitors. Read from the store at most every few minutes
 * (`LESINFOS_AUDIENCE_REFRESH`, 300 s by default), through Next's data
 * cache: pages stay prerendered, and their regeneration reads the cached
 * figures rather than the store. Absent (null) while `next build` runs,
 * when nothing was counted, or when the store cannot be read: never made up.
 */
import { unstable_cache } from "next/cache";

import { now } from "@/lib/clock";
import { getArticles } from "@/lib/content";
import { previousCasablancaDay } from "@/lib/dates";
import { database } from "@/lib/db";

import { MOST_READ, rankedArticles, type MostRead } from "./most-read";
import { hourOf, topArticles } from "./views";
import { visitorsOn } from "./visitors";

export const AUDIENCE_TAG = "audience";

interface Figures {
  day: { slug: string }[];
  week: { slug: string }[];
  yesterdayVisitors: number | null;
}

async function readFigures(): Promise<Figures | null> {
  if (process.env.NEXT_PHASE === "phase-production-build") return null;
  try {
    const db = await database();
    const at = now();
    const hour = hourOf(at);
    // More than shown: some may no longer be published.
    const [day, week, yesterdayVisitors] = await Promise.all([
      topArticles(db, hour - MOST_READ.dayHours + 1, 4 * MOST_READ.count),
      topArticles(db, hour - MOST_READ.weekHours + 1, 4 * MOST_READ.count),
      visitorsOn(db, previousCasablancaDay(at)),
    ]);
    return { day, week, yesterdayVisitors };
  } catch (error) {
    console.error("Audience : chiffres illisibles.", error);
    return null;
  }
}

function refreshSeconds(): number {
  const seconds = Number(process.env.LESINFOS_AUDIENCE_REFRESH);
  return Number.isInteger(seconds) && seconds > 0 ? seconds : 300;
}

function figures(): Promise<Figures | null> {
  return unstable_cache(readFigures, ["audience-figures"], { revalidate: refreshSeconds(), tags: [AUDIENCE_TAG] })();
}

/** « Les plus lus » over 24 hours and 7 days, or null when there is nothing to show. */
export async function getMostRead(): Promise<MostRead | null> {
  const read = await figures();
  if (!read) return null;
  const articles = await getArticles();
  const mostRead = { day: rankedArticles(read.day, articles), week: rankedArticles(read.week, articles) };
  return mostRead.day.length + mostRead.week.length > 0 ? mostRead : null;
}

/** Distinct visitors of the Casablanca day before today, or null when unknown. */
export async function getYesterdayVisitors(): Promise<number | null> {
  return (await figures())?.yesterdayVisitors ?? null;
}

const count = new Intl.NumberFormat("fr-FR");

/** "12 345", grouped with a narrow no-break space. */
export function formatCount(value: number): string {
  return count.format(value);
}

export type { MostRead } from "./most-read";
