import { describe, expect, it } from "vitest";

import { stem } from "./stem";

describe("stem", () => {
  it.each([
    ["marocaines", "marocain"],
    ["marocain", "marocain"],
    ["elections", "election"],
    ["journaux", "journal"],
    ["bureaux", "bureau"],
    ["eaux", "eau"],
    ["jeux", "jeu"],
    ["immigration", "immigr"],
    ["gouvernements", "gouvern"],
    ["largement", "larg"],
    ["securite", "securit"],
    ["routieres", "routier"],
  ])("%s → %s", (word, expected) => expect(stem(word)).toBe(expected));

  it.each(["maroc", "les", "eau", "bus", "stress", "moment", "nation", "station", "2027", "covid19"])("leaves %s alone", (word) =>
    expect(stem(word)).toBe(word),
  );

  it.each([
    ["marocaines", "marocain"],
    ["elections", "election"],
    ["eaux", "eau"],
    ["routiere", "routiers"],
    ["immigration", "immigres"],
    ["regionaux", "regional"],
  ])("makes %s and %s meet", (a, b) => expect(stem(a)).toBe(stem(b)));
});
