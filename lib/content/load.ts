import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

import sharp from "sharp";
import type { z } from "zod";

import { readingMinutes } from "../reading-time";
import { paths } from "../routes/paths";
import { frenchTypography as typo } from "../typography";
import { slugify } from "../slug";
import { readSourceFile, type BodySource } from "./body-source";
import { readAlert } from "./alerts";
import { lastUpdate, readCorrections } from "./corrections";
import { parseLiveLog } from "./live-coverage";
import type { ContentProblem } from "./errors";
import { parseFrontMatter } from "./front-matter";
import {
  articleFrontMatter,
  authorsRegistry,
  frenchErrors,
  pageFrontMatter,
  rubriquesRegistry,
  SLUG_PATTERN,
} from "./schema";
import type { Alert, Article, Author, CoverImage, Page, Rubrique } from "./types";
import { readUne, type UnePick } from "./une";
import { parseYaml, type ParsedYaml } from "./yaml";

/** Everything under the content root, read and validated once. */
export interface ContentSnapshot {
  /** Valid articles, drafts and scheduled ones included, newest first. */
  articles: Article[];
  /** Articles whose file has problems, by slug (shown in place under `next dev`). */
  broken: Map<string, ContentProblem[]>;
  rubriques: Rubrique[];
  authors: Map<string, Author>;
  pages: Map<string, Page>;
  /** « Dernière minute » alerts of content/alertes/, expired ones included. */
  alerts: Alert[];
  /** The editors' choice for the top of the home page (content/une.yaml), in order. */
  une: UnePick[];
  /** Where the body of each article and page is on disk. */
  bodies: Map<Article | Page, BodySource>;
  /** Every problem found, in file order. */
  problems: ContentProblem[];
  /** Size and time stamp ("size:mtime") of `authors.yaml` and `rubriques.yaml` as read, by absolute path. */
  registries: Map<string, string>;
}

/** The order of `ContentSnapshot.articles`. */
export function newestFirst(a: Article, b: Article): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug);
}

export function contentRoot(): string {
  // Read at run time from the working directory: not a module for the bundler to trace.
  return path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR || "content");
}

/** Where content is read from: the content root and the `public/` folder images live in. */
export interface ContentLocation {
  root: string;
  publicDir: string;
}

export const defaultLocation = (): ContentLocation => ({
  root: contentRoot(),
  publicDir: path.resolve(/* turbopackIgnore: true */ "public"),
});
const READ_BATCH = 256;
/** A path as editors read it in messages: relative to the project. */
export const display = (file: string) => path.relative(process.cwd(), file) || file;

function zodProblems(error: z.ZodError, file: string, parsed: ParsedYaml): ContentProblem[] {
  return error.issues.map((issue) => {
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [];
    const field = [...issue.path.map(String), ...keys.slice(0, 1)].join(".") || undefined;
    return { file, field, line: field ? parsed.lineOf(field) : undefined, message: issue.message };
  });
}

/** A registry's entries (rubriques.yaml, authors.yaml); what is wrong with it goes to `problems`. */
export async function readRegistry<T>(
  root: string,
  name: string,
  schema: z.ZodType<T[]>,
  problems: ContentProblem[],
  stamps: Map<string, string>,
): Promise<T[]> {
  const absolute = path.join(root, name);
  const file = display(absolute);
  let source: string;
  try {
    const read = await readSourceFile(absolute);
    source = read.text;
    stamps.set(absolute, `${read.size}:${read.modified}`);
  } catch {
    problems.push({ file, message: "fichier introuvable" });
    return [];
  }
  const parsed = parseYaml(source, file);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return [];
  }
  const result = schema.safeParse(parsed.value.data, { error: frenchErrors });
  if (!result.success) {
    problems.push(...zodProblems(result.error, file, parsed.value));
    return [];
  }
  const seen = new Set<string>();
  for (const entry of result.data as { id: string }[]) {
    if (seen.has(entry.id)) problems.push({ file, field: "id", message: `identifiant « ${entry.id} » en double` });
    seen.add(entry.id);
  }
  return result.data;
}

async function markdownFiles(folder: string): Promise<string[]> {
  try {
    const names = await readdir(folder);
    return names.filter((name) => name.endsWith(".md") && !name.startsWith(".")).sort();
  } catch {
    return [];
  }
}

/**
 * Every alert of `content/alertes/` (a small folder, read whole on each of
 * its changes), its problems added to `problems`.
 */
