import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

import { t } from "../strings";

const ALIGNMENTS = new Set(["left", "center", "right"]);

/**
 * Tables valid and readable at 320 px. GFM writes a column's alignment as
 * `align` on its cells, obsolete in HTML: it becomes a class
 * (`align-right`, styled in app/globals.css), and `align` is dropped
 * everywhere else. Each table sits in a region that scrolls sideways
 * instead of widening the page; whether it will scroll depends on the
 * reader's screen, so the region is always named and reachable with the
 * keyboard (tabindex 0), the way a scrolling area must be.
 */
export function rehypeTables() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, "element", (node: Element, index, parent) => {
      const align = node.properties.align;
      if (align !== undefined) {
        delete node.properties.align;
        if ((node.tagName === "td" || node.tagName === "th") && typeof align === "string" && ALIGNMENTS.has(align)) {
          node.properties.className = [`align-${align}`];
        }
      }
      if (node.tagName !== "table" || !parent || index === undefined) return;
      count += 1;
      parent.children[index] = {
        type: "element",
        // A named <section> is a region landmark: what a scrolling area reachable by keyboard must be.
        tagName: "section",
        properties: { className: ["table-scroll"], tabIndex: 0, ariaLabel: t.tableRegion(count) },
        children: [node],
      };
    });
  };
}
