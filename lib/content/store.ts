import { readdir, stat } from "node:fs/promises";
import path from "node:path";

import { RecentMap } from "../memo";
import { readBody, readSourceFile, type BodySource } from "./body-source";
import { ContentError } from "./errors";
import { parseFrontMatter } from "./front-matter";
import { readChanges } from "./changes";
import { contentRoot, loadContent, type ContentSnapshot } from "./load";
import { readSavedContent, saveContent } from "./saved";
import { differingFiles, scanContent } from "./stamps";
import { renderMarkdown } from "./markdown";
import type { Article, Page } from "./types";
import { isPreview } from "./visibility";

interface Store {
  current?: { key: string; snapshot: Promise<ContentSnapshot> };
  /** The fingerprint of the last walk of the content folder, under `next dev`. */
  recent?: { at: number; fingerprint: Promise<string> };
  renderedBodies: WeakMap<ContentSnapshot, RecentMap<string, string>>;
  /** Where the body of every article and page read by this process is, whichever snapshot it came from. */
  bodySources: WeakMap<Article | Page, BodySource>;
  /** A read of the content has succeeded in this process: it can serve every page. */
  loaded?: true;
}

/**
 * One store per process, on the global object: Next bundles `proxy.ts` and
 * the routes separately, each with its own copy of this module, and two
 * copies held the whole content twice in memory.
 */
const STORE_KEY = Symbol.for("lesinfos.content-store");
const globalStore = globalThis as typeof globalThis & { [STORE_KEY]?: Store };
const store: Store = (globalStore[STORE_KEY] ??= { renderedBodies: new WeakMap(), bodySources: new WeakMap() });

/** Rendered bodies kept per snapshot, most recently rendered last: pages are cached by Next anyway. */
const RENDERED_BODIES_KEPT = 500;

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
 * Under `next dev` one reader's page asks for the content many times (the
 * proxy, metadata, the page, its parts): one walk of the folder serves all
 * the calls of this window, so a large content folder does not slow every
 * reload down. An edit shows on the next reload after it.
 */
export const FINGERPRINT_TTL_MS = 300;
function recentFingerprint(): Promise<string> {
  const now = Date.now();
  if (!store.recent || now - store.recent.at > FINGERPRINT_TTL_MS) store.recent = { at: now, fingerprint: fingerprint() };
  return store.recent.fingerprint;
}

/** `next build` sets this phase in the processes that prerender the pages. */
const isBuild = () => process.env.NEXT_PHASE === "phase-production-build";

/**
 * A production server starts from the content saved by `next build` or by
 * the last server of the same build (saved.ts), and reads again only the
 * files changed since; failing a usable save, it reads everything, then
 * saves it.
 */
async function readContent(): Promise<ContentSnapshot> {
  if (process.env.NODE_ENV !== "production") return loadContent();
  const root = contentRoot();
  if (isBuild()) {
    // Saved under the build's id (saved.ts `buildId`): its first `next start` need not read everything again.
    const snapshot = await loadContent();
    if (snapshot.problems.length === 0) await saveContent(snapshot, root).catch((error: unknown) => console.error("Contenu non sauvegardé :", error));
    return snapshot;
  }
  const saved = await readSavedContent(root);
  if (saved) {
    const changed = differingFiles(saved.stamps, await scanContent(root));
    if (changed.length === 0) return saved.snapshot;
    const update = await readChanges(saved.snapshot, changed);
    const snapshot = update.reloaded ? update.snapshot : { ...update.snapshot, problems: update.refused };
    void saveContent(snapshot, root).catch((error: unknown) => console.error("Contenu non sauvegardé :", error));
    return snapshot;
  }
  const snapshot = await loadContent();
  void saveContent(snapshot, root).catch((error: unknown) => console.error("Contenu non sauvegardé :", error));
  return snapshot;
}

