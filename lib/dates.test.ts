import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { afterEach, describe, expect, it } from "vitest";

import {
  casablancaDay,
  formatDayHeading,
  formatHijriDate,
  formatLongDateTime,
  formatShortDate,
  formatTime,
  nextCasablancaMidnight,
  formatWireStamp,
  previousCasablancaDay,
  parseContentDate,
  toIsoWithOffset,
  toRfc822,
} from "./dates";

const NBSP = "\u00a0";
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

function at(iso: string): Date {
  const date = parseContentDate(iso);
  if (!date) throw new Error(`test date ${iso} did not parse`);
  return date;
}

describe("parseContentDate", () => {
  it.each([
    ["2025-04-13T21:30:00+01:00", "2025-04-13T20:30:00.000Z"],
    ["2025-04-13T21:30:00Z", "2025-04-13T21:30:00.000Z"],
    ["2025-04-13T21:30:00.250-03:00", "2025-04-14T00:30:00.250Z"],
    // A date alone is midnight in Casablanca (UTC+1 outside Ramadan)…
    ["2025-04-13", "2025-04-12T23:00:00.000Z"],
    // …and UTC+0 during Ramadan, from the time-zone database.
    ["2025-03-15", "2025-03-15T00:00:00.000Z"],
    // A time without offset is Casablanca wall-clock time.
    ["2025-04-13T21:30", "2025-04-13T20:30:00.000Z"],
  ])("reads %s as %s", (input, expected) => {
    expect(parseContentDate(input)?.toISOString()).toBe(expected);
  });

  it.each(["2025-13-45", "2025-02-29", "2025-04-31", "2025-04-13T24:00:00Z", "13/04/2025", "demain", "", "2025-04-13T21:30:00+25:00"])(
    "refuses %j",
    (input) => {
      expect(parseContentDate(input)).toBeNull();
    },
  );

  it("accepts 29 February in a leap year", () => {
    expect(parseContentDate("2024-02-29")?.toISOString()).toBe("2024-02-28T23:00:00.000Z");
  });
});

describe("house style", () => {
  it("writes the full date with the time in French", () => {
    expect(formatLongDateTime(at("2025-03-15T12:00:00Z"))).toBe(`samedi 15 mars 2025 à 12${NBSP}h${NBSP}00`);
  });

  it("follows Morocco's clock change around Ramadan", () => {
    expect(formatTime(at("2025-03-15T12:00:00Z"))).toBe(`12${NBSP}h${NBSP}00`);
    expect(formatTime(at("2025-04-15T12:00:00Z"))).toBe(`13${NBSP}h${NBSP}00`);
  });

  it("writes 1er for the first day of a month", () => {
    expect(formatLongDateTime(at("2025-05-01T09:05:00+01:00"))).toBe(`jeudi 1er mai 2025 à 9${NBSP}h${NBSP}05`);
    expect(formatShortDate(at("2025-05-01T09:05:00+01:00"))).toBe("1er mai 2025");
    expect(formatShortDate(at("2025-05-11T09:05:00+01:00"))).toBe("11 mai 2025");
  });

  it("stamps « En continu » with today's time, or the day for older items", () => {
    const now = at("2025-11-24T23:50:00+01:00");
    expect(formatWireStamp(at("2025-11-24T14:05:00+01:00"), now)).toBe(`14${NBSP}h${NBSP}05`);
    expect(formatWireStamp(at("2025-11-23T23:59:00+01:00"), now)).toBe("23 nov.");
    expect(formatWireStamp(at("2025-11-01T08:00:00+01:00"), now)).toBe("1er nov.");
  });

  it("capitalizes only day headings", () => {
    expect(formatDayHeading(at("2025-03-15T12:00:00Z"))).toBe("Samedi 15 mars 2025");
  });

  it("gives ISO instants with the Casablanca offset", () => {
    expect(toIsoWithOffset(at("2025-04-15T12:00:00Z"))).toBe("2025-04-15T13:00:00+01:00");
    expect(toIsoWithOffset(at("2025-03-15T12:00:00Z"))).toBe("2025-03-15T12:00:00+00:00");
  });

  it("puts 23 h 30 local on the 14th even when it is 22 h 30 UTC", () => {
    expect(casablancaDay(at("2025-04-14T23:30:00+01:00"))).toBe("2025-04-14");
    expect(casablancaDay(at("2025-04-14T23:30:00Z"))).toBe("2025-04-15");
  });

  it("gives the day formatting in the zone gives, every half hour across the Ramadan changes of offset", () => {
    // Morocco leaves UTC+1 for UTC+0 around Ramadan: 2026-02-15 and 2026-03-22 (the zone data's dates).
    for (let time = Date.parse("2026-01-01T00:15:00Z"); time < Date.parse("2026-05-01T00:00:00Z"); time += 1_800_000) {
      const date = new Date(time);
      expect(casablancaDay(date)).toBe(format(date, "yyyy-MM-dd", { in: tz("Africa/Casablanca") }));
    }
  });

  it.each(["UTC", "America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati"])(
    "gives the same output when the server runs in %s",
    (zone) => {
      process.env.TZ = zone;
      const date = at("2025-04-14T23:30:00+01:00");
      expect(formatLongDateTime(date)).toBe(`lundi 14 avril 2025 à 23${NBSP}h${NBSP}30`);
      expect(toIsoWithOffset(date)).toBe("2025-04-14T23:30:00+01:00");
      expect(parseContentDate("2025-04-13")?.toISOString()).toBe("2025-04-12T23:00:00.000Z");
    },
  );
});

