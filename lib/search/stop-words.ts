/**
 * French function words, folded (no accents, lowercase). Queries drop them,
 * unless nothing else is left; the index keeps them so such a query still
 * finds something.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  "a", "au", "aux", "avec", "c", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du",
  "elle", "elles", "en", "est", "et", "il", "ils", "j", "jusqu", "l", "la", "le", "les", "leur",
  "leurs", "lorsqu", "lui", "m", "ma", "mais", "mes", "mon", "n", "ne", "nos", "notre", "ou",
  "par", "pas", "pour", "puisqu", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sont",
  "sur", "t", "ta", "tes", "ton", "un", "une", "vos", "votre", "y",
]);

/** `word` must already be folded by `foldText`. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
