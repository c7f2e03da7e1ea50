import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { stringify } from "yaml";

type Fields = Record<string, unknown>;

/** A Markdown file as editors write it: YAML front matter, then the body. Fields set to `undefined` are left out. */
export function markdownFile(fields: Fields, body = "Texte.\n"): string {
  // No folding of long values: tests count lines.
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n${body}`;
}

/** The fields of a valid article, in the order editors write them: `title` on line 2 … `category` on line 6. */
export const ARTICLE_FIELDS = {
  title: "Un titre",
  description: "Un chapô.",
  date: "2025-04-13T21:30:00+01:00",
  author: "redaction",
  category: "politique",
};

/** A valid article, with `fields` changed or added (after `category`). */
export const articleFile = (fields: Fields = {}, body?: string) => markdownFile({ ...ARTICLE_FIELDS, ...fields }, body);

export interface ContentFiles {
  /** `rubriques.yaml`: entries, or the file's text; by default one rubrique, `politique`. */
  rubriques?: Fields[] | string;
  /** `authors.yaml`: entries, or the file's text; by default one author, `redaction`. */
  authors?: Fields[] | string;
  /** Articles by file name without `.md`: the file's text (see `articleFile`). */
  articles?: Record<string, string>;
  /** Pages by file name without `.md`. */
  pages?: Record<string, string>;
}

const created: string[] = [];

/** A content folder in the system's temporary folder, removed after the test file (see `setup.ts`). */
export async function contentFolder(files: ContentFiles = {}): Promise<string> {
  const {
    rubriques = [{ id: "politique", name: "Politique", description: "La vie politique." }],
    authors = [{ id: "redaction", name: "La rédaction" }],
    articles = {},
    pages = {},
  } = files;
  const root = await mkdtemp(path.join(tmpdir(), "lesinfos-content-"));
  created.push(root);
  await mkdir(path.join(root, "articles"));
  await mkdir(path.join(root, "pages"));
  const registry = (entries: Fields[] | string) => (typeof entries === "string" ? entries : stringify(entries, { lineWidth: 0 }));
  await writeFile(path.join(root, "rubriques.yaml"), registry(rubriques));
  await writeFile(path.join(root, "authors.yaml"), registry(authors));
  for (const [slug, text] of Object.entries(articles)) await writeArticle(root, slug, text);
  for (const [slug, text] of Object.entries(pages)) await writeFile(path.join(root, "pages", `${slug}.md`), text);
  return root;
}

/** Writes (or rewrites) `articles/<slug>.md` of a content folder. */
export const writeArticle = (root: string, slug: string, text: string) => writeFile(path.join(root, "articles", `${slug}.md`), text);

export async function removeContentFolders(): Promise<void> {
  await Promise.all(created.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}
