/**
 * The content as `next build` or a running server last read it, saved in
 * the build folder, so that a (re)started server reads again only the files
 * that changed since (at 100,000 articles a full read takes over a minute).
 * A save is used only if its format, build, content folder and checksum
 * match (a new build may read the same files differently), and each of its
 * entries only if its file still has the size and time stamp it had: a
 * corrupt, foreign or stale save is ignored, never trusted.
 *
 * One row per article, without property names, with its tags and picture
 * in tables shared by all rows, and without what its slug gives (address,
 * file paths): at 100,000 articles the save weighs 36 MB instead of 121 and
 * is read back in a fifth of the time (bench/publish.ts measures it).
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

import { paths } from "../routes/paths";
import type { BodySource } from "./body-source";
import type { ContentSnapshot } from "./load";
import type { Article, Author, CoverImage, LiveCoverage, Page, Rubrique, Tag } from "./types";

/** Changed whenever what is saved changes shape (4: rows with shared tags and pictures). */
export const SAVE_FORMAT = 4;

/** Instants as numbers: JSON has no dates. */
type SavedInstant = number | null;
type SavedCorrection = [kind: Article["corrections"][number]["kind"], publishedAt: number, text: string];
type SavedLive = [updateCount: number, endedAt: SavedInstant, lastUpdateAt: SavedInstant];
/** Where the body starts, and the file's size and time stamp when read. */
type SavedBody = [size: number, modified: number, offset: number];

type ArticleRow = [
  slug: string,
  title: string,
  description: string,
  publishedAt: number,
  updatedAt: SavedInstant,
  author: string,
  rubrique: string,
  /** Indexes in `Saved.tags`. */
  tags: number[],
  /** Index in `Saved.images`, -1 without a picture. */
  image: number,
  flags: number,
  readingMinutes: number,
  corrections: SavedCorrection[],
  live: SavedLive | null,
  ...body: SavedBody,
];
type PageRow = [slug: string, title: string, description: string, ...body: SavedBody];

interface Saved {
  root: string;
  registries: [string, string][];
  rubriques: Rubrique[];
  authors: Author[];
  tags: Tag[];
  images: CoverImage[];
  articles: ArticleRow[];
  pages: PageRow[];
}

const FEATURED = 1;
const DRAFT = 2;

const distDir = () => path.resolve(/* turbopackIgnore: true */ process.env.NEXT_DIST_DIR || ".next");

/** A file of the build folder's cache, where the content and the search index are saved. */
export function savedFile(name: string): string {
  return path.join(/* turbopackIgnore: true */ distDir(), "cache", name);
}

export const savedContentFile = () => savedFile("lesinfos-contenu.json");

/**
 * The build being served, or being built ("" outside a build folder, as in
 * tests). next.config.ts inlines its id into the build's code: `next build`
 * knows it while it prerenders, before it writes BUILD_ID, and so saves the
 * content it read for the first `next start` of that build.
 */
export async function buildId(): Promise<string> {
  if (process.env.LESINFOS_BUILT_AS) return process.env.LESINFOS_BUILT_AS;
  return (await readFile(/* turbopackIgnore: true */ path.join(distDir(), "BUILD_ID"), "utf8").catch(() => "")).trim();
}

export const checksum = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The index of each distinct value in a table, by a key that tells values apart. */
function interning<T>(keyOf: (value: T) => string): { table: T[]; indexOf: (value: T) => number } {
  const table: T[] = [];
  const indexes = new Map<string, number>();
  return {
    table,
    indexOf(value) {
      const key = keyOf(value);
      let index = indexes.get(key);
      if (index === undefined) indexes.set(key, (index = table.push(value) - 1));
      return index;
    },
  };
}

function savedBody(snapshot: ContentSnapshot, entry: Article | Page): SavedBody {
  const source = snapshot.bodies.get(entry);
  if (!source) throw new Error(`${entry.file} : corps absent de l’instantané`);
  return [source.size, source.modified, source.offset];
}

const instant = (date: Date | undefined): SavedInstant => date?.getTime() ?? null;
const dateOf = (time: SavedInstant) => (time === null ? undefined : new Date(time));

function articleRow(snapshot: ContentSnapshot, article: Article, tags: (tag: Tag) => number, images: (image: CoverImage) => number): ArticleRow {
  const { live } = article;
  return [
    article.slug,
    article.title,
    article.description,
    article.publishedAt.getTime(),
    instant(article.updatedAt),
    article.author.id,
    article.rubrique.id,
    article.tags.map(tags),
    article.image ? images(article.image) : -1,
    (article.featured ? FEATURED : 0) | (article.draft ? DRAFT : 0),
    article.readingMinutes,
    article.corrections.map(({ kind, publishedAt, text }) => [kind, publishedAt.getTime(), text]),
    live ? [live.updateCount, instant(live.endedAt), instant(live.lastUpdateAt)] : null,
    ...savedBody(snapshot, article),
  ];
}

