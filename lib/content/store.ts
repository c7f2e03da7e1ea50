import { readdir, stat } from "node:fs/promises";
import path from "node:path";

import { ContentError } from "./errors";
import { contentRoot, loadContent, type ContentSnapshot } from "./load";
import { renderMarkdown } from "./markdown";
import { isPreview } from "./visibility";

let current: { key: string; snapshot: Promise<ContentSnapshot> } | undefined;
const renderedBodies = new WeakMap<ContentSnapshot, Map<string, string>>();

/** Size and modification time of every content file: changes under `next dev`. */
async function fingerprint(): Promise<string> {
  const parts: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        const info = await stat(full).catch(() => null);
        if (info) parts.push(`${full}:${info.size}:${info.mtimeMs}`);
      }
    }
  };
  await walk(contentRoot());
  return parts.join("|");
}

/**
 * The content, read and validated once per process. Under `next dev` it is
 * read again when a file changes, and broken files are kept aside so the
 * rest of the site keeps working; elsewhere any problem fails loudly, which
 * makes `next build` stop with every message.
 */
export async function getContent(): Promise<ContentSnapshot> {
  const preview = isPreview();
  const key = preview ? await fingerprint() : "process";
  if (!current || current.key !== key) {
    const snapshot = loadContent().then((loaded) => {
      if (!preview && loaded.problems.length > 0) throw new ContentError(loaded.problems);
      return loaded;
    });
    current = { key, snapshot };
  }
  return current.snapshot;
}

/** Sanitized HTML of a Markdown body, rendered once per snapshot. */
export async function renderedBody(cacheKey: string, markdown: string): Promise<string> {
  const snapshot = await getContent();
  let bodies = renderedBodies.get(snapshot);
  if (!bodies) renderedBodies.set(snapshot, (bodies = new Map()));
  let html = bodies.get(cacheKey);
  if (html === undefined) bodies.set(cacheKey, (html = renderMarkdown(markdown)));
  return html;
}
