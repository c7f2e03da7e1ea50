import type { Element, Root } from "hast";
import rehypeExternalLinks from "rehype-external-links";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

import { rehypeTables } from "./rehype-tables";
import { rehypeFrenchTypography } from "./rehype-typography";

/**
 * GitHub's sanitizing rules (no <script>, <style>, <iframe>, event handlers
 * or javascript: URLs), plus the language attributes editors need for
 * passages in Arabic or another language.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    "*": [...(defaultSchema.attributes?.["*"] ?? []), "lang", "dir"],
  },
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto", "tel"] },
};

/** The page owns the only <h1>: headings in a body start at level 2. */
function demoteTopHeadings() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "h1") node.tagName = "h2";
    });
  };
}

/**
 * The sanitizer prefixes every id with `user-content-` (against DOM
 * clobbering); in-page links such as footnote references follow it.
 */
function followPrefixedAnchors() {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, "element", (node: Element) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== "a" || typeof href !== "string" || !href.startsWith("#")) return;
      const target = decodeURIComponent(href.slice(1));
      if (!ids.has(target) && ids.has(`user-content-${target}`)) node.properties.href = `#user-content-${target}`;
    });
  };
}

/** Images in a body load lazily and never block the article's text. */
function lazyImages() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "img") {
        node.properties.loading = "lazy";
        node.properties.decoding = "async";
      }
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, {
    allowDangerousHtml: true,
    clobberPrefix: "", footnoteLabel: "Notes",
    footnoteBackLabel: "Retour au texte",
  })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(followPrefixedAnchors)
  .use(demoteTopHeadings)
  .use(lazyImages)
  .use(rehypeTables)
  .use(rehypeSlug)
  // After the slugs: heading ids stay made of the words the editor typed.
  .use(rehypeFrenchTypography)
  .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"] })
  .use(rehypeStringify)
  .freeze();

/** Markdown (CommonMark + GFM) to sanitized HTML. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
