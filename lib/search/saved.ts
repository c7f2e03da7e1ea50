/**
 * The full search index saved beside the content (lib/content/saved.ts),
 * so that a restarted server does not index the archive again (about a
 * minute of CPU at 100,000 articles). Each document is saved with the file
 * version it was indexed from; on reading, a document whose file changed
 * or went since is left out (`stale`) and its article indexed again beside,
 * like any change. A save of another format or build, or whose checksum
 * fails, is ignored.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

import SearchableMap from "minisearch/SearchableMap";

import type { Article } from "../content";
import { buildId, checksum, SAVE_FORMAT, savedFile } from "../content/saved";
import type { Postings } from "./postings";

export const savedSearchFile = () => savedFile("lesinfos-recherche.bin");

interface Meta {
  fullText: boolean;
  documentCount: number;
  fieldCount: number;
  /** Term of each id. */
  terms: string[];
  /** The file version (`getArticleFileStamp`) each document was indexed from. */
  stamps: string[];
  lengths: [starts: number, documents: number, frequencies: number, fieldLengths: number];
}

export interface SavedIndex {
  postings: Postings;
  fullText: boolean;
  /** The article of each document; a stale document has the article of another one, never read. */
  articles: Article[];
  /** Documents whose file changed or went since they were indexed. */
  stale: Set<number>;
}

/** Writes the index atomically; `stampOf` gives each article's file version. */
export async function saveSearchIndex(
  index: { postings: Postings; articles: readonly Article[] },
  fullText: boolean,
  stampOf: (article: Article) => string | undefined,
): Promise<void> {
  const { postings } = index;
  const terms: string[] = [];
  for (const [term, id] of postings.vocabulary) terms[id] = term;
  const meta: Meta = {
    fullText,
    documentCount: postings.documentCount,
    fieldCount: postings.fieldCount,
    terms,
    stamps: index.articles.map((article) => stampOf(article) ?? ""),
    lengths: [postings.starts.length, postings.documents.length, postings.frequencies.length, postings.fieldLengths.length],
  };
  const metaBytes = Buffer.from(JSON.stringify(meta));
  const arrays = [postings.starts, postings.documents, postings.frequencies, postings.fieldLengths, postings.averageFieldLengths];
  const payload = Buffer.concat([metaBytes, ...arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))]);
  const header = Buffer.from(
    `${JSON.stringify({ format: SAVE_FORMAT, build: await buildId(), checksum: checksum(payload), meta: metaBytes.length })}\n`,
  );
  const file = savedSearchFile();
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, Buffer.concat([header, payload]));
  await rename(temporary, file);
}

/** A typed array copied out of `bytes` (aligned, unlike a view into the file's buffer). */
function copied<T>(bytes: Buffer, from: number, byteLength: number, make: (buffer: ArrayBuffer) => T): T {
  return make(bytes.buffer.slice(bytes.byteOffset + from, bytes.byteOffset + from + byteLength) as ArrayBuffer);
}

/** The saved index mapped onto the articles of `current` (by file version), or null when there is no usable save. */
export async function readSavedSearchIndex(
  current: readonly Article[],
  stampOf: (article: Article) => string | undefined,
): Promise<SavedIndex | null> {
  const bytes = await readFile(savedSearchFile()).catch(() => null);
  if (!bytes || current.length === 0) return null;
  try {
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.subarray(0, newline).toString()) as { format: number; build: string; checksum: string; meta: number };
    const payload = bytes.subarray(newline + 1);
    if (header.format !== SAVE_FORMAT || header.build !== (await buildId()) || header.checksum !== checksum(payload)) return null;
    // The checksum proves this is what saveSearchIndex wrote, whole: its shape is the one written above.
    const meta = JSON.parse(payload.subarray(0, header.meta).toString()) as Meta;
    let at = header.meta;
    const next = <T>(count: number, size: number, make: (buffer: ArrayBuffer) => T) => {
      const array = copied(payload, at, count * size, make);
      at += count * size;
      return array;
    };
    const [starts, documents, frequencies, fieldLengths] = [
      next(meta.lengths[0], 4, (b) => new Uint32Array(b)),
      next(meta.lengths[1], 4, (b) => new Uint32Array(b)),
      next(meta.lengths[2], 2, (b) => new Uint16Array(b)),
      next(meta.lengths[3], 4, (b) => new Uint32Array(b)),
    ];
    const averageFieldLengths = next(meta.fieldCount, 8, (b) => new Float64Array(b));
    const vocabulary = new SearchableMap<number>();
    meta.terms.forEach((term, id) => vocabulary.set(term, id));

    const byStamp = new Map<string, Article>();
    for (const article of current) {
      const stamp = stampOf(article);
      if (stamp) byStamp.set(stamp, article);
    }
    const stale = new Set<number>();
    const articles = meta.stamps.map((stamp, document) => {
      const article = byStamp.get(stamp);
      if (article) return article;
      stale.add(document);
      return current[0]!;
    });
    const postings = {
      documentCount: meta.documentCount,
      fieldCount: meta.fieldCount,
      vocabulary,
      starts,
      documents,
      frequencies,
      fieldLengths,
      averageFieldLengths,
    };
    return { postings, fullText: meta.fullText, articles, stale };
  } catch {
    return null;
  }
}