describe("the Hijri date, as Morocco counts it", () => {
  it("starts Ramadan 1446 on Sunday 2 March 2025, a day after Umm al-Qura", () => {
    expect(formatDayHeading(at("2025-03-02T10:00"))).toBe("Dimanche 2 mars 2025");
    expect(formatHijriDate(at("2025-03-02T10:00"))).toBe("1er ramadan 1446");
    expect(formatHijriDate(at("2025-03-01T10:00"))).toBe("29 chaabane 1446");
    expect(formatHijriDate(at("2025-03-01T10:00"), 0)).toBe("1er ramadan 1446");
  });

  it("follows the Casablanca day, not the UTC one", () => {
    // 23 h 30 in Casablanca on 1 March (UTC+0 in Ramadan) and 0 h 30 on 2 March.
    expect(formatHijriDate(at("2025-03-01T23:30"))).toBe("29 chaabane 1446");
    expect(formatHijriDate(at("2025-03-02T00:30"))).toBe("1er ramadan 1446");
    // 23 h 30 in Casablanca (UTC+1) on 28 November 2026 is still the 28th there.
    expect(formatHijriDate(at("2026-11-28T23:30:00+01:00"))).toBe("17 joumada al-oukhra 1448");
  });

  it("writes the masthead's example", () => {
    expect(formatHijriDate(at("2026-11-29T09:00"))).toBe("18 joumada al-oukhra 1448");
    expect(formatHijriDate(at("2027-03-20T09:00"))).toMatch(/^\d{1,2}(er)? (ramadan|chaoual) 1448$/);
  });
});

describe("nextCasablancaMidnight", () => {
  it.each([
    ["2026-11-29T22:59:59Z", "2026-11-29T23:00:00.000Z"],
    ["2026-11-29T23:00:00Z", "2026-11-30T23:00:00.000Z"],
    // In Ramadan Casablanca is on UTC+0.
    ["2025-03-15T12:00:00Z", "2025-03-16T00:00:00.000Z"],
  ])("after %s is %s", (instant, midnight) => {
    expect(nextCasablancaMidnight(new Date(instant)).toISOString()).toBe(midnight);
  });
});

describe("previousCasablancaDay", () => {
  it.each([
    // 23:30 UTC is already the 30th in Casablanca (UTC+1): its day before is the 29th.
    ["2026-11-29T23:30:00Z", "2026-11-29"],
    ["2026-11-29T22:59:59Z", "2026-11-28"],
    ["2026-03-01T00:30:00Z", "2026-02-28"],
    ["2026-01-01T10:00:00Z", "2025-12-31"],
  ])("of %s is %s", (instant, day) => {
    expect(previousCasablancaDay(new Date(instant))).toBe(day);
  });
});

describe("toRfc822", () => {
  it("writes Casablanca time with its numeric offset, English names as the RFC wants", () => {
    expect(toRfc822(new Date("2025-04-15T12:00:00Z"))).toBe("Tue, 15 Apr 2025 13:00:00 +0100");
    // Ramadan: Casablanca is at UTC+0.
    expect(toRfc822(new Date("2025-03-15T12:00:00Z"))).toBe("Sat, 15 Mar 2025 12:00:00 +0000");
    // Across midnight: the date is Casablanca's, not UTC's.
    expect(toRfc822(new Date("2025-04-14T23:30:00Z"))).toBe("Tue, 15 Apr 2025 00:30:00 +0100");
  });

  it("reads back as the same instant", () => {
    const instant = new Date("2026-11-24T20:15:00Z");
    expect(Date.parse(toRfc822(instant))).toBe(instant.getTime());
  });
});
