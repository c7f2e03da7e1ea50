import { readFile, stat } from "node:fs/promises";
import path from "node:path";

import type { CoverImage } from "./types";

/** The cover's file under public/ (its path was checked when the article was read). */
function coverFile(image: Pick<CoverImage, "src">): string {
  const publicDir = path.resolve(/* turbopackIgnore: true */ "public");
  const file = path.join(publicDir, image.src);
  if (!file.startsWith(publicDir + path.sep)) throw new Error(`« ${image.src} » sort du dossier public/`);
  return file;
}

/** The cover's bytes, e.g. to draw it under a share image. */
export async function readCoverImage(image: Pick<CoverImage, "src">): Promise<Buffer> {
  return readFile(coverFile(image));
}

/** The cover's file size in bytes, e.g. for a feed's enclosure. */
export async function coverImageByteLength(image: Pick<CoverImage, "src">): Promise<number> {
  return (await stat(coverFile(image))).size;
}
