/**
 * Markdown to the words a reader sees, by pattern rather than by parsing:
 * the index reads every body of the newsroom at once, and a full Markdown
 * parse (remark) costs about a millisecond per article, fifty times more.
 * An approximation is enough here: the text is only indexed and quoted in
 * excerpts, never rendered.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi;

function decodeEntity(entity: string, name: string): string {
  if (!name.startsWith("#")) return ENTITIES[name.toLowerCase()] ?? entity;
  const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : " ";
}

/** Raw HTML the sanitizer removes with its content, or that shows nothing. */
const HIDDEN_HTML = /<(script|style|iframe|noscript|template|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HTML_TAG = /<\/?([a-z][a-z0-9-]*)(?:\s[^<>]*)?\/?>/gi;
/** Tags that sit inside a line: no word break where they were. */
const INLINE_TAGS = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "del",
  "em",
  "i",
  "ins",
  "kbd",
  "mark",
  "q",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "u",
]);
const stripTag = (_: string, name: string) => (INLINE_TAGS.has(name.toLowerCase()) ? "" : " ");

const FENCE = /^ {0,3}(?:`{3,}|~{3,}).*$/gm;
const LINK_DEFINITION = /^ {0,3}\[(?!\^)[^\]\n]+\]:\s*\S+(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*$/gm;
const FOOTNOTE_LABEL = /^ {0,3}\[\^[^\]\n]+\]:/gm;
const FOOTNOTE_CALL = /\[\^[^\]\n]+\]/g;
const IMAGE = /!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?/g;
const INLINE_LINK = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const REFERENCE_LINK = /\[([^\]\n]*)\]\[[^\]\n]*\]/g;
const AUTOLINK = /<((?:https?|mailto|tel):[^<>\s]*)>/gi;
const THEMATIC_BREAK = /^ {0,3}(?:(?:[-*_] *){3,}|=+ *)$/gm;
const TABLE_DELIMITER = /^ *\|? *:?-+:? *(?:\| *:?-+:? *)*\|? *$/gm;
/** An ATX heading: its text is kept apart from the paragraph after it (« … marocaine — La délégation… »). */
const HEADING = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/gm;
const HEADING_SEPARATOR = " —";
const LINE_MARKERS = /^ {0,3}(?:(?:>\s?)+|#{1,6}(?=\s|$)|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)*/gm;
const CLOSING_HASHES = /\s#+\s*$/gm;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const EMPHASIS = /\*+|~~|`+/g;
const ESCAPED_PLACEHOLDER = /\u0000(\d+)\u0000/g;
// Line breaks and tabs, but not the no-break spaces of French typography.
const SPACES = /[\t\n\v\f\r \u0085\u2028\u2029]+/g;
// Underscores only around words: "_mot_" loses them, "nom_de_code" keeps them.
const UNDERSCORES = /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;

/**
 * The words a reader sees in a Markdown body, on one line: Markdown syntax,
 * HTML tags, scripts, images, link targets and footnote calls left out;
 * each heading followed by « — ».
 */
export function markdownToPlainText(markdown: string): string {
  // Escaped characters are set aside first, so "\*" stays a star.
  const escaped: string[] = [];
  return markdown
    .replace(/\r\n?/g, "\n")
    .replace(/\u0000/g, "")
    .replace(ESCAPE, (_, character: string) => `\u0000${escaped.push(character) - 1}\u0000`)
    .replace(HTML_COMMENT, " ")
    .replace(HIDDEN_HTML, " ")
    .replace(AUTOLINK, " $1 ")
    .replace(HTML_TAG, stripTag)
    .replace(FENCE, " ")
    .replace(LINK_DEFINITION, " ")
    .replace(FOOTNOTE_LABEL, " ")
    .replace(FOOTNOTE_CALL, "")
    .replace(IMAGE, " ")
    .replace(INLINE_LINK, "$1")
    .replace(REFERENCE_LINK, "$1")
    .replace(TABLE_DELIMITER, " ")
    .replace(THEMATIC_BREAK, " ")
    .replace(HEADING, `$1${HEADING_SEPARATOR}`)
    .replace(LINE_MARKERS, "")
    .replace(CLOSING_HASHES, "")
    .replace(/\|/g, " ")
    .replace(EMPHASIS, "")
    .replace(UNDERSCORES, "")
    .replace(ESCAPED_PLACEHOLDER, (_, i: string) => escaped[Number(i)] ?? "")
    .replace(ENTITY, decodeEntity)
    .replace(SPACES, " ")
    .trim()
    .replace(/ —$/, "");
}
