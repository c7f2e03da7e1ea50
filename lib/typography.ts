/**
 * French typography for text shown to readers: headlines, chapôs, captions,
 * card texts, and article bodies through `content/rehype-typography.ts`.
 *
 * Rules do not rewrite the text in turn: each one reads it (with straight
 * quotes already read as « ») and proposes edits in its coordinates, so the
 * rehype plugin can map them back onto several text nodes. Edits inside a
 * URL, an e-mail address or an @handle are dropped. Every rule accepts what
 * it produces, so applying the whole twice changes nothing the second time.
 */

/** Replace `text.slice(start, end)` by `insert` (an insertion when start === end). */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

type Rule = (text: string) => TextEdit[];

/** Narrow no-break space: before ; ! ? », after «, between thousands. */
const NNBSP = "\u202f";
/** No-break space: before :, between a number and its unit. */
const NBSP = "\u00a0";
/** Horizontal spaces an editor may have typed (never a line break). */
const SP = "[\\t \\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]";
const WORD = /[\p{L}\p{N}]/u;
const BREAK = /\s/u;

/**
 * What a mark stays glued to: a line start, `(?)`, `[!]`, `/?`, another mark;
 * after « the space belongs to the guillemet rule.
 */
const NO_SPACE_AFTER = /[\s([{/«;:!?]/u;

/**
 * Units and words that stay on the line of their number ("15 %", "20 h",
 * "3 millions"). Alternatives are tried longest first, so "km²" wins over "km".
 */
const UNITS = [
  "%",
  "‰",
  "€",
  "$",
  "£",
  "°C",
  "DH",
  "Dh",
  "dh",
  "MAD",
  "MDH",
  "MMDH",
  "dirhams",
  "dirham",
  "euros",
  "euro",
  "dollars",
  "dollar",
  "km",
  "km²",
  "km/h",
  "m",
  "m²",
  "m³",
  "cm",
  "mm",
  "kg",
  "g",
  "t",
  "ha",
  "l",
  "kilomètres",
  "mètres",
  "tonnes",
  "hectares",
  "litres",
  "degrés",
  "kW",
  "MW",
  "GW",
  "kWh",
  "MWh",
  "GWh",
  "mégawatts",
  "gigawatts",
  "mégawattheures",
  "h",
  "min",
  "s",
  "ans",
  "an",
  "mois",
  "jours",
  "semaines",
  "heures",
  "minutes",
  "secondes",
  "millions",
  "million",
  "milliards",
  "milliard",
];
/** Symbols French separates from their number even when typed glued ("15%"). */
const GLUED_UNITS = new Set(["%", "‰", "€", "°C"]);

const escape = (text: string) => text.replace(/[$/]/g, "\\$&");
const UNIT_PATTERN = [...UNITS]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");

const MARK = new RegExp(`(${SP}*)([!?]+|;+|:+)`, "gu");
const OPENING_GUILLEMET = new RegExp(`«(${SP}*)`, "gu");
const CLOSING_GUILLEMET = new RegExp(`(${SP}*)»`, "gu");
const APOSTROPHE = /(?<=\p{L})'(?=[\p{L}«])/gu;
const THREE_DOTS = /(?<!\.)\.{3}(?!\.)/g;
const GROUPED_NUMBER = new RegExp(`(?<![\\p{L}\\d.,…+])(?<!\\d${SP})\\d{1,3}(?:${SP}\\d{3})+(?!\\d)`, "gu");
const SPACE = new RegExp(SP, "gu");
const NUMBER_UNIT = new RegExp(`(?<=\\d)(${SP}*)(${UNIT_PATTERN})(?![\\p{L}\\p{N}'’])`, "gu");
const HOUR_MINUTES = new RegExp(`(?<=\\d${SP}*h)(${SP}+)(?=\\d{2}(?!\\d))`, "gu");

const PROTECTED = [
  /\b(?:https?|ftp):\/\/[^\s<>"«»]+/giu,
  /\bwww\.[^\s<>"«»]+/giu,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu,
];
/** Sentence punctuation after a URL is not part of it ("voir https://x.ma."). */
const URL_TRAILER = /[.,;:!?…)\]'’"]+$/u;

function replace(text: string, pattern: RegExp, edit: (match: RegExpExecArray) => TextEdit | null): TextEdit[] {
  return [...text.matchAll(pattern)].flatMap((match) => edit(match) ?? []);
}

/** Spaces before ; ! ? (narrow) and : (regular), typed or missing. */
const punctuation: Rule = (text) =>
  replace(text, MARK, (match) => {
    const [, spaces = "", mark = ""] = match;
    const start = match.index;
    const end = start + spaces.length;
    const before = text[start - 1];
    const after = text[end + mark.length];
    // "::" and ";;" are code, not prose. At the start of the text or of a line there
    // is nothing to hold on to (the rehype plugin passes a node's neighbours along).
    if (/^[:;]{2}/.test(mark) || before === undefined || NO_SPACE_AFTER.test(before)) return null;
    // Glued on both sides ("12:30", "3:1", "a?b", "localhost:3000"): not French punctuation.
    if (spaces === "" && WORD.test(before) && after !== undefined && WORD.test(after)) return null;
    return { start, end, insert: mark === ":" ? NBSP : NNBSP };
  });

/** « and » get exactly one narrow no-break space inside. */
const guillemets: Rule = (text) => [
  ...replace(text, OPENING_GUILLEMET, (match) => {
    const start = match.index + 1;
    const end = start + (match[1] ?? "").length;
    const after = text[end];
    return after === undefined || /[\n\r»]/.test(after) ? null : { start, end, insert: NNBSP };
  }),
  ...replace(text, CLOSING_GUILLEMET, (match) => {
    const before = text[match.index - 1];
    const end = match.index + (match[1] ?? "").length;
    return before === undefined || /[\n\r«]/.test(before) ? null : { start: match.index, end, insert: NNBSP };
  }),
];

/**
 * Straight double quotes read as « or », same length, so that the other
 * rules see the guillemets (and their inner spaces) they will become. A
 * quote opens after a space or an opening bracket and closes before a space
 * or punctuation; when its neighbours don't tell, it closes the quotation
 * left open. A quote glued between two letters or digits, or closing after
 * a digit with no quotation open (inches, seconds), is left alone.
 */
function resolveQuotes(text: string): string {
  let open = false;
  return text.replace(/"/g, (quote, at: number) => {
    const before = text[at - 1];
    const after = text[at + 1];
    const spaceBefore = before === undefined || BREAK.test(before);
    const spaceAfter = after === undefined || BREAK.test(after);
    const opens = !spaceAfter && (spaceBefore || /[([{\u2013\u2014/-]/.test(before ?? ""));
    const closes = !spaceBefore && (spaceAfter || /[.,;:!?…)\]}\u2013\u2014/-]/.test(after ?? ""));
    if (WORD.test(before ?? "") && WORD.test(after ?? "")) return quote;
    const opening = opens === closes ? !open : opens;
    if (!opening && !open && /\d/.test(before ?? "")) return quote;
    open = opening;
    return opening ? "«" : "»";
  });
}

/** One edit per character that differs between the text and its view. */
function changedCharacters(text: string, view: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let at = 0; at < view.length; at++) {
    if (view[at] !== text[at]) edits.push({ start: at, end: at + 1, insert: view[at] ?? "" });
  }
  return edits;
}

const apostrophes: Rule = (text) => replace(text, APOSTROPHE, (match) => ({ start: match.index, end: match.index + 1, insert: "’" }));

/** Exactly three dots; four, or ". . .", are the editor's choice. */
const ellipsis: Rule = (text) => replace(text, THREE_DOTS, (match) => ({ start: match.index, end: match.index + 3, insert: "…" }));

/**
 * Thousands the editor separated ("12 000", "1 200 000") get the narrow
 * no-break space, as `Intl.NumberFormat("fr")` does. Digits typed without
 * spaces are never split: "2025", "20250 Casablanca" (a postcode), nor are
 * digit groups after a "+" or another group (phone numbers: "+212 522 123 456").
 */
const thousands: Rule = (text) =>
  [...text.matchAll(GROUPED_NUMBER)].flatMap((match) =>
    [...match[0].matchAll(SPACE)].map((space) => {
      const start = match.index + space.index;
      return { start, end: start + 1, insert: NNBSP };
    }),
  );

/** "15 %", "12 km", "20 h 30", "3 millions": the unit never starts a line. */
const units: Rule = (text) => [
  ...replace(text, NUMBER_UNIT, (match) => {
    const [, spaces = "", unit = ""] = match;
    if (spaces === "" && !GLUED_UNITS.has(unit)) return null;
    return { start: match.index, end: match.index + spaces.length, insert: NBSP };
  }),
  ...replace(text, HOUR_MINUTES, (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    insert: NBSP,
  })),
];

const RULES: Rule[] = [punctuation, guillemets, apostrophes, ellipsis, thousands, units];

function protectedRanges(text: string): Array<[number, number]> {
  return PROTECTED.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match): [number, number] => {
      const kept = match[0].replace(URL_TRAILER, "");
      return [match.index, match.index + (kept.length > 0 ? kept.length : match[0].length)];
    }),
  );
}

const touches = (edit: TextEdit, [from, to]: [number, number]) =>
  edit.start === edit.end ? from < edit.start && edit.start < to : edit.start < to && edit.end > from;

/** The edits that make `text` French, sorted and non-overlapping. */
export function typographyEdits(text: string): TextEdit[] {
  const ranges = protectedRanges(text);
  const view = resolveQuotes(text);
  const edits = [...changedCharacters(text, view), ...RULES.flatMap((rule) => rule(view))]
    .filter((edit) => text.slice(edit.start, edit.end) !== edit.insert)
    .filter((edit) => !ranges.some((range) => touches(edit, range)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  for (const edit of edits) {
    const last = kept.at(-1);
    const clash = last && (edit.start < last.end || (edit.start === last.start && edit.start === edit.end));
    if (!clash) kept.push(edit);
  }
  return kept;
}

/** Applies sorted, non-overlapping edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = "";
  let from = 0;
  for (const edit of edits) {
    result += text.slice(from, edit.start) + edit.insert;
    from = edit.end;
  }
  return result + text.slice(from);
}

/** French typography for plain text; idempotent, URLs and e-mails untouched. */
export function frenchTypography(text: string): string {
  return applyEdits(text, typographyEdits(text));
}
