/**
 * A light, deliberately conservative French stemmer. It only has to make the
 * forms readers type meet the forms journalists write; both sides go through
 * it, so an odd stem ("travaux" → "traval") costs nothing as long as it is
 * the same at index and query time. Input is a folded word (see `foldText`).
 *
 * Steps, each at most once, in this order:
 * 1. plural: "eaux" → "eau", "aux" → "al" (journaux → journal), "eux"/"oux"
 *    → drop "x", otherwise a final "s" (not "ss");
 * 2. suffix: "ation" (immigration → immigr, keeping 3+ letters), "ement"
 *    (gouvernement → gouvern, 3+ letters), "ment" (4+ letters left);
 * 3. feminine: a final "e" on words of 5+ letters (marocaine → marocain).
 *
 * Words under 4 letters and words with digits are left alone.
 */
export function stem(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  let w = word;

  if (w.endsWith("eaux")) w = w.slice(0, -1);
  else if (w.endsWith("aux") && w.length >= 5) w = `${w.slice(0, -3)}al`;
  else if (w.endsWith("eux") || w.endsWith("oux")) w = w.slice(0, -1);
  else if (w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);

  if (w.endsWith("ation") && w.length - 5 >= 3) w = w.slice(0, -5);
  else if (w.endsWith("ement") && w.length - 5 >= 3) w = w.slice(0, -5);
  else if (w.endsWith("ment") && w.length - 4 >= 4) w = w.slice(0, -4);

  if (w.endsWith("e") && w.length >= 5) w = w.slice(0, -1);
  return w;
}