export async function readAlerts(root: string, articles: readonly Article[], problems: ContentProblem[]): Promise<Alert[]> {
  const alerts: Alert[] = [];
  const articlesBySlug = new Map(articles.map((article) => [article.slug, article]));
  for (const name of await markdownFiles(path.join(root, "alertes"))) {
    const absolute = path.join(root, "alertes", name);
    const result = await readAlert(absolute, display(absolute), articlesBySlug);
    if (result.alert) alerts.push(result.alert);
    problems.push(...result.problems);
  }
  return alerts;
}

/**
 * Dimensions of the pictures already read, by file and modification time:
 * many articles share a picture, and under `next dev` every reload reads the
 * content again. Decoding headers with sharp is the dearest step of a load.
 */
const imageSizes = new Map<string, Promise<{ width: number; height: number }>>();

function imageSize(absolute: string, modified: number): Promise<{ width: number; height: number }> {
  const key = `${absolute}\0${modified}`;
  let size = imageSizes.get(key);
  if (!size) {
    // From the bytes, not the path: libvips caches what it opened by file name, even after a replacement.
    size = readFile(absolute)
      .then((bytes) => sharp(bytes).metadata())
      .then(({ width, height }) => {
        if (!width || !height) throw new Error("dimensions inconnues");
        return { width, height };
      });
    // A failure is not kept: the editor may fix the file under the same time stamp granularity.
    size.catch(() => imageSizes.delete(key));
    imageSizes.set(key, size);
  }
  return size;
}