/** Writes the save next to the build, atomically: a reader never sees half of it. */
export async function saveContent(snapshot: ContentSnapshot, root: string): Promise<void> {
  const tags = interning<Tag>((tag) => `${tag.slug}\0${tag.label}`);
  const images = interning<CoverImage>((image) => JSON.stringify(image));
  const articles = snapshot.articles.map((article) => articleRow(snapshot, article, tags.indexOf, images.indexOf));
  const saved: Saved = {
    root,
    registries: [...snapshot.registries],
    rubriques: snapshot.rubriques,
    authors: [...snapshot.authors.values()],
    tags: tags.table,
    images: images.table,
    articles,
    pages: [...snapshot.pages.values()].map((page) => [page.slug, page.title, page.description, ...savedBody(snapshot, page)]),
  };
  const payload = Buffer.from(JSON.stringify(saved));
  const file = savedContentFile();
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const header = { format: SAVE_FORMAT, build: await buildId(), checksum: checksum(payload) };
  await writeFile(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
  await rename(temporary, file);
}

/**
 * Makes the body source of an entry of `folder` from its slug, with the
 * paths readArticle and readPage give it (`display` made once per folder:
 * 100,000 calls of path.join and path.relative cost 0.4 s).
 */
function bodySources(root: string, folder: "articles" | "pages"): (slug: string, body: SavedBody) => BodySource {
  const absoluteFolder = path.join(/* turbopackIgnore: true */ root, folder);
  const shown = path.relative(process.cwd(), absoluteFolder);
  return (slug, [size, modified, offset]) => {
    const name = `${slug}.md`;
    const absolute = `${absoluteFolder}${path.sep}${name}`;
    return { path: absolute, file: shown ? `${shown}${path.sep}${name}` : name, size, modified, offset };
  };
}

function missing(id: string): never {
  throw new Error(`« ${id} » absent de la sauvegarde`);
}

function savedSnapshot(saved: Saved): { snapshot: ContentSnapshot; stamps: Map<string, string> } {
  const { root } = saved;
  const authors = new Map(saved.authors.map((author) => [author.id, author]));
  const rubriques = new Map(saved.rubriques.map((rubrique) => [rubrique.id, rubrique]));
  const bodies = new Map<Article | Page, BodySource>();
  const stamps = new Map(saved.registries);
  const keep = (entry: Article | Page, body: BodySource) => {
    bodies.set(entry, body);
    stamps.set(body.path, `${body.size}:${body.modified}`);
  };
  const articleBody = bodySources(root, "articles");
  const articles = saved.articles.map((row) => {
    const [slug, title, description, publishedAt, updatedAt, author, rubrique, tags, image, flags, readingMinutes, corrections, live] = row;
    const body = articleBody(slug, [row[13], row[14], row[15]]);
    const article: Article = {
      slug,
      url: paths.article(slug),
      title,
      description,
      publishedAt: new Date(publishedAt),
      updatedAt: dateOf(updatedAt),
      corrections: corrections.map(([kind, at, text]) => ({ kind, publishedAt: new Date(at), text })),
      author: authors.get(author) ?? missing(author),
      rubrique: rubriques.get(rubrique) ?? missing(rubrique),
      tags: tags.map((index) => saved.tags[index] ?? missing(`mot-clé ${index}`)),
      image: image === -1 ? undefined : (saved.images[image] ?? missing(`image ${image}`)),
      featured: (flags & FEATURED) !== 0,
      draft: (flags & DRAFT) !== 0,
      ...(live ? { live: liveCoverage(live) } : {}),
      readingMinutes,
      file: body.file,
    };
    keep(article, body);
    return article;
  });
  const pageBody = bodySources(root, "pages");
  const pages = new Map(
    saved.pages.map(([slug, title, description, ...saved]) => {
      const body = pageBody(slug, saved);
      const page: Page = { slug, url: paths.staticPage(slug), title, description, file: body.file };
      keep(page, body);
      return [slug, page];
    }),
  );
  const registries = new Map(saved.registries);
  // Alerts and une.yaml are not saved: their files are not in `stamps`, so the start reads them again (small files).
  const snapshot = { articles, broken: new Map(), rubriques: saved.rubriques, authors, pages, alerts: [], une: [], bodies, problems: [], registries };
  return { snapshot, stamps };
}

function liveCoverage([updateCount, endedAt, lastUpdateAt]: SavedLive): LiveCoverage {
  return { endedAt: dateOf(endedAt), updateCount, lastUpdateAt: dateOf(lastUpdateAt) };
}

/** The saved content and the size and time stamp each of its files had, or null when there is no usable save. */
export async function readSavedContent(root: string): Promise<{ snapshot: ContentSnapshot; stamps: Map<string, string> } | null> {
  const bytes = await readFile(savedContentFile()).catch(() => null);
  if (bytes === null) return null;
  try {
    const newline = bytes.indexOf("\n");
    if (newline < 0) return null;
    const header: unknown = JSON.parse(bytes.subarray(0, newline).toString());
    const payload = bytes.subarray(newline + 1);
    const expected = { format: SAVE_FORMAT, build: await buildId(), checksum: checksum(payload) };
    if (JSON.stringify(header) !== JSON.stringify(expected)) return null;
    // The checksum proves this is what saveContent wrote, whole: its shape is the one written above.
    const saved = JSON.parse(payload.toString()) as Saved;
    if (saved.root !== root) return null;
    return savedSnapshot(saved);
  } catch {
    return null;
  }
}
