import type { Element, ElementContent, Root, RootContent, Text } from "hast";

import { applyEdits, typographyEdits, type TextEdit } from "../typography";

/**
 * Elements whose text flows on the same line as their neighbours: the text
 * of `Pourquoi <em>lui</em> ?` is read as one string, so the space before
 * "?" is fixed even though it sits in another node than "lui".
 */
const INLINE = new Set([
  "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "img", "ins",
  "kbd", "mark", "math", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "svg", "time", "u", "var",
]);

/**
 * Text that is not French prose. `sup` and `sub` are footnote calls and
 * exponents ("m<sup>2</sup>", "XXI<sup>e</sup>"), kept as they are.
 */
const UNTOUCHED = new Set(["code", "pre", "kbd", "samp", "script", "style", "textarea", "sup", "sub", "math", "svg"]);

/**
 * Stands for an untouched inline element in a run's text: a visible
 * character ("voir <code>x</code> ?" still gets its space) that no edit crosses.
 */
const OPAQUE = "\ufffc";

interface Piece {
  node: Text | undefined;
  start: number;
  end: number;
}

/** The text of one line of flow (a paragraph, a heading, a cell…) and where each node sits in it. */
interface Run {
  text: string;
  pieces: Piece[];
}

function textOf(node: Element | ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textOf).join("") : "";
}

const bare = (url: string) => url.replace(/^(?:https?:\/\/|mailto:)/i, "");

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url; // A malformed escape: compare the address as written.
  }
}

/** A link whose text is its own address (GFM autolinks, `<https://…>`). */
function isAutolink(element: Element): boolean {
  const href = element.properties.href;
  if (element.tagName !== "a" || typeof href !== "string") return false;
  const label = bare(textOf(element).trim());
  return label === bare(href) || label === bare(safeDecode(href));
}

/** A passage marked as another language (`<span lang="en">`, `<span lang="ar">`). */
function isForeign(element: Element): boolean {
  const lang = element.properties.lang;
  return typeof lang === "string" && lang !== "" && !/^fr(?:-|$)/i.test(lang);
}

function collectRuns(tree: Root): Run[] {
  const runs: Run[] = [];
  let run: Run = { text: "", pieces: [] };
  const push = (value: string, node?: Text) => {
    run.pieces.push({ node, start: run.text.length, end: run.text.length + value.length });
    run.text += value;
  };
  const flush = () => {
    if (run.pieces.some((piece) => piece.node)) runs.push(run);
    run = { text: "", pieces: [] };
  };
  const walk = (children: Array<RootContent | ElementContent>) => {
    for (const child of children) {
      if (child.type === "text") push(child.value, child);
      if (child.type !== "element") continue; // comments and doctypes are not read
      const skipped = UNTOUCHED.has(child.tagName) || isAutolink(child) || isForeign(child);
      if (!INLINE.has(child.tagName)) {
        flush();
        if (!skipped) walk(child.children);
        flush();
      } else if (child.tagName === "br") push("\n");
      else if (skipped || child.tagName === "img") push(OPAQUE);
      else walk(child.children);
    }
  };
  walk(tree.children);
  flush();
  return runs;
}

/**
 * Where an edit of the run's text lands. An insertion between two nodes goes
 * to the side of the mark it spaces: before "?" into the node holding "?"
 * (outside `<em>mot</em>`), after "«" into the node holding "«".
 */
function place(run: Run, edit: TextEdit): Array<[Text, TextEdit]> {
  const { start, end, insert } = edit;
  if (start === end) {
    const inside = run.pieces.find((piece) => piece.start < start && start < piece.end);
    const left = run.pieces.find((piece) => piece.node && piece.end === start);
    const right = run.pieces.find((piece) => piece.node && piece.start === start);
    const towardsWord = /[\p{L}\p{N}]/u.test(run.text[start] ?? "");
    const target = inside ?? (towardsWord ? (left ?? right) : (right ?? left));
    return target?.node ? [[target.node, { start: start - target.start, end: start - target.start, insert }]] : [];
  }
  const touched = run.pieces.filter((piece) => piece.start < end && piece.end > start);
  if (touched.some((piece) => !piece.node)) return [];
  return touched.flatMap((piece, index): Array<[Text, TextEdit]> => {
    if (!piece.node) return [];
    const from = Math.max(start, piece.start) - piece.start;
    const to = Math.min(end, piece.end) - piece.start;
    // The replacement goes to the first node; the others only lose their part.
    return [[piece.node, { start: from, end: to, insert: index === 0 ? insert : "" }]];
  });
}

/**
 * French typography (see `lib/typography.ts`) on the text of an HTML tree.
 * Never in attributes, in code, preformatted text, scripts, styles, form
 * fields, exponents, autolinks, or passages marked in another language.
 */
export function rehypeFrenchTypography() {
  return (tree: Root) => {
    for (const run of collectRuns(tree)) {
      const byNode = new Map<Text, TextEdit[]>();
      for (const edit of typographyEdits(run.text)) {
        for (const [node, local] of place(run, edit)) {
          byNode.set(node, [...(byNode.get(node) ?? []), local]);
        }
      }
      for (const [node, edits] of byNode) node.value = applyEdits(node.value, edits);
    }
  };
}
