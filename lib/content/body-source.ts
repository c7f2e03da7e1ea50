import { open } from "node:fs/promises";

import { ContentError } from "./errors";

/** A content file's text, with the size and time stamp it had when read. */
export interface SourceFile {
  text: string;
  size: number;
  modified: number;
}

/**
 * Where a body is: bodies stay on disk (at 100,000 articles they would take
 * gigabytes of memory) and are read when a page is rendered, which Next then
 * caches. The size and time stamp tell whether the file changed since its
 * front matter was read.
 */
export interface BodySource {
  /** Absolute path of the file. */
  path: string;
  /** Path relative to the project, for messages. */
  file: string;
  size: number;
  modified: number;
  /** Where the body starts in the file's text, in UTF-16 code units. */
  offset: number;
  /**
   * The body itself, for files read again by a running server (see
   * lib/publication/): few, and a later broken edit on disk must not take
   * the version online down with it.
   */
  text?: string;
}

export async function readSourceFile(absolute: string): Promise<SourceFile> {
  const handle = await open(absolute, "r");
  try {
    const info = await handle.stat();
    return { text: await handle.readFile("utf8"), size: info.size, modified: info.mtimeMs };
  } finally {
    await handle.close();
  }
}

/**
 * The body of a file as it was when its front matter was read. A file
 * changed or removed since is refused rather than mixed with the front
 * matter read before it.
 */
export async function readBody(source: BodySource): Promise<string> {
  if (source.text !== undefined) return source.text;
  const file = await readSourceFile(source.path).catch(() => null);
  if (file && file.size === source.size && file.modified === source.modified) return file.text.slice(source.offset);
  const change = file ? "a été modifié" : "a disparu";
  throw new ContentError([{ file: source.file, message: `${change} depuis la lecture du contenu : relancez le serveur pour le publier` }]);
}
