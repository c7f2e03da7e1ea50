import { stem } from "./stem";
import { isStopWord } from "./stop-words";

/** "Sécurité", "SÉCURITÉ", "Cœur" → "securite", "securite", "coeur". */
export function foldText(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/œ/g, "oe").replace(/æ/g, "ae");
}

/** A word as written, folded and stemmed. */
export interface AnalyzedWord {
  /** Folded, not stemmed: what stop words are checked against. */
  folded: string;
  /** What the index holds: folded and stemmed. */
  term: string;
}

export function analyzeWord(word: string): AnalyzedWord {
  const folded = foldText(word);
  return { folded, term: stem(folded) };
}

/**
 * `analyzeWord` remembering its answers: a newsroom's vocabulary is small
 * next to its word count, so indexing every body goes several times faster.
 * Meant for one index build, not for queries, whose words are unbounded.
 */
export function memoizedAnalyzer(): (word: string) => AnalyzedWord {
  const known = new Map<string, AnalyzedWord>();
  return (word) => {
    let analyzed = known.get(word);
    if (!analyzed) known.set(word, (analyzed = analyzeWord(word)));
    return analyzed;
  };
}

/** A word of a text, with where it sits so it can be highlighted later. */
export interface WordToken extends AnalyzedWord {
  start: number;
  end: number;
}

/** Articles and pronouns that elide before a vowel: the "l" of "l'eau". */
const ELIDED = new Set(["l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"]);
const APOSTROPHES = new Set(["'", "’"]);
// U+02BC (ʼ) is a Unicode letter: it is swapped for a plain apostrophe (same
// length, so offsets hold) before words are cut, so it ends a word.
const MODIFIER_APOSTROPHE = /ʼ/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Every word of `text` (runs of letters, marks and digits), elided articles
 * left out: "l’immigration" gives only "immigration".
 */
export function* eachWordToken(text: string, analyze: (word: string) => AnalyzedWord = analyzeWord): Generator<WordToken> {
  const scanned = text.replace(MODIFIER_APOSTROPHE, "'");
  for (const match of scanned.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const { folded, term } = analyze(match[0]);
    if (folded === "") continue; // a stray combining mark
    const next = scanned[end];
    const after = scanned[end + 1];
    const elided = ELIDED.has(folded) && next !== undefined && APOSTROPHES.has(next) && after !== undefined && LETTER.test(after);
    if (!elided) yield { start, end, folded, term };
  }
}

export function wordTokens(text: string, analyze?: (word: string) => AnalyzedWord): WordToken[] {
  return [...eachWordToken(text, analyze)];
}

/** The terms the index holds for a field's text, stop words included. */
export function indexTerms(text: string, analyze?: (word: string) => AnalyzedWord): string[] {
  return wordTokens(text, analyze).map((token) => token.term);
}

/**
 * The distinct terms to look up for a query: stop words dropped, unless the
 * query has nothing else ("les", "à"), in which case they are kept.
 */
export function queryTerms(query: string): string[] {
  const tokens = wordTokens(query);
  const meaningful = tokens.filter((token) => !isStopWord(token.folded));
  const kept = meaningful.length > 0 ? meaningful : tokens;
  return [...new Set(kept.map((token) => token.term))];
}
