import type { Element, Root, Text } from "hast";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";

import { frenchTypography } from "../typography";
import { rehypeFrenchTypography } from "./rehype-typography";

// \u202f is the narrow no-break space, \u00a0 the no-break space.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeFrenchTypography)
  .use(rehypeStringify)
  .freeze();

const render = (markdown: string) => String(processor.processSync(markdown)).trim();

const text = (value: string): Text => ({ type: "text", value });
const element = (tagName: string, children: Element["children"], properties: Element["properties"] = {}): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});

describe("rehypeFrenchTypography", () => {
  it.each([
    ["Pourquoi? Parce que: « non »", "<p>Pourquoi\u202f? Parce que\u00a0: «\u202fnon\u202f»</p>"],
    ['Il a dit "non"... puis l\'a répété !', "<p>Il a dit «\u202fnon\u202f»… puis l’a répété\u202f!</p>"],
    ["# Ports : le trafic en hausse de 9 %", "<h1>Ports\u00a0: le trafic en hausse de 9\u00a0%</h1>"],
    ["## Faut-il y croire?", "<h2>Faut-il y croire\u202f?</h2>"],
    ["| Ville | Hausse |\n|---|---|\n| Rabat | 12 % |", "<td>12\u00a0%</td>"],
  ])("applies the rules to paragraphs, headings and cells: %j", (markdown, expected) => {
    expect(render(markdown)).toContain(expected);
  });

  it("leaves inline and fenced code alone", () => {
    expect(render("Tapez `a?b` : voilà")).toBe("<p>Tapez <code>a?b</code>\u00a0: voilà</p>");
    const fenced = "```js\nconst x = a ? \"b\" : 'c'; // ...\n```";
    expect(render(fenced)).toBe(
      "<pre><code class=\"language-js\">const x = a ? \"b\" : 'c'; // ...\n</code></pre>",
    );
  });

  it("changes link text but never an address or an attribute", () => {
    expect(render('[Lire ici?](https://x.ma/?a=1 "Pourquoi?")')).toBe(
      '<p><a href="https://x.ma/?a=1" title="Pourquoi?">Lire ici\u202f?</a></p>',
    );
  });

  it("leaves autolinks alone", () => {
    expect(render("Source : https://x.ma/l'eau?a=1.")).toBe(
      '<p>Source\u00a0: <a href="https://x.ma/l&#x27;eau?a=1">https://x.ma/l\'eau?a=1</a>.</p>',
    );
    expect(render("Écrire à <redaction@lesinfos.ma> !")).toBe(
      '<p>Écrire à <a href="mailto:redaction@lesinfos.ma">redaction@lesinfos.ma</a>\u202f!</p>',
    );
  });

  it("recognizes an autolink by its text, even without a scheme", () => {
    const link = element("a", [text("x.ma/l'eau")], { href: "https://x.ma/l'eau" });
    const tree: Root = { type: "root", children: [element("p", [link, text(" ?")])] };
    rehypeFrenchTypography()(tree);
    expect(tree.children[0]).toEqual(element("p", [link, text("\u202f?")]));
  });

  it("spaces punctuation that follows an inline element", () => {
    expect(render("C’est *vrai* ?")).toBe("<p>C’est <em>vrai</em>\u202f?</p>");
    expect(render("C’est *vrai*?")).toBe("<p>C’est <em>vrai</em>\u202f?</p>");
    expect(render("Un **record**: 15%")).toBe("<p>Un <strong>record</strong>\u00a0: 15\u00a0%</p>");
    expect(render("Voir `npm test`!")).toBe("<p>Voir <code>npm test</code>\u202f!</p>");
  });

  it("puts guillemets and their spaces outside the emphasis", () => {
    expect(render('"*mot*"')).toBe("<p>«\u202f<em>mot</em>\u202f»</p>");
    expect(render("«*mot*»")).toBe("<p>«\u202f<em>mot</em>\u202f»</p>");
    expect(render("l'*eau*")).toBe("<p>l’<em>eau</em></p>");
  });

  it("fixes a space typed at the end of the previous node", () => {
    const paragraph = (word: string) => element("p", [element("em", [text(word)]), text("?")]);
    const tree: Root = { type: "root", children: [paragraph("mot ")] };
    rehypeFrenchTypography()(tree);
    expect(tree.children[0]).toEqual(paragraph("mot\u202f"));
  });

  it("does not join paragraphs, nor touch passages in another language", () => {
    expect(render("Fin\n\n? Début")).toBe("<p>Fin</p>\n<p>? Début</p>");
    const english = element("span", [text("Why?")], { lang: "en" });
    const tree: Root = { type: "root", children: [element("p", [text("Il dit "), english, text(" ?")])] };
    rehypeFrenchTypography()(tree);
    expect(tree.children[0]).toEqual(element("p", [text("Il dit "), english, text("\u202f?")]));
  });

  it("gives a paragraph the typography of its text, wherever the emphasis falls", () => {
    const sentence = 'Il dit "oui"... l\'an 2 : 12 000 km à 20 h 30 ?!';
    const expected = frenchTypography(sentence);
    for (let from = 0; from <= sentence.length; from++) {
      for (let to = from; to <= sentence.length; to++) {
        const em = element("em", [text(sentence.slice(from, to))]);
        const paragraph = element("p", [text(sentence.slice(0, from)), em, text(sentence.slice(to))]);
        rehypeFrenchTypography()({ type: "root", children: [paragraph] });
        const result = paragraph.children.map((child) => (child.type === "element" ? child.children : [child])).flat();
        expect(result.map((node) => (node.type === "text" ? node.value : "")).join(""), `${from}–${to}`).toBe(expected);
      }
    }
  });

  it("is idempotent", () => {
    const toTree = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeFrenchTypography);
    const toHtml = unified().use(rehypeStringify);
    const tree = toTree.runSync(toTree.parse('Le "*port*", *dit-il*: 12 000 t ? Oui!... «*Non*»')) as Root;
    const once = toHtml.stringify(tree);
    rehypeFrenchTypography()(tree);
    expect(toHtml.stringify(tree)).toBe(once);
  });
});
