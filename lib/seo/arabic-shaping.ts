/**
 * Arabic for Satori, the renderer behind `next/og`. It neither joins the
 * letters of Noto Naskh Arabic (whose joining forms it cannot read) nor
 * orders right-to-left words: a word or two of Arabic in a headline would
 * come out as isolated letters in the wrong order. So the text is shaped
 * here: each letter becomes its Unicode presentation form (isolated,
 * final, initial or medial; lam-alef as one ligature), which the font
 * draws directly, and each run of Arabic is put in visual order.
 */

/** Letters joining on both sides: their four forms follow the isolated one (isolated, final, initial, medial). */
const DUAL_JOINING = new Map<number, number>([
  [0x0626, 0xfe89],
  [0x0628, 0xfe8f],
  [0x062a, 0xfe95],
  [0x062b, 0xfe99],
  [0x062c, 0xfe9d],
  [0x062d, 0xfea1],
  [0x062e, 0xfea5],
  [0x0633, 0xfeb1],
  [0x0634, 0xfeb5],
  [0x0635, 0xfeb9],
  [0x0636, 0xfebd],
  [0x0637, 0xfec1],
  [0x0638, 0xfec5],
  [0x0639, 0xfec9],
  [0x063a, 0xfecd],
  [0x0641, 0xfed1],
  [0x0642, 0xfed5],
  [0x0643, 0xfed9],
  [0x0644, 0xfedd],
  [0x0645, 0xfee1],
  [0x0646, 0xfee5],
  [0x0647, 0xfee9],
  [0x064a, 0xfef1],
]);

/** Letters joining only the letter before them: isolated and final forms. */
const RIGHT_JOINING = new Map<number, number>([
  [0x0622, 0xfe81],
  [0x0623, 0xfe83],
  [0x0624, 0xfe85],
  [0x0625, 0xfe87],
  [0x0627, 0xfe8d],
  [0x0629, 0xfe93],
  [0x062f, 0xfea9],
  [0x0630, 0xfeab],
  [0x0631, 0xfead],
  [0x0632, 0xfeaf],
  [0x0648, 0xfeed],
  [0x0649, 0xfeef],
]);

const HAMZA = 0x0621;
const HAMZA_FORM = 0xfe80;
const LAM = 0x0644;
/** Lam followed by these alefs: one ligature, isolated form (final is the next code point). */
const LAM_ALEF = new Map<number, number>([
  [0x0622, 0xfef5],
  [0x0623, 0xfef7],
  [0x0625, 0xfef9],
  [0x0627, 0xfefb],
]);
const TATWEEL = 0x0640;

/** Vowel marks and other signs that sit on a letter without breaking its joins. */
function isMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670;
}

/** The next letter, skipping marks, as a code point. */
function neighbour(codes: number[], from: number, step: 1 | -1): number | undefined {
  for (let i = from + step; i >= 0 && i < codes.length; i += step) {
    const code = codes[i]!;
    if (!isMark(code)) return code;
  }
  return undefined;
}

const joinsNext = (code: number | undefined) => code !== undefined && (DUAL_JOINING.has(code) || code === TATWEEL);
const joinsPrevious = (code: number | undefined) =>
  code !== undefined && (DUAL_JOINING.has(code) || RIGHT_JOINING.has(code) || code === TATWEEL);

/** Letters to presentation forms, in logical order. */
export function presentationForms(text: string): string {
  const codes = [...text].map((char) => char.codePointAt(0)!);
  const out: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    const joined = joinsNext(neighbour(codes, i, -1));
    const next = neighbour(codes, i, 1);
    const ligature = code === LAM && next !== undefined ? LAM_ALEF.get(next) : undefined;
    if (ligature !== undefined) {
      out.push(ligature + (joined ? 1 : 0));
      // Marks on the lam stay, the alef is part of the ligature.
      while (isMark(codes[i + 1] ?? 0)) out.push(codes[++i]!);
      i++;
      continue;
    }
    const dual = DUAL_JOINING.get(code);
    const right = RIGHT_JOINING.get(code);
    if (dual !== undefined) {
      const joinsAfter = joinsPrevious(next);
      out.push(dual + (joined ? (joinsAfter ? 3 : 1) : joinsAfter ? 2 : 0));
    } else if (right !== undefined) {
      out.push(right + (joined ? 1 : 0));
    } else if (code === HAMZA) {
      out.push(HAMZA_FORM);
    } else {
      out.push(code);
    }
  }
  return String.fromCodePoint(...out);
}

/** A run of Arabic words: letters, marks and Arabic punctuation, with the spaces between them. */
const ARABIC_RUN =
  /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff](?:[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff\s]*[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff])?/gu;
const graphemes = new Intl.Segmenter("ar", { granularity: "grapheme" });

/** Shaped Arabic runs in visual (left-to-right) order, each letter kept with its marks; other text unchanged. */
export function shapeArabic(text: string): string {
  return text.replace(ARABIC_RUN, (run) =>
    [...graphemes.segment(presentationForms(run))]
      .map(({ segment }) => segment)
      .reverse()
      .join(""),
  );
}
