import { describe, expect, it } from "vitest";

import { DIALECTS, freshStore } from "@/lib/testing/stores";

import { AudienceRecorder } from "./recorder";
import { hourOf, topArticles, writeViews } from "./views";
import { forgetDaysBefore, saltOf, visitorHash, visitorsOn, writeVisitors } from "./visitors";

const NOON = new Date("2026-11-29T12:00:00Z");
const HOUR = hourOf(NOON);

describe.each(DIALECTS)("the audience store on %s", (dialect) => {
  const store = freshStore(dialect);

  it("adds batches of views to the counts of each (article, hour)", async () => {
    const db = store.db();
    await writeViews(db, [
      { slug: "budget", hour: HOUR, views: 3 },
      { slug: "derby", hour: HOUR, views: 1 },
    ]);
    await writeViews(db, [
      { slug: "budget", hour: HOUR, views: 2 },
      { slug: "derby", hour: HOUR - 30, views: 9 },
    ]);
    const rows = await db.selectFrom("article_views").selectAll().orderBy("hour").orderBy("slug").execute();
    expect(rows).toEqual([
      { slug: "derby", hour: HOUR - 30, views: 9 },
      { slug: "budget", hour: HOUR, views: 5 },
      { slug: "derby", hour: HOUR, views: 1 },
    ]);
  });

  it("ranks the most viewed articles of a window, most viewed first", async () => {
    const db = store.db();
    await writeViews(db, [
      { slug: "budget", hour: HOUR, views: 5 },
      { slug: "derby", hour: HOUR, views: 1 },
      { slug: "derby", hour: HOUR - 30, views: 9 },
      { slug: "festival", hour: HOUR - 1, views: 5 },
    ]);
    expect(await topArticles(db, HOUR - 23, 10)).toEqual([
      { slug: "budget", views: 5 },
      { slug: "festival", views: 5 },
      { slug: "derby", views: 1 },
    ]);
    expect(await topArticles(db, HOUR - 167, 2)).toEqual([
      { slug: "derby", views: 10 },
      { slug: "budget", views: 5 },
    ]);
  });

  it("counts each visitor hash of a day once, and keeps only the count once the day is forgotten", async () => {
    const db = store.db();
    expect(await writeVisitors(db, "2026-11-28", ["a", "b"])).toBe(2);
    expect(await writeVisitors(db, "2026-11-28", ["b", "c"])).toBe(1);
    expect(await writeVisitors(db, "2026-11-29", ["a"])).toBe(1);
    const salt = await saltOf(db, "2026-11-28");
    expect(await saltOf(db, "2026-11-28")).toBe(salt);
    expect(await saltOf(db, "2026-11-29")).not.toBe(salt);

    await forgetDaysBefore(db, "2026-11-29");
    expect(await visitorsOn(db, "2026-11-28")).toBe(3);
    expect(await visitorsOn(db, "2026-11-29")).toBe(1);
    expect(await visitorsOn(db, "2026-11-27")).toBeNull();
    expect(await db.selectFrom("visitor_salts").select("day").execute()).toEqual([{ day: "2026-11-29" }]);
    expect(await db.selectFrom("visitor_hashes").select(["day", "hash"]).execute()).toEqual([{ day: "2026-11-29", hash: "a" }]);
  });

  it("records views and visitors from several processes exactly", async () => {
    let clock = NOON;
    const options = { database: async () => store.db(), clock: () => clock };
    const [first, second] = [new AudienceRecorder(options), new AudienceRecorder(options)];
    const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    for (let i = 0; i < 3; i += 1) await first.view("budget", "203.0.113.9", firefox, NOON);
    await second.view("budget", "203.0.113.9", firefox, NOON);
    await second.view("derby", "198.51.100.4", firefox, NOON);
    await Promise.all([first.flush(), second.flush()]);
    await first.view("budget", "203.0.113.9", firefox, NOON);
    await first.flush();
    expect(await topArticles(store.db(), HOUR, 10)).toEqual([
      { slug: "budget", views: 5 },
      { slug: "derby", views: 1 },
    ]);
    expect(await visitorsOn(store.db(), "2026-11-29")).toBe(2);

    // Past midnight in Casablanca (UTC+1), the day's salt and hashes go; the count stays.
    const salt = await saltOf(store.db(), "2026-11-29");
    clock = new Date("2026-11-29T23:00:00Z");
    await first.view("derby", "198.51.100.4", firefox, clock);
    await first.flush();
    expect(await visitorsOn(store.db(), "2026-11-29")).toBe(2);
    expect(await visitorsOn(store.db(), "2026-11-30")).toBe(1);
    const rows = await store.db().selectFrom("visitor_hashes").select(["day", "hash"]).execute();
    expect(rows).toEqual([{ day: "2026-11-30", hash: expect.any(String) }]);
    expect(rows[0]?.hash).not.toBe(visitorHash(salt, "198.51.100.4", firefox));
    expect(await store.db().selectFrom("visitor_salts").select("day").execute()).toEqual([{ day: "2026-11-30" }]);
  });
});
