/**
 * Pages that show something timed (the day's date, an alert until its
 * expiry) must be regenerated at that instant, not at the next build.
 * `revalidate` in a route file is a constant; a cache entry's lifetime is
 * not, and Next lowers the page's revalidation to the shortest lifetime of
 * the entries its render read. So a render that shows something valid until
 * `instant` reads an empty entry living the seconds left until then.
 */
import { unstable_cache } from "next/cache";

import { now } from "./clock";

/** The seconds from `at` to `instant`, at least 1 (Next's smallest revalidation). */
export function secondsUntil(instant: Date, at: Date): number {
  return Math.max(1, Math.ceil((instant.getTime() - at.getTime()) / 1000));
}

/** Makes the page being rendered regenerate no later than `instant`. */
export async function regenerateBy(instant: Date, at: Date = now()): Promise<void> {
  const seconds = secondsUntil(instant, at);
  await unstable_cache(async () => instant.toISOString(), ["regenerate-by", instant.toISOString()], { revalidate: seconds })();
}
