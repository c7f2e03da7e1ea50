import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";

import { holds, PostingsBuilder, Scores } from "./postings";

const documents = [
  { title: "port de tanger", body: "le port de tanger med bat son record record" },
  { title: "tanger", body: "la ville de tanger" },
  { title: "agadir", body: "le port d agadir et le tourisme" },
  { title: "tourisme", body: "touristes et tourisme a marrakech" },
];
const split = (text: string) => text.split(" ");
const postingsOf = () => {
  const builder = new PostingsBuilder(2);
  for (const document of documents) builder.add([split(document.title), split(document.body)]);
  return builder.build();
};

describe("PostingsBuilder", () => {
  it("packs each term's documents, ascending, with their frequencies and the field lengths", () => {
    const postings = postingsOf();
    const id = postings.vocabulary.get("record")!;
    const body = id * 2 + 1;
    expect([...postings.documents.slice(postings.starts[body], postings.starts[body + 1])]).toEqual([0]);
    expect(postings.frequencies[postings.starts[body]!]).toBe(2);
    const port = postings.vocabulary.get("port")! * 2 + 1;
    expect([...postings.documents.slice(postings.starts[port], postings.starts[port + 1])]).toEqual([0, 2]);
    // Distinct terms: "record" twice counts once.
    expect(postings.fieldLengths[0 * 2 + 1]).toBe(8);
    expect(postings.averageFieldLengths[0]).toBeCloseTo((3 + 1 + 1 + 1) / 4);
  });

  it("tells whether a document holds a term in any field", () => {
    const postings = postingsOf();
    expect(holds(postings, "tanger", 1)).toBe(true);
    expect(holds(postings, "tanger", 2)).toBe(false);
    expect(holds(postings, "inconnu", 0)).toBe(false);
  });
});

describe("Scores", () => {
  const engine = new MiniSearch({ fields: ["title", "body"], tokenize: split, processTerm: (term) => term });
  engine.addAll(documents.map((document, id) => ({ id, ...document })));
  const boost = { title: 3, body: 1 };

  it("scores a word exactly as MiniSearch's BM25+ does, prefixes included", () => {
    const postings = postingsOf();
    const scores = new Scores(postings);
    const prefixWeight = (term: string, extra: number) => (0.375 * term.length) / (term.length + 0.3 * extra);
    scores.addWord(
      [
        { term: "tourisme", weight: prefixWeight("tourisme", 2) },
        { term: "touristes", weight: prefixWeight("touristes", 3) },
      ],
      [3, 1],
    );
    const expected = engine.search("touris", { prefix: true, boost });
    expect(expected.map((result) => result.id)).toEqual([3, 2]);
    for (const result of expected) expect(scores.score[result.id]).toBeCloseTo(result.score, 10);
    expect([...scores.matched]).toEqual([0, 0, 1, 1]);
  });

  it("counts the words of the query each document matched", () => {
    const postings = postingsOf();
    const scores = new Scores(postings);
    scores.addWord([{ term: "port", weight: 1 }], [3, 1]);
    scores.addWord([{ term: "tanger", weight: 1 }], [3, 1]);
    expect([...scores.matched]).toEqual([2, 1, 1, 0]);
    const both = engine.search("port tanger", { combineWith: "AND", boost });
    expect(both.map((result) => result.id)).toEqual([0]);
    // MiniSearch multiplies by the number of words matched.
    expect(scores.score[0]! * 2).toBeCloseTo(both[0]!.score, 10);
  });
});
