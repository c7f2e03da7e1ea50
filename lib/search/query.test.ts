import { describe, expect, it } from "vitest";

import { cleanQuery, MAX_QUERY_LENGTH } from "./query";

describe("cleanQuery", () => {
  it.each([
    [undefined, ""],
    [[], ""],
    [["maroc", "agadir"], "maroc"],
    ["  sécurité   routière \n", "sécurité routière"],
    ["sécurité\troutière", "sécurité routière"],
    ["sécu\u0000rité\u0007", "sécurité"],
    ["\u202eetirucés", "etirucés"],
    ["Se\u0301curite\u0301", "Sécurité"],
    ["<script>alert(1)</script>", "<script>alert(1)</script>"],
    ["\ud800 orphelin", "orphelin"],
  ])("%j → %j", (raw, expected) => expect(cleanQuery(raw)).toBe(expected));

  it("cuts a long query to 200 characters", () => {
    const query = cleanQuery("a".repeat(10_000));
    expect(query).toBe("a".repeat(MAX_QUERY_LENGTH));
  });

  it("never splits a surrogate pair when cutting", () => {
    const query = cleanQuery(`${"a".repeat(MAX_QUERY_LENGTH - 1)}😀😀`);
    expect(query).toBe("a".repeat(MAX_QUERY_LENGTH - 1));
    expect(query.isWellFormed()).toBe(true);
  });

  it("does not end on a space after cutting", () => {
    expect(cleanQuery(`${"a".repeat(MAX_QUERY_LENGTH - 1)} bcd`)).toBe("a".repeat(MAX_QUERY_LENGTH - 1));
  });
});
