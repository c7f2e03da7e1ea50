import { LineCounter, parseDocument, isMap, isScalar, isPair, type Node } from "yaml";

import type { ContentProblem } from "./errors";

export interface ParsedFile {
  data: unknown;
  body: string;
  /** Where the body starts in the source text, in UTF-16 code units. */
  bodyOffset: number;
  /** Line of a top-level (or `parent.child`) key in the whole file, 1-based. */
  lineOf(path: string): number | undefined;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits `---` front matter from the Markdown body and parses it with the
 * YAML 1.2 core schema, under which `2025-04-13T21:30:00+01:00` stays a
 * string: dates are interpreted by the content layer, never by YAML.
 */
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
  const yamlText = match[1] ?? "";
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: "core", lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file,
        // +1: the front matter starts on line 2, after the opening fence.
        line: error.linePos ? error.linePos[0].line + 1 : undefined,
        message: `YAML invalide : ${error.message.split("\n")[0]}`,
      })),
    };
  }

  const lineOf = (path: string): number | undefined => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let line: number | undefined;
    for (const key of path.split(".")) {
      if (!isMap(node)) return line;
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair || !isScalar(pair.key) || !pair.key.range) return line;
      line = lineCounter.linePos(pair.key.range[0]).line;
      node = pair.value as Node | null;
    }
    return line;
  };

  return {
    ok: true,
    value: {
      data: doc.toJS() ?? {},
      body: text.slice(match[0].length),
      bodyOffset: source.length - text.length + match[0].length,
      // The front matter starts on line 2, after the opening fence.
      lineOf: (path) => {
        const line = lineOf(path);
        return line === undefined ? undefined : line + 1;
      },
    },
  };
}
