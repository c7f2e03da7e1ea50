import { describe, expect, it } from "vitest";

import { excerpt, highlightText, type Highlight } from "./highlight";

const marked = (segments: Highlight[]) => segments.filter((s) => s.match).map((s) => s.text);
const joined = (segments: Highlight[]) => segments.map((s) => s.text).join("");

describe("highlightText", () => {
  it("marks exactly the matched words, accent- and case-insensitively", () => {
    expect(highlightText("La Sécurité routière", new Set(["securit"]))).toEqual([
      { text: "La ", match: false },
      { text: "Sécurité", match: true },
      { text: " routière", match: false },
    ]);
  });

  it("marks every form of a term, not the elided article before it", () => {
    const segments = highlightText("L’immigration, les immigrés et l'IMMIGRATION", new Set(["immigr"]));
    expect(marked(segments)).toEqual(["immigration", "immigrés", "IMMIGRATION"]);
    expect(joined(segments)).toBe("L’immigration, les immigrés et l'IMMIGRATION");
  });

  it("gives one unmarked segment when nothing matches, none for an empty text", () => {
    expect(highlightText("Rien ici", new Set(["maroc"]))).toEqual([{ text: "Rien ici", match: false }]);
    expect(highlightText("", new Set(["maroc"]))).toEqual([]);
  });
});

describe("excerpt", () => {
  const words = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `mot${from + i}`).join(" ");

  it("quotes the chapô when it holds a match", () => {
    const segments = excerpt(["Les exportations marocaines progressent.", "Le Maroc exporte."], new Set(["marocain"]));
    expect(joined(segments)).toBe("Les exportations marocaines progressent.");
    expect(marked(segments)).toEqual(["marocaines"]);
  });

  it("takes about 30 words of the body around the first match, with ellipses", () => {
    const body = `${words(0, 50)} Casablanca ${words(50, 100)}`;
    const segments = excerpt(["Un chapô sans rapport.", body], new Set(["casablanca"]));
    const text = joined(segments);
    expect(text.startsWith("… mot42 ")).toBe(true);
    expect(text.endsWith(" mot70 …")).toBe(true);
    expect(text.split(" ").filter((word) => word !== "…")).toHaveLength(30);
    expect(marked(segments)).toEqual(["Casablanca"]);
  });

  it("keeps 30 words when the match is near the end", () => {
    const segments = excerpt(["", `${words(0, 40)} Agadir`], new Set(["agadir"]));
    expect(joined(segments)).toBe(`… ${words(11, 40)} Agadir`);
  });

  it("runs on to close a « guillemet » opened near its end", () => {
    const body = `Casablanca ${words(0, 26)} «\u202fune phrase citée en entier\u202f» ${words(26, 60)}`;
    const text = joined(excerpt(["", body], new Set(["casablanca"])));
    expect(text).toBe(`Casablanca ${words(0, 26)} «\u202fune phrase citée en entier\u202f» …`);
  });

  it("stops before a quotation too long to close", () => {
    const body = `Casablanca ${words(0, 25)} « ${words(100, 160)} » fin`;
    const text = joined(excerpt(["", body], new Set(["casablanca"])));
    expect(text).toBe(`Casablanca ${words(0, 25)} …`);
  });

  it("falls back on the start of the chapô", () => {
    const segments = excerpt([words(0, 40), "Corps."], new Set(["tramway"]));
    expect(segments).toEqual([{ text: `${words(0, 30)} …`, match: false }]);
  });
});
