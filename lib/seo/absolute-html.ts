import type { Element, Root } from "hast";
import rehypeRaw from "rehype-raw";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const URL_ATTRIBUTES = ["href", "src", "poster"] as const;

/**
 * Feed readers show an article away from the site: links and images to
 * `/…` must carry the site's address, and in-page anchors (`#note-1`) the
 * article's. The HTML is parsed rather than searched, so text that merely
 * looks like an attribute is left alone.
 */
function absoluteUrls(options: { pageUrl: string }) {
  const page = new URL(options.pageUrl);
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      for (const name of URL_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value !== "string") continue;
        if ((value.startsWith("/") && !value.startsWith("//")) || value.startsWith("#")) {
          node.properties[name] = new URL(value, page).toString();
        }
      }
    });
  };
}

/** `html` with its site-relative URLs made absolute against `pageUrl`. */
export function absolutizeHtml(html: string, pageUrl: string): string {
  const pipeline = unified().use(rehypeRaw).use(absoluteUrls, { pageUrl }).use(rehypeStringify);
  const tree: Root = { type: "root", children: [{ type: "raw", value: html }] };
  return pipeline.stringify(pipeline.runSync(tree));
}
