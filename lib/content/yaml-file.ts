import { LineCounter, parseDocument, type Document } from "yaml";

import type { ContentProblem } from "./errors";

/**
 * A YAML registry file parsed with the core schema (dates stay strings), its
 * syntax errors reported with their line; null when there are any.
 */
export function parseYamlFile(source: string, file: string, problems: ContentProblem[]): { doc: Document; lineCounter: LineCounter } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { schema: "core", lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length === 0) return { doc, lineCounter };
  for (const error of doc.errors) {
    problems.push({ file, line: error.linePos?.[0].line, message: `YAML invalide : ${error.message.split("\n")[0]}` });
  }
  return null;
}
