import { eachWordToken } from "./normalize";

/** A run of text, marked when it is a word the query matched. */
export interface Highlight {
  text: string;
  match: boolean;
}

/** Words shown in an excerpt, and how many of them come before the first match. */
const EXCERPT_WORDS = 30;
const WORDS_BEFORE_MATCH = 8;
const ELLIPSIS = "…";
/** How far an excerpt may run on to close a quotation it has opened. */
const WORDS_TO_CLOSE_QUOTE = 20;

/**
 * Where a window of `words` ending before `to` may end without leaving a
 * « guillemet » open: `to` itself, a little further to take in the closing
 * one, or else just before the quotation opens.
 */
function endOutsideQuote(words: readonly RegExpMatchArray[], from: number, to: number): number {
  let open = -1;
  for (let i = from; i < to; i++) {
    const word = words[i]![0];
    if (word.includes("«")) open = i;
    if (word.includes("»") && word.lastIndexOf("»") > word.lastIndexOf("«")) open = -1;
  }
  if (open < 0) return to;
  for (let i = to; i < Math.min(words.length, to + WORDS_TO_CLOSE_QUOTE); i++) {
    if (words[i]![0].includes("»")) return i + 1;
  }
  return Math.max(open, from + 1);
}

function append(segments: Highlight[], text: string, match: boolean): void {
  if (text === "") return;
  const last = segments.at(-1);
  if (last && !last.match && !match) last.text += text;
  else segments.push({ text, match });
}

/**
 * `text` cut into segments, every word whose term (folded and stemmed) is in
 * `terms` marked: with terms {"securit"}, "La Sécurité routière" gives
 * "La ", "Sécurité" (marked), " routière".
 */
export function highlightText(text: string, terms: ReadonlySet<string>): Highlight[] {
  const segments: Highlight[] = [];
  let cursor = 0;
  for (const token of eachWordToken(text)) {
    if (!terms.has(token.term)) continue;
    append(segments, text.slice(cursor, token.start), false);
    append(segments, text.slice(token.start, token.end), true);
    cursor = token.end;
  }
  append(segments, text.slice(cursor), false);
  return segments;
}

/** About `EXCERPT_WORDS` words of `text` around `offset`, highlighted, with ellipses where cut. */
function windowAround(text: string, offset: number, terms: ReadonlySet<string>): Highlight[] {
  const words = [...text.matchAll(/\S+/g)];
  let hit = 0;
  while (hit + 1 < words.length && words[hit + 1]!.index <= offset) hit++;
  const from = Math.max(0, Math.min(hit - WORDS_BEFORE_MATCH, words.length - EXCERPT_WORDS));
  const to = endOutsideQuote(words, from, Math.min(words.length, from + EXCERPT_WORDS));
  const first = words[from];
  const last = words[to - 1];
  if (!first || !last) return [];

  const segments: Highlight[] = [];
  if (from > 0) append(segments, `${ELLIPSIS} `, false);
  for (const segment of highlightText(text.slice(first.index, last.index + last[0].length), terms)) {
    append(segments, segment.text, segment.match);
  }
  if (to < words.length) append(segments, ` ${ELLIPSIS}`, false);
  return segments;
}

/**
 * The excerpt shown under a result: a window of the first of `sources`
 * (chapô, then body) holding a matched word, around that word; or the
 * start of the first source when none does.
 */
export function excerpt(sources: readonly string[], terms: ReadonlySet<string>): Highlight[] {
  for (const source of sources) {
    // Words are analyzed one by one up to the first match, not the whole body.
    for (const token of eachWordToken(source)) {
      if (terms.has(token.term)) return windowAround(source, token.start, terms);
    }
  }
  return windowAround(sources[0] ?? "", 0, terms);
}
