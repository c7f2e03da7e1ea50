import { describe, expect, it } from "vitest";

import { parseContentDate } from "./dates";
import { archiveMonth, archiveMonths, archiveYears, groupByDay } from "./calendar";
import { makeArticle } from "./testing/articles";

const at = (iso: string) => makeArticle(iso.replace(/\W/g, "").toLowerCase(), { publishedAt: parseContentDate(iso)! });

describe("groupByDay", () => {
  it("puts 23 h 30 in Casablanca on the 14th, though it is 22 h 30 UTC", () => {
    const groups = groupByDay([at("2025-04-15T00:10:00+01:00"), at("2025-04-14T23:30:00+01:00"), at("2025-04-14T08:00:00+01:00")]);
    expect(groups.map((g) => [g.day, g.articles.length])).toEqual([
      ["2025-04-15", 1],
      ["2025-04-14", 2],
    ]);
  });

  it("follows the Ramadan offset: 23 h 30 UTC on 14 March 2025 is still the 14th in Casablanca", () => {
    expect(groupByDay([at("2025-03-14T23:30:00Z")])[0]?.day).toBe("2025-03-14");
  });
});

describe("archives", () => {
  const articles = [
    at("2025-07-02T10:00:00+01:00"),
    at("2025-05-31T23:30:00+01:00"),
    at("2025-05-01T00:30:00+01:00"),
    at("2025-04-30T23:30:00+01:00"),
    at("2025-01-15T12:00:00Z"),
  ];

  it("lists months with articles and their counts, newest first", () => {
    expect(archiveMonths(articles).map((m) => [m.key, m.count, m.url])).toEqual([
      ["2025-07", 1, "/archives/2025/07"],
      ["2025-05", 2, "/archives/2025/05"],
      ["2025-04", 1, "/archives/2025/04"],
      ["2025-01", 1, "/archives/2025/01"],
    ]);
  });

  it("lays each year out as a calendar of twelve months, empty ones counted 0", () => {
    const older = [...articles, at("2024-12-24T12:00:00Z")];
    const years = archiveYears(archiveMonths(older));
    expect(years.map((year) => year.year)).toEqual([2025, 2024]);
    expect(years[0]!.months.map((m) => m.count)).toEqual([1, 0, 0, 1, 2, 0, 1, 0, 0, 0, 0, 0]);
    expect(years[1]!.months.map((m) => m.key)).toHaveLength(12);
    expect(years[1]!.months[11]).toMatchObject({ key: "2024-12", count: 1, url: "/archives/2024/12" });
  });

  it("gives a month grouped by day with the neighbouring months that have articles", () => {
    const may = archiveMonth(articles, "2025", "05")!;
    expect(may.days.map((d) => d.day)).toEqual(["2025-05-31", "2025-05-01"]);
    expect(may.newer?.key).toBe("2025-07");
    expect(may.older?.key).toBe("2025-04");
  });

  it.each([
    ["2025", "06"],
    ["2025", "4"],
    ["2025", "13"],
    ["25", "04"],
    ["2025", "00"],
  ])("has no page for %s/%s", (y, m) => {
    expect(archiveMonth(articles, y, m)).toBeNull();
  });
});
