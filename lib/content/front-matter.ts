import type { ContentProblem } from "./errors";
import { parseYaml, type ParsedYaml } from "./yaml";

export interface ParsedFile extends ParsedYaml {
  body: string;
  /** Where the body starts in the source text, in UTF-16 code units. */
  bodyOffset: number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---` front matter from the Markdown body and parses it (see `parseYaml`). */
export function parseFrontMatter(
  source: string,
  file: string,
): { ok: true; value: ParsedFile } | { ok: false; problems: ContentProblem[] } {
  const text = source.replace(/^\uFEFF/, "");
  const match = FENCE.exec(text);
  if (!match) {
    return {
      ok: false,
      problems: [{ file, line: 1, message: "l’en-tête YAML (front matter) entre deux lignes « --- » est absent" }],
    };
  }
  // The front matter starts on line 2, after the opening fence.
  const parsed = parseYaml(match[1] ?? "", file, 2);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: { ...parsed.value, data: parsed.value.data ?? {}, body: text.slice(match[0].length), bodyOffset: source.length - text.length + match[0].length },
  };
}