async function coverImage(
  publicDir: string,
  image: { src: string; alt: string; credit?: string },
  report: (field: string, message: string) => void,
): Promise<CoverImage | undefined> {
  const absolute = path.join(publicDir, image.src);
  if (!absolute.startsWith(publicDir + path.sep)) {
    report("image.src", `« ${image.src} » sort du dossier public/`);
    return undefined;
  }
  let modified: number;
  try {
    modified = (await stat(absolute)).mtimeMs;
  } catch {
    report("image.src", `l’image « ${image.src} » est introuvable dans public/`);
    return undefined;
  }
  try {
    const { width, height } = await imageSize(absolute, modified);
    return {
      src: image.src,
      alt: typo(image.alt),
      credit: image.credit === undefined ? undefined : typo(image.credit),
      width,
      height,
    };
  } catch {
    report("image.src", `« ${image.src} » n’est pas une image lisible`);
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export async function readArticle(
  location: ContentLocation,
  name: string,
  rubriques: Map<string, Rubrique>,
  authors: Map<string, Author>,
): Promise<{ article?: Article; body?: BodySource; problems: ContentProblem[] }> {
  const absolute = path.join(location.root, "articles", name);
  const file = display(absolute);
  const slug = name.slice(0, -3);
  const problems: ContentProblem[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({ file, message: `nom de fichier invalide : « ${name} » (lettres minuscules a–z, chiffres et tirets, puis .md)` });
  }
  const source = await readSourceFile(absolute);
  const parsed = parseFrontMatter(source.text, file);
  if (!parsed.ok) return { problems: [...problems, ...parsed.problems] };

  const report = (field: string, message: string) =>
    problems.push({ file, field, line: parsed.value.lineOf(field), message });
  const result = articleFrontMatter.safeParse(parsed.value.data, { error: frenchErrors });
  if (!result.success) problems.push(...zodProblems(result.error, file, parsed.value));

  // References are checked even when other fields are wrong, so every problem is reported at once.
  const raw = isRecord(parsed.value.data) ? parsed.value.data : {};
  const author = typeof raw.author === "string" ? authors.get(raw.author) : undefined;
  if (typeof raw.author === "string" && !author) {
    report("author", `auteur inconnu « ${raw.author} » (voir content/authors.yaml)`);
  }
  const rubrique = typeof raw.category === "string" ? rubriques.get(raw.category) : undefined;
  if (typeof raw.category === "string" && !rubrique) {
    report("category", `rubrique inconnue « ${raw.category} » (voir content/rubriques.yaml)`);
  }
  if (!result.success) return { problems };
  const data = result.data;
  const image = data.image ? await coverImage(location.publicDir, data.image, report) : undefined;
  if (problems.length > 0 || !author || !rubrique) return { problems };

  const tags = new Map<string, { label: string; slug: string }>();
  for (const label of data.tags) {
    const slug = slugify(label);
    if (slug && !tags.has(slug)) tags.set(slug, { label: typo(label), slug });
  }
  const corrections = readCorrections(data.corrections);
  let live: Article["live"];
  if (data.format === "direct") {
    const bodyFirstLine = source.text.slice(0, parsed.value.bodyOffset).split("\n").length;
    const log = parseLiveLog(parsed.value.body, data.date, bodyFirstLine);
    for (const { line, message } of log.problems) problems.push({ file, line, message });
    for (const update of log.updates) {
      if (update.authorId && !authors.has(update.authorId)) {
        problems.push({ file, line: update.line, message: `auteur inconnu « ${update.authorId} » (voir content/authors.yaml)` });
      }
    }
    if (problems.length > 0) return { problems };
    live = { endedAt: data.ended, updateCount: log.updates.length, lastUpdateAt: log.updates.at(-1)?.publishedAt };
  }
  return {
    problems,
    article: {
      slug,
      url: paths.article(slug),
      title: typo(data.title),
      description: typo(data.description),
      publishedAt: data.date,
      updatedAt: lastUpdate(data.updated, corrections),
      corrections,
      author,
      rubrique,
      tags: [...tags.values()],
      image,
      featured: data.featured,
      draft: data.draft,
      ...(live ? { live } : {}),
      readingMinutes: readingMinutes(parsed.value.body),
      file,
    },
    body: { path: absolute, file, size: source.size, modified: source.modified, offset: parsed.value.bodyOffset },
  };
}

export async function readPage(
  root: string,
  name: string,
): Promise<{ page?: Page; body?: BodySource; problems: ContentProblem[] }> {
  const absolute = path.join(root, "pages", name);
  const file = display(absolute);
  const slug = name.slice(0, -3);
  const source = await readSourceFile(absolute);
  const parsed = parseFrontMatter(source.text, file);
  if (!parsed.ok) return { problems: parsed.problems };
  const result = pageFrontMatter.safeParse(parsed.value.data, { error: frenchErrors });
  if (!result.success) return { problems: zodProblems(result.error, file, parsed.value) };
  const { title, description } = result.data;
  return {
    problems: [],
    page: { slug, url: paths.staticPage(slug), title: typo(title), description: typo(description), file },
    body: { path: absolute, file, size: source.size, modified: source.modified, offset: parsed.value.bodyOffset },
  };
}

export async function loadContent(location: ContentLocation = defaultLocation()): Promise<ContentSnapshot> {
  const { root } = location;
  const problems: ContentProblem[] = [];
  const registries = new Map<string, string>();
  const rubriqueList = (await readRegistry(root, "rubriques.yaml", rubriquesRegistry, problems, registries)).map((r) => ({
    ...r,
    description: typo(r.description),
    url: paths.rubrique(r.id),
  }));
  const authorsFile = display(path.join(root, "authors.yaml"));
  const authorList: Author[] = await Promise.all(
    (await readRegistry(root, "authors.yaml", authorsRegistry, problems, registries)).map(async ({ portrait, ...author }, index) => ({
      ...author,
      role: author.role === undefined ? undefined : typo(author.role),
      bio: author.bio === undefined ? undefined : typo(author.bio),
      url: paths.author(author.id),
      isOrganization: author.id === "redaction",
      portrait: portrait
        ? await coverImage(location.publicDir, { src: portrait, alt: `Portrait de ${author.name}` }, (field, message) =>
            problems.push({ file: authorsFile, field: `${index}.portrait`, message }),
          )
        : undefined,
    })),
  );
  const rubriques = new Map(rubriqueList.map((r) => [r.id, r]));
  const authors = new Map(authorList.map((a) => [a.id, a]));

  const articles: Article[] = [];
  const bodies = new Map<Article | Page, BodySource>();
  const broken = new Map<string, ContentProblem[]>();
  // A bounded number of files open at once: all at once fails (EMFILE) at 100,000 articles.
  const names = await markdownFiles(path.join(root, "articles"));
  const results: ({ name: string } & Awaited<ReturnType<typeof readArticle>>)[] = [];
  for (let start = 0; start < names.length; start += READ_BATCH) {
    const batch = names.slice(start, start + READ_BATCH);
    results.push(...(await Promise.all(batch.map(async (name) => ({ name, ...(await readArticle(location, name, rubriques, authors)) })))));
  }
  for (const result of results) {
    if (result.article && result.body) {
      articles.push(result.article);
      bodies.set(result.article, result.body);
    } else broken.set(result.name.slice(0, -3), result.problems);
    problems.push(...result.problems);
  }
  articles.sort(newestFirst);

  const pages = new Map<string, Page>();
  for (const name of await markdownFiles(path.join(root, "pages"))) {
    const result = await readPage(root, name);
    if (result.page && result.body) {
      pages.set(result.page.slug, result.page);
      bodies.set(result.page, result.body);
    }
    problems.push(...result.problems);
  }

  const une = await readUne(root, display, articles, new Set(broken.keys()), problems);
  const alerts = await readAlerts(root, articles, problems);
  return { articles, broken, rubriques: rubriqueList, authors, pages, alerts, une, bodies, problems, registries };
}
