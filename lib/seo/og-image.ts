/**
 * What the share image of an article needs besides the article and the
 * fonts (og-fonts.ts): type sizes, the emblem and the darkened cover.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

import sharp from "sharp";

import { readCoverImage, type CoverImage } from "@/lib/content";

import { shapeArabic } from "./arabic-shaping";
import { truncateHeadline } from "./json-ld";
import { OG_IMAGE_SIZE } from "./urls";

/** Longer than this, a headline is cut: even at the smallest size it would not fit. */
export const OG_HEADLINE_MAX = 160;

const SIZES: readonly (readonly [maxLength: number, fontSize: number])[] = [
  [40, 78],
  [65, 68],
  [90, 60],
  [120, 52],
];
const SMALLEST = 46;

/**
 * The headline's font size in pixels, from its length: short headlines are
 * set large, long ones smaller, so that every headline fits in four lines
 * of the 1,056 pixels between the margins.
 */
export function headlineFontSize(headline: string): number {
  const length = [...headline].length;
  return SIZES.find(([max]) => length <= max)?.[1] ?? SMALLEST;
}

/**
 * Text for the image's fonts and renderer: Arabic shaped beforehand (see
 * arabic-shaping.ts), and the narrow no-break space of French typography
 * ("Ports\u202f:"), missing from the fonts, as a no-break space (else Satori
 * would try to fetch a font from the network for it).
 */
export function ogText(text: string): string {
  return shapeArabic(text.replaceAll("\u202f", "\u00a0"));
}

export function ogHeadline(title: string): string {
  return ogText(truncateHeadline(title, OG_HEADLINE_MAX));
}

let emblem: Promise<string> | undefined;

/** The emblem (app/icon.svg, drawn by scripts/generate-icons.ts) as a data URI. */
export function emblemDataUri(): Promise<string> {
  emblem ??= readFile(path.join(/* turbopackIgnore: true */ process.cwd(), "app", "icon.svg")).then(
    (svg) => `data:image/svg+xml;base64,${svg.toString("base64")}`,
  );
  return emblem;
}

/**
 * The cover cropped to the image's frame and darkened so white type stays
 * legible on it, as a JPEG data URI (the image renderer reads no WebP).
 */
export async function coverBackground(image: CoverImage): Promise<string> {
  const jpeg = await sharp(await readCoverImage(image))
    .resize(OG_IMAGE_SIZE.width, OG_IMAGE_SIZE.height, { fit: "cover" })
    .modulate({ brightness: 0.6 })
    .jpeg({ quality: 80 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString("base64")}`;
}
