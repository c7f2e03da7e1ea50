import { CST, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Parser, visit, type Node, type YAMLError } from "yaml";

import type { ContentProblem } from "./errors";

export interface ParsedYaml {
  data: unknown;
  /** Line in the file of a key (`image.alt`, `0.id`: list items by index), 1-based. */
  lineOf(path: string): number | undefined;
}

/** What went wrong, in the editors' words; the line is within the YAML text, 1-based. */
interface Explained {
  line: number;
  message: string;
}

const lineText = (text: string, line: number) => text.split(/\r?\n/)[line - 1] ?? "";

/**
 * An opening quote or bracket never closed: the YAML library reports it where
 * it gave up (often the end of the text), the editor needs the line it opens on.
 */
function unclosedOpening(text: string, lines: LineCounter): Explained | undefined {
  let found: { offset: number; message: string } | undefined;
  const keep = (offset: number, message: string) => {
    if (!found || offset < found.offset) found = { offset, message };
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== "document") continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (node?.type === "double-quoted-scalar" || node?.type === "single-quoted-scalar") {
          const quote = node.source[0] ?? "";
          const source = node.source.trimEnd();
          if (source.length < 2 || !source.endsWith(quote)) {
            keep(node.offset, `le guillemet ${quote} ouvert sur cette ligne n’est jamais fermé`);
          }
        } else if (node?.type === "flow-collection") {
          const [open, close] = node.start.source === "[" ? ["[", "]"] : ["{", "}"];
          if (!node.end.some((end) => end.source === close)) keep(node.offset, `le « ${open} » ouvert sur cette ligne n’est jamais fermé par « ${close} »`);
        }
      }
    });
  }
  return found && { line: lines.linePos(found.offset).line, message: found.message };
}

/** What the library's MISSING_CHAR messages lack, in the editors' words. */
const MISSING: [RegExp, string][] = [
  [/without - indicator/, "élément de liste sans tiret « - », ou indentation incorrecte"],
  [/Implicit map keys/, "deux-points manquant après la clé (« clé: valeur »)"],
  [/Missing closing/, "guillemet jamais fermé"],
  [/Missing ,/, "virgule manquante entre deux éléments entre crochets"],
  [/Missing space after :/, "espace manquante après « : »"],
  [/Comments must be separated/, "« # » collé à ce qui précède : mettez une espace avant le commentaire, ou le texte entre guillemets"],
];

/** The first error, translated: the ones after it are most often its consequences. */
function explain(errors: readonly YAMLError[], text: string, lines: LineCounter): Explained {
  const unclosed = unclosedOpening(text, lines);
  if (unclosed) return unclosed;
  // A line indented deeper than the key above it shows as two errors at the same place: the second says more.
  const [first, second] = errors;
  const error = first?.code === "BLOCK_AS_IMPLICIT_KEY" && second?.code === "MULTILINE_IMPLICIT_KEY" && second.pos[0] === first.pos[0] ? second : first;
  const line = error?.linePos?.[0].line ?? 1;
  const at = (message: string, where = line): Explained => ({ line: where, message });
  switch (error?.code) {
    case "DUPLICATE_KEY": {
      const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(lineText(text, line))?.[1];
      return at(key ? `clé « ${key} » en double` : "clé en double");
    }
    case "TAB_AS_INDENT":
      return at("tabulation dans l’indentation : indentez avec des espaces");
    case "BLOCK_AS_IMPLICIT_KEY":
      return at("« : » suivi d’une espace dans une valeur : mettez la valeur entre guillemets");
    case "MULTILINE_IMPLICIT_KEY":
      // `clé: valeur` then a line indented deeper, or a key written without its colon.
      return lineText(text, line).includes(":")
        ? at("ligne plus indentée que la précédente : alignez les clés d’un même niveau", line + 1)
        : at("deux-points manquant après la clé (« clé: valeur »)");
    case "BAD_INDENT":
      return at("indentation incorrecte : alignez les clés d’un même niveau");
    case "MISSING_CHAR":
      return at(MISSING.find(([pattern]) => pattern.test(error.message))?.[1] ?? "caractère manquant : vérifiez les guillemets, virgules et deux-points");
    case "BAD_SCALAR_START":
      return at(`une valeur ne peut pas commencer par « ${text[error.pos[0]] ?? ""} » : mettez-la entre guillemets`);
    case "BAD_DQ_ESCAPE":
      return at("barre oblique inverse « \\ » entre guillemets doubles : doublez-la (« \\\\ ») ou utilisez des guillemets simples");
    case "UNEXPECTED_TOKEN":
      // `'L'eau'` or `"Il a dit "non""`: a quote inside the text ends the value early.
      return /["']/.test(lineText(text, line))
        ? at("texte après le guillemet fermant : dans le texte, écrivez l’apostrophe ’ et les guillemets « »")
        : at("texte inattendu : vérifiez l’espace après « - » et « : », et l’indentation");
    case "BAD_ALIAS":
      return at("alias « * » inconnu : mettez la valeur entre guillemets");
    default:
      return at("syntaxe incorrecte");
  }
}

/**
 * Parses YAML with the 1.2 core schema, under which `2025-04-13T21:30:00+01:00`
 * stays a string: dates are interpreted by the content layer, never by YAML.
 * `firstLine` is the line of the file the text starts on (after a `---` fence).
 */
export function parseYaml(
  text: string,
  file: string,
  firstLine = 1,
): { ok: true; value: ParsedYaml } | { ok: false; problems: ContentProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: "core", lineCounter: lines, uniqueKeys: true });
  const invalid = (explained: Explained) => ({
    ok: false as const,
    problems: [{ file, line: explained.line + firstLine - 1, message: `YAML invalide : ${explained.message}` }],
  });
  if (doc.errors.length > 0) return invalid(explain(doc.errors, text, lines));
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    // An alias (`*nom`) without its anchor, or one repeated past the library's limit.
    let offset = 0;
    visit(doc, { Alias: (_, alias) => ((offset = alias.range?.[0] ?? 0), visit.BREAK) });
    return invalid({ line: lines.linePos(offset).line, message: "alias « * » inconnu ou trop répété : mettez la valeur entre guillemets" });
  }

  const lineOf = (path: string): number | undefined => {
    let node: Node | null | undefined = doc.contents as Node | null;
    let line: number | undefined;
    for (const key of path.split(".")) {
      let next: Node | null | undefined;
      let start: number | undefined;
      if (isSeq(node)) {
        next = node.items[Number(key)] as Node | undefined;
        start = next?.range?.[0];
      } else if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        next = pair?.value as Node | null | undefined;
        start = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      }
      if (start === undefined) return line;
      line = lines.linePos(start).line + firstLine - 1;
      node = next;
    }
    return line;
  };
  return { ok: true, value: { data, lineOf } };
}
