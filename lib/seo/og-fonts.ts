/**
 * Fonts for the share images, from the npm packages (no network at build or
 * at run time), prepared for Satori, the renderer behind `next/og`.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { inflateSync } from "node:zlib";

/**
 * WOFF 1.0 to a plain TrueType/OpenType file: the same tables, uncompressed,
 * so that they can be patched in place.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("pas un fichier WOFF 1.0");
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return {
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressed < length ? inflateSync(raw) : raw,
    };
  });

  const headerLength = 12 + 16 * count;
  const padded = (length: number) => (length + 3) & ~3;
  const total = tables.reduce((sum, table) => sum + padded(table.data.length), headerLength);
  const sfnt = Buffer.alloc(total);
  const searchRange = 2 ** Math.floor(Math.log2(count)) * 16;
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(count, 4);
  sfnt.writeUInt16BE(searchRange, 6);
  sfnt.writeUInt16BE(Math.floor(Math.log2(count)), 8);
  sfnt.writeUInt16BE(count * 16 - searchRange, 10);
  let offset = headerLength;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    table.tag.copy(sfnt, record);
    sfnt.writeUInt32BE(table.checksum, record + 4);
    sfnt.writeUInt32BE(offset, record + 8);
    sfnt.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}

function tableOf(sfnt: Buffer, tag: string): Buffer | null {
  const count = sfnt.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    if (sfnt.toString("latin1", record, record + 4) === tag) {
      const offset = sfnt.readUInt32BE(record + 8);
      return sfnt.subarray(offset, offset + sfnt.readUInt32BE(record + 12));
    }
  }
  return null;
}

const CONTEXT_SUBSTITUTION = 5;
const EXTENSION = 7;

/** Whether a GSUB lookup holds a contextual substitution of format 3, directly or through an extension. */
function hasContextFormat3(gsub: Buffer, lookup: number): boolean {
  const type = gsub.readUInt16BE(lookup);
  return Array.from({ length: gsub.readUInt16BE(lookup + 4) }, (_, j) => lookup + gsub.readUInt16BE(lookup + 6 + 2 * j)).some(
    (subtable) => {
      if (type !== EXTENSION) return type === CONTEXT_SUBSTITUTION && gsub.readUInt16BE(subtable) === 3;
      const target = subtable + gsub.readUInt32BE(subtable + 4);
      return gsub.readUInt16BE(subtable + 2) === CONTEXT_SUBSTITUTION && gsub.readUInt16BE(target) === 3;
    },
  );
}

/**
 * Satori, the renderer behind `next/og`, throws on contextual substitutions
 * of format 3 (GSUB lookup type 5), which Noto Naskh Arabic uses in its
 * required ligatures: any Arabic word would fail the whole image. Those
 * lookups are emptied in place (subtable count 0). Returns how many.
 */
export function disableUnsupportedLookups(sfnt: Buffer): number {
  const gsub = tableOf(sfnt, "GSUB");
  if (!gsub) return 0;
  const list = gsub.readUInt16BE(8);
  let disabled = 0;
  for (let i = 0; i < gsub.readUInt16BE(list); i++) {
    const lookup = list + gsub.readUInt16BE(list + 2 + 2 * i);
    if (hasContextFormat3(gsub, lookup)) {
      gsub.writeUInt16BE(0, lookup + 4);
      disabled++;
    }
  }
  return disabled;
}

const FONT_FILES = [
  { name: "Source Serif 4", weight: 700, file: "@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff" },
  { name: "Source Serif 4", weight: 400, file: "@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff" },
  // Satori takes a glyph missing from the first font from the next: Arabic words in a headline still render.
  { name: "Noto Naskh Arabic", weight: 700, file: "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff" },
] as const;

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: "normal";
}

export async function loadOgFont({ name, weight, file }: (typeof FONT_FILES)[number]): Promise<OgFont> {
  const woff = await readFile(path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", file));
  const data = woffToSfnt(woff);
  disableUnsupportedLookups(data);
  return { name, weight, style: "normal", data };
}

let fonts: Promise<OgFont[]> | undefined;

/** The share images' fonts, read and prepared once per process. */
export function ogFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all(FONT_FILES.map(loadOgFont));
  return fonts;
}
