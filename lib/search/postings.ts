/**
 * A compact inverted index: the vocabulary in MiniSearch's radix tree (for
 * prefix and typo lookups), the postings of every term and field packed in
 * typed arrays. Scoring walks arrays instead of maps of maps, so a word found
 * in 100,000 articles is scored in milliseconds and the index of a large
 * archive takes tens of megabytes rather than hundreds.
 */
import SearchableMap from "minisearch/SearchableMap";

/** A list of unsigned integers that grows as the index is built. */
class GrowingList {
  values = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new Uint32Array(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }
}

export interface Postings {
  documentCount: number;
  fieldCount: number;
  /** Each term's id. */
  vocabulary: SearchableMap<number>;
  /** Postings of term t in field f are `documents[starts[k]..starts[k + 1]]`, k = t × fieldCount + f, documents ascending. */
  starts: Uint32Array;
  documents: Uint32Array;
  /** How many times the term occurs in that field of that document. */
  frequencies: Uint16Array;
  /** Distinct terms of field f in document d, at d × fieldCount + f. */
  fieldLengths: Uint32Array;
  averageFieldLengths: Float64Array;
}

/** Documents are numbered in the order they are added, from 0. */
export class PostingsBuilder {
  private readonly vocabulary = new SearchableMap<number>();
  private termCount = 0;
  private documentCount = 0;
  private readonly runs = new GrowingList();
  private readonly documents = new GrowingList();
  private readonly frequencies = new GrowingList();
  private readonly fieldLengths = new GrowingList();

  constructor(private readonly fieldCount: number) {}

  /** One document: the terms of each field, in field order. */
  add(fields: readonly (readonly string[])[]): void {
    const document = this.documentCount++;
    for (let field = 0; field < this.fieldCount; field++) {
      const counts = new Map<string, number>();
      for (const term of fields[field] ?? []) counts.set(term, (counts.get(term) ?? 0) + 1);
      this.fieldLengths.push(counts.size);
      for (const [term, count] of counts) {
        let id = this.vocabulary.get(term);
        if (id === undefined) this.vocabulary.set(term, (id = this.termCount++));
        this.runs.push(id * this.fieldCount + field);
        this.documents.push(document);
        this.frequencies.push(count);
      }
    }
  }

  build(): Postings {
    const { fieldCount, documentCount } = this;
    const runCount = this.termCount * fieldCount;
    const total = this.runs.length;
    const runs = this.runs.values;
    // A counting sort by run: documents were added in order, so each run stays ascending.
    const starts = new Uint32Array(runCount + 1);
    for (let i = 0; i < total; i++) starts[runs[i]! + 1]!++;
    for (let k = 0; k < runCount; k++) starts[k + 1]! += starts[k]!;
    const next = starts.slice(0, runCount);
    const documents = new Uint32Array(total);
    const frequencies = new Uint16Array(total);
    for (let i = 0; i < total; i++) {
      const at = next[runs[i]!]!++;
      documents[at] = this.documents.values[i]!;
      frequencies[at] = Math.min(this.frequencies.values[i]!, 0xffff);
    }
    const fieldLengths = this.fieldLengths.values.slice(0, documentCount * fieldCount);
    const averageFieldLengths = new Float64Array(fieldCount);
    for (let i = 0; i < fieldLengths.length; i++) averageFieldLengths[i % fieldCount]! += fieldLengths[i]!;
    for (let field = 0; field < fieldCount; field++) averageFieldLengths[field]! /= Math.max(documentCount, 1);
    return { documentCount, fieldCount, vocabulary: this.vocabulary, starts, documents, frequencies, fieldLengths, averageFieldLengths };
  }
}

/** A term of the index standing for a word of the query, and how much it counts. */
export interface Variant {
  term: string;
  weight: number;
}

// BM25+ with MiniSearch's parameters, so that scores rank as they did with it.
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Scores of one query, accumulated term after term. */
export class Scores {
  readonly score: Float64Array;
  /** How many words of the query each document matched. */
  readonly matched: Uint8Array;
  private readonly lastWord: Int32Array;
  private word = 0;

  /**
   * `statistics`: the index whose document count and term frequencies weigh
   * the words, when `postings` is a small index of recent changes beside it.
   */
  constructor(
    private readonly postings: Postings,
    private readonly statistics: Postings = postings,
  ) {
    this.score = new Float64Array(postings.documentCount);
    this.matched = new Uint8Array(postings.documentCount);
    this.lastWord = new Int32Array(postings.documentCount);
  }

  /** Adds one word of the query: every variant of it, in every field, with the field's boost. */
  addWord(variants: readonly Variant[], boosts: readonly number[]): void {
    const word = ++this.word;
    const { vocabulary, starts, documents, frequencies, fieldLengths, fieldCount } = this.postings;
    const beside = this.statistics === this.postings ? undefined : this.statistics;
    const documentCount = this.postings.documentCount + (beside?.documentCount ?? 0);
    for (const { term, weight } of variants) {
      const id = vocabulary.get(term);
      if (id === undefined) continue;
      const besideId = beside?.vocabulary.get(term);
      for (let field = 0; field < fieldCount; field++) {
        const from = starts[id * fieldCount + field]!;
        const to = starts[id * fieldCount + field + 1]!;
        if (from === to) continue;
        const matching = to - from + (beside && besideId !== undefined ? runLength(beside, besideId, field) : 0);
        const idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
        const factor = weight * boosts[field]! * idf;
        const average = this.statistics.averageFieldLengths[field]!;
        for (let at = from; at < to; at++) {
          const document = documents[at]!;
          const frequency = frequencies[at]!;
          const length = fieldLengths[document * fieldCount + field]!;
          this.score[document]! += factor * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / average)));
          if (this.lastWord[document] !== word) {
            this.lastWord[document] = word;
            this.matched[document]!++;
          }
        }
      }
    }
  }
}

/** How many documents hold term `id` in `field`. */
function runLength(postings: Postings, id: number, field: number): number {
  const run = id * postings.fieldCount + field;
  return postings.starts[run + 1]! - postings.starts[run]!;
}

/** Whether a document holds a term in any field (binary search in each run). */
export function holds(postings: Postings, term: string, document: number): boolean {
  const id = postings.vocabulary.get(term);
  if (id === undefined) return false;
  const { starts, documents, fieldCount } = postings;
  for (let field = 0; field < fieldCount; field++) {
    let low = starts[id * fieldCount + field]!;
    let high = starts[id * fieldCount + field + 1]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const found = documents[middle]!;
      if (found === document) return true;
      if (found < document) low = middle + 1;
      else high = middle;
    }
  }
  return false;
}
