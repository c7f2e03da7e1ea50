/** Longest query kept, in UTF-16 code units. */
export const MAX_QUERY_LENGTH = 200;

// Tabs and line breaks become spaces; other control characters, bidi
// overrides and isolates (which could reorder the echoed query) and lone
// surrogates go.
const SPACING_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const INVISIBLE = /[\p{Cc}\p{Cs}\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The query as typed, made safe to search and to show back: first value of
 * a repeated parameter, control characters dropped, whitespace collapsed,
 * trimmed, and cut to 200 characters without splitting a surrogate pair.
 * It stays plain text: "<b>" is kept as those three characters, for React
 * to escape.
 */
export function cleanQuery(raw: string | readonly string[] | undefined): string {
  const first = typeof raw === "string" ? raw : raw?.[0];
  if (first === undefined) return "";
  const text = first.replace(SPACING_CONTROLS, " ").replace(INVISIBLE, "").normalize("NFC").replace(/\s+/g, " ").trim();
  return cut(text, MAX_QUERY_LENGTH).trimEnd();
}

function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? length - 1 : length);
}
