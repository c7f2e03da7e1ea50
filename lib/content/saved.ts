/**
 * The content as a running server or `next build` last read it, saved in
 * the build folder, so that a restarted server reads again only the files
 * that changed since (at 100,000 articles a full read takes over a minute).
 * A save is used only if its format, build, content folder and checksum
 * match (a new build may read the same files differently), and each of its
 * entries only if its file still has the size and time stamp it had: a
 * corrupt, foreign or stale save is ignored, never trusted.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

import type { BodySource } from "./body-source";
import type { ContentSnapshot } from "./load";
import type { Article, Author, Correction, LiveCoverage, Page, Rubrique } from "./types";

/** Changed whenever what is saved changes shape (3: the search index is saved beside, lib/search/saved.ts). */
export const SAVE_FORMAT = 3;

type SavedBody = Omit<BodySource, "text">;
/** Instants as numbers: JSON has no dates. */
type SavedArticle = Omit<Article, "author" | "rubrique" | "publishedAt" | "updatedAt" | "corrections" | "live"> & {
  author: string;
  rubrique: string;
  publishedAt: number;
  updatedAt?: number;
  corrections: (Omit<Correction, "publishedAt"> & { publishedAt: number })[];
  live?: Omit<LiveCoverage, "endedAt" | "lastUpdateAt"> & { endedAt?: number; lastUpdateAt?: number };
  body: SavedBody;
};

interface Saved {
  root: string;
  registries: [string, string][];
  rubriques: Rubrique[];
  authors: Author[];
  articles: SavedArticle[];
  pages: (Page & { body: SavedBody })[];
}

const distDir = () => path.resolve(/* turbopackIgnore: true */ process.env.NEXT_DIST_DIR || ".next");

/** A file of the build folder's cache, where the content and the search index are saved. */
export function savedFile(name: string): string {
  return path.join(/* turbopackIgnore: true */ distDir(), "cache", name);
}

export const savedContentFile = () => savedFile("lesinfos-contenu.json");

/** The build being served ("" outside a build folder, as in tests). */
export async function buildId(): Promise<string> {
  return (await readFile(/* turbopackIgnore: true */ path.join(distDir(), "BUILD_ID"), "utf8").catch(() => "")).trim();
}

export const checksum = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");

function savedBody(snapshot: ContentSnapshot, entry: Article | Page): SavedBody {
  const source = snapshot.bodies.get(entry);
  if (!source) throw new Error(`${entry.file} : corps absent de l’instantané`);
  const { path, file, size, modified, offset } = source;
  return { path, file, size, modified, offset };
}

/** Writes the save next to the build, atomically: a reader never sees half of it. */
export async function saveContent(snapshot: ContentSnapshot, root: string): Promise<void> {
  const saved: Saved = {
    root,
    registries: [...snapshot.registries],
    rubriques: snapshot.rubriques,
    authors: [...snapshot.authors.values()],
    articles: snapshot.articles.map((article) => {
      const { author, rubrique, publishedAt, updatedAt, corrections, live, ...rest } = article;
      const dates = {
        publishedAt: publishedAt.getTime(),
        updatedAt: updatedAt?.getTime(),
        corrections: corrections.map((correction) => ({ ...correction, publishedAt: correction.publishedAt.getTime() })),
        live: live && { ...live, endedAt: live.endedAt?.getTime(), lastUpdateAt: live.lastUpdateAt?.getTime() },
      };
      return { ...rest, ...dates, author: author.id, rubrique: rubrique.id, body: savedBody(snapshot, article) };
    }),
    pages: [...snapshot.pages.values()].map((page) => ({ ...page, body: savedBody(snapshot, page) })),
  };
  const payload = JSON.stringify(saved);
  const file = savedContentFile();
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const header = { format: SAVE_FORMAT, build: await buildId(), checksum: checksum(payload) };
  await writeFile(temporary, `${JSON.stringify(header)}\n${payload}`);
  await rename(temporary, file);
}

/** The saved content and the size and time stamp each of its files had, or null when there is no usable save. */
export async function readSavedContent(root: string): Promise<{ snapshot: ContentSnapshot; stamps: Map<string, string> } | null> {
  const text = await readFile(savedContentFile(), "utf8").catch(() => null);
  if (text === null) return null;
  try {
    const newline = text.indexOf("\n");
    const header: unknown = JSON.parse(text.slice(0, newline));
    const payload = text.slice(newline + 1);
    const expected = { format: SAVE_FORMAT, build: await buildId(), checksum: checksum(payload) };
    if (JSON.stringify(header) !== JSON.stringify(expected)) return null;
    // The checksum proves this is what saveContent wrote, whole: its shape is the one written above.
    const saved = JSON.parse(payload) as Saved;
    if (saved.root !== root) return null;
    const authors = new Map(saved.authors.map((author) => [author.id, author]));
    const rubriques = new Map(saved.rubriques.map((rubrique) => [rubrique.id, rubrique]));
    const bodies = new Map<Article | Page, BodySource>();
    const stamps = new Map(saved.registries);
    const keep = (entry: Article | Page, body: SavedBody) => {
      bodies.set(entry, body);
      stamps.set(body.path, `${body.size}:${body.modified}`);
    };
    const articles = saved.articles.map(({ author, rubrique, publishedAt, updatedAt, corrections, live, body, ...rest }) => {
      const article: Article = {
        ...rest,
        corrections: corrections.map((correction) => ({ ...correction, publishedAt: new Date(correction.publishedAt) })),
        live: live && { ...live, endedAt: dateOrUndefined(live.endedAt), lastUpdateAt: dateOrUndefined(live.lastUpdateAt) },
        author: authors.get(author) ?? missing(author),
        rubrique: rubriques.get(rubrique) ?? missing(rubrique),
        publishedAt: new Date(publishedAt),
        updatedAt: dateOrUndefined(updatedAt),
      };
      keep(article, body);
      return article;
    });
    const pages = new Map(
      saved.pages.map(({ body, ...page }) => {
        keep(page, body);
        return [page.slug, page];
      }),
    );
    const registries = new Map(saved.registries);
    // Alerts and une.yaml are not saved: their files are not in `stamps`, so the start reads them again (small files).
    const snapshot = { articles, broken: new Map(), rubriques: saved.rubriques, authors, pages, alerts: [], une: [], bodies, problems: [], registries };
    return { snapshot, stamps };
  } catch {
    return null;
  }
}

const dateOrUndefined = (time: number | undefined) => (time === undefined ? undefined : new Date(time));

function missing(id: string): never {
  throw new Error(`« ${id} » absent de la sauvegarde`);
}