/**
 * The content, read and validated once per process. Any problem makes
 * `next build` stop with every message. Elsewhere broken files are kept
 * aside and the rest of the site keeps working: under `next dev`, which also
 * reads again when a file changes, the problems show in place of the article.
 * They are also logged, once per read: in the editor's terminal under
 * `next dev`, in the server's log when it restarts with a broken file on disk.
 */
export async function getContent(): Promise<ContentSnapshot> {
  const preview = isPreview();
  const key = preview ? await recentFingerprint() : "process";
  if (!store.current || store.current.key !== key) {
    const snapshot = readContent().then((loaded) => {
      store.loaded = true;
      for (const [entry, source] of loaded.bodies) store.bodySources.set(entry, source);
      if (loaded.problems.length > 0) {
        if (isBuild()) throw new ContentError(loaded.problems);
        // Under `next dev` React replays a render's server logs in the browser's console: a warning
        // there, since the page already shows the problem in place; an error in a server's log.
        (preview ? console.warn : console.error)(new ContentError(loaded.problems).message);
      }
      return loaded;
    });
    // A failed read (disk error…) is not kept: the next request tries again.
    snapshot.catch(() => {
      if (store.current?.snapshot === snapshot) store.current = undefined;
    });
    store.current = { key, snapshot };
  }
  return store.current.snapshot;
}

/** Whether this process has read its content (the health check, lib/health.ts), without waiting for a read in progress. */
export function isContentLoaded(): boolean {
  return store.loaded === true;
}

/**
 * A running server's content after some files changed (lib/content/changes.ts):
 * every request from now on reads this one. Rendered bodies of the entries
 * that did not change are carried over.
 */
export function replaceContent(snapshot: ContentSnapshot, changed: Iterable<Article | Page>): void {
  const previous = store.current?.snapshot;
  store.current = { key: "process", snapshot: Promise.resolve(snapshot) };
  const files = new Set<string>();
  for (const entry of changed) {
    files.add(entry.file);
    const source = snapshot.bodies.get(entry);
    if (source) store.bodySources.set(entry, source);
  }
  void previous?.then((old) => {
    const rendered = store.renderedBodies.get(old);
    if (!rendered || store.renderedBodies.has(snapshot)) return;
    const kept = new RecentMap<string, string>(RENDERED_BODIES_KEPT);
    for (const [file, html] of rendered) if (!files.has(file)) kept.set(file, html);
    store.renderedBodies.set(snapshot, kept);
  });
}

/** The file an article or page was read from, with its size and time stamp then: "path:size:mtime". */
export function fileStampOf(entry: Article | Page): string | undefined {
  const source = store.bodySources.get(entry);
  return source && `${source.path}:${source.size}:${source.modified}`;
}

/**
 * The Markdown body of an article or page, read from its file. Under
 * `next dev` the file as it is now, so an edit shows at once; on a running
 * server the file as it was read, or an error if it changed since, so that
 * Next keeps serving the page it has cached until the change is read
 * (lib/publication/ follows the content folder).
 */
export async function bodyMarkdown(entry: Article | Page): Promise<string> {
  const source = store.bodySources.get(entry);
  if (!source) throw new Error(`${entry.file} : absent du contenu lu par ce processus`);
  if (!isPreview()) return readBody(source);
  const parsed = parseFrontMatter((await readSourceFile(source.path)).text, source.file);
  if (!parsed.ok) throw new ContentError(parsed.problems);
  return parsed.value.body;
}

/** Sanitized HTML of a body, rendered once per snapshot (the last RENDERED_BODIES_KEPT kept). */
export async function renderedBody(entry: Article | Page): Promise<string> {
  const snapshot = await getContent();
  let bodies = store.renderedBodies.get(snapshot);
  if (!bodies) store.renderedBodies.set(snapshot, (bodies = new RecentMap(RENDERED_BODIES_KEPT)));
  let html = bodies.get(entry.file);
  if (html === undefined) bodies.set(entry.file, (html = renderMarkdown(await bodyMarkdown(entry))));
  return html;
}
