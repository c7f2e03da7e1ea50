import { describe, expect, it } from "vitest";

import { makeArticle } from "../testing/articles";
import { correctionsNewestFirst, lastUpdate, readCorrections } from "./corrections";
import { articleFrontMatter, frenchErrors } from "./schema";

const front = (corrections: unknown) => ({
  title: "Un titre",
  description: "Un chapô.",
  date: "2026-11-03T08:30:00+01:00",
  author: "redaction",
  category: "economie",
  corrections,
});

const parse = (corrections: unknown) => articleFrontMatter.safeParse(front(corrections), { error: frenchErrors });

describe("corrections in the front matter", () => {
  it("reads date, kind and text, dates at Casablanca time", () => {
    const result = parse([{ date: "2026-11-03T11:40", kind: "rectificatif", text: "Il fallait lire 2,3 % sur un an." }]);
    expect(result.success && result.data.corrections).toEqual([
      { date: new Date("2026-11-03T10:40:00Z"), kind: "rectificatif", text: "Il fallait lire 2,3 % sur un an." },
    ]);
  });

  it("refuses an unknown kind, in French", () => {
    const result = parse([{ date: "2026-11-04", kind: "erratum", text: "Texte." }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["corrections.0.kind", "doit être rectificatif (erreur corrigée) ou precision (contexte ajouté)"],
    ]);
  });

  it("refuses a correction dated before the article, and an empty text", () => {
    const result = parse([
      { date: "2026-11-01T10:00:00+01:00", kind: "precision", text: "Texte." },
      { date: "2026-11-05T10:00:00+01:00", kind: "precision", text: " " },
    ]);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["corrections.1.text", "ne doit pas être vide"],
      ["corrections.0.date", "la correction est antérieure à la publication (date)"],
    ]);
  });
});

describe("readCorrections", () => {
  it("orders oldest first and sets the text in French typography", () => {
    const corrections = readCorrections([
      { date: new Date("2026-11-04T08:15:00Z"), kind: "precision", text: "Précision : les villes varient." },
      { date: new Date("2026-11-03T10:40:00Z"), kind: "rectificatif", text: "Il fallait lire 2,3 %." },
    ]);
    expect(corrections.map((c) => c.kind)).toEqual(["rectificatif", "precision"]);
    expect(corrections[1]?.text).toBe("Précision\u00a0: les villes varient.");
    expect(corrections[0]?.text).toBe("Il fallait lire 2,3\u00a0%.");
  });
});

describe("lastUpdate", () => {
  const correction = readCorrections([{ date: new Date("2026-11-04T08:15:00Z"), kind: "precision", text: "Texte." }]);

  it("follows the latest correction when it is later than `updated`", () => {
    expect(lastUpdate(new Date("2026-11-03T12:00:00Z"), correction)).toEqual(new Date("2026-11-04T08:15:00Z"));
    expect(lastUpdate(undefined, correction)).toEqual(new Date("2026-11-04T08:15:00Z"));
  });

  it("keeps a later `updated`, and nothing when there is neither", () => {
    expect(lastUpdate(new Date("2026-11-05T12:00:00Z"), correction)).toEqual(new Date("2026-11-05T12:00:00Z"));
    expect(lastUpdate(undefined, [])).toBeUndefined();
  });
});

describe("correctionsNewestFirst", () => {
  it("lists every correction of every article, newest first", () => {
    const older = makeArticle("older", {
      corrections: readCorrections([
        { date: new Date("2026-10-09T15:05:00Z"), kind: "rectificatif", text: "A." },
        { date: new Date("2026-11-05T09:00:00Z"), kind: "precision", text: "C." },
      ]),
    });
    const newer = makeArticle("newer", {
      corrections: readCorrections([{ date: new Date("2026-11-03T10:40:00Z"), kind: "rectificatif", text: "B." }]),
    });
    const plain = makeArticle("plain");
    expect(correctionsNewestFirst([newer, plain, older]).map(({ article, correction }) => `${article.slug}:${correction.text}`)).toEqual([
      "older:C.",
      "newer:B.",
      "older:A.",
    ]);
  });
});
