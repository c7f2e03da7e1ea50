/**
 * A running server's content, updated by the files that changed: only those
 * are read and validated, the rest of the snapshot is kept as it is.
 */
import path from "node:path";

import { recordDelta } from "../memo";
import { readBody, type BodySource } from "./body-source";
import type { ContentProblem } from "./errors";
import {
  defaultLocation,
  display,
  loadContent,
  readAlerts,
  readArticle,
  readPage,
  type ContentLocation,
  type ContentSnapshot,
} from "./load";
import { articleBySlug } from "./groups";
import { withChanges } from "./order";
import type { Article, Page } from "./types";
import { readUne, UNE_FILE } from "./une";

/** One article or page file before and after: no `before` for a new file, no `after` for a withdrawn one. */
export interface EntryChange<T> {
  slug: string;
  before?: T;
  after?: T;
}

export interface ContentUpdate {
  snapshot: ContentSnapshot;
  articles: EntryChange<Article>[];
  pages: EntryChange<Page>[];
  /** `authors.yaml` or `rubriques.yaml` changed: every file was read again, every entry may have changed. */
  reloaded: boolean;
  /** A file of `alertes/` changed: the alerts were read again (every page shows them). */
  alertsChanged: boolean;
  /** `une.yaml` changed: the editors' picks for the home were read again. */
  uneChanged: boolean;
  /** Problems of the files whose new version was refused: their previous version stays online. */
  refused: ContentProblem[];
  /** Files that changed again while they were read, to read once more. */
  unsettled: string[];
}

const REGISTRIES = new Set(["authors.yaml", "rubriques.yaml"]);

/** What a content file is, from its path: the folders and names `loadContent` reads. */
export function contentFileKind(root: string, absolute: string): "article" | "page" | "alert" | "une" | "registry" | null {
  const relative = path.relative(root, absolute);
  if (REGISTRIES.has(relative)) return "registry";
  if (relative === UNE_FILE) return "une";
  const [folder, name, ...rest] = relative.split(path.sep);
  if (rest.length > 0 || !name?.endsWith(".md") || name.startsWith(".")) return null;
  if (folder === "alertes") return "alert";
  return folder === "articles" ? "article" : folder === "pages" ? "page" : null;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === "ENOENT";

type Read<T> =
  | { kind: "valid"; entry: T; body: BodySource }
  | { kind: "missing" }
  | { kind: "refused"; problems: ContentProblem[] }
  | { kind: "unsettled" };

/** One file read and validated, its body kept with it (see `BodySource.text`). */
async function readEntry<T>(read: () => Promise<{ entry?: T; body?: BodySource; problems: ContentProblem[] }>): Promise<Read<T>> {
  try {
    const { entry, body, problems } = await read();
    if (!entry || !body) return { kind: "refused", problems };
    // Read again from the same size and time stamp: a file changed in between is not mixed with its front matter.
    return { kind: "valid", entry, body: { ...body, text: await readBody(body) } };
  } catch (error) {
    return isMissing(error) ? { kind: "missing" } : { kind: "unsettled" };
  }
}

/**
 * The snapshot after the given files changed (added, edited or deleted).
 * A file that became invalid keeps its previous version; a change to
 * `authors.yaml` or `rubriques.yaml`, which every article refers to, reads
 * the whole content again (the previous snapshot stays online meanwhile).
 */
export async function readChanges(
  snapshot: ContentSnapshot,
  files: readonly string[],
  location: ContentLocation = defaultLocation(),
): Promise<ContentUpdate> {
  const kinds = files.map((file) => [file, contentFileKind(location.root, file)] as const);
  if (kinds.some(([, kind]) => kind === "registry")) {
    const reloaded = await loadContent(location);
    return { snapshot: reloaded, articles: [], pages: [], reloaded: true, alertsChanged: true, uneChanged: true, refused: reloaded.problems, unsettled: [] };
  }
  const rubriques = new Map(snapshot.rubriques.map((rubrique) => [rubrique.id, rubrique]));
  const update: ContentUpdate = { snapshot, articles: [], pages: [], reloaded: false, alertsChanged: false, uneChanged: false, refused: [], unsettled: [] };
  const broken = new Map(snapshot.broken);
  const pages = new Map(snapshot.pages);
  const bodies = snapshot.bodies;
  const removed: Article[] = [];
  const added: Article[] = [];

  for (const [file, kind] of kinds) {
    if (kind === null) continue;
    if (kind === "alert" || kind === "une") {
      if (kind === "alert") update.alertsChanged = true;
      else update.uneChanged = true;
      continue;
    }
    const name = path.basename(file);
    const slug = name.slice(0, -3);
    if (kind === "page") {
      const read = await readEntry(async () => {
        const { page, ...rest } = await readPage(location.root, name);
        return { entry: page, ...rest };
      });
      const before = pages.get(slug);
      if (read.kind === "unsettled") update.unsettled.push(file);
      else if (read.kind === "refused") update.refused.push(...read.problems);
      else {
        if (before) bodies.delete(before);
        if (read.kind === "missing") pages.delete(slug);
        else pages.set(slug, read.entry);
        if (read.kind === "valid") bodies.set(read.entry, read.body);
        update.pages.push({ slug, before, after: read.kind === "valid" ? read.entry : undefined });
      }
      continue;
    }
    const read = await readEntry(async () => {
      const { article, ...rest } = await readArticle(location, name, rubriques, snapshot.authors);
      return { entry: article, ...rest };
    });
    const before = articleBySlug(snapshot.articles, slug);
    if (read.kind === "unsettled") update.unsettled.push(file);
    else if (read.kind === "refused") {
      update.refused.push(...read.problems);
      broken.set(slug, read.problems);
    } else {
      broken.delete(slug);
      if (before) {
        removed.push(before);
        bodies.delete(before);
      }
      if (read.kind === "valid") {
        added.push(read.entry);
        bodies.set(read.entry, read.body);
      }
      update.articles.push({ slug, before, after: read.kind === "valid" ? read.entry : undefined });
    }
  }
  // The bodies map is shared with the previous snapshot, which is dropped: copying it would cost a pass over every article.
  let articles = snapshot.articles;
  if (removed.length + added.length > 0) {
    articles = withChanges(snapshot.articles, removed, added);
    recordDelta(articles, { previous: snapshot.articles, removed, added });
  }
  const alerts = update.alertsChanged ? await changedAlerts(snapshot, articles, location.root, update.refused) : snapshot.alerts;
  const une = update.uneChanged ? await changedUne(snapshot, articles, broken, location.root, update.refused) : snapshot.une;
  update.snapshot = { ...snapshot, articles, broken, pages, bodies, alerts, une };
  return update;
}

/** The editors' picks read again; an invalid une.yaml keeps the previous picks online. */
async function changedUne(
  snapshot: ContentSnapshot,
  articles: readonly Article[],
  broken: ReadonlyMap<string, ContentProblem[]>,
  root: string,
  refused: ContentProblem[],
) {
  const problems: ContentProblem[] = [];
  const une = await readUne(root, display, articles, new Set(broken.keys()), problems);
  refused.push(...problems);
  return problems.length > 0 ? snapshot.une : une;
}

/** The alerts read again; one whose file became invalid keeps its previous version, like an article. */
async function changedAlerts(snapshot: ContentSnapshot, articles: readonly Article[], root: string, refused: ContentProblem[]) {
  const problems: ContentProblem[] = [];
  const alerts = await readAlerts(root, articles, problems);
  refused.push(...problems);
  const invalid = new Set(problems.map((problem) => problem.file));
  return [...alerts, ...snapshot.alerts.filter((alert) => invalid.has(alert.file))];
}
