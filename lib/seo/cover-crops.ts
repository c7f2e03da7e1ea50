/**
 * The cover in the three shapes Google asks of a news article's structured
 * data (16:9, 4:3, 1:1), cut by sharp from the editor's picture at
 * `/article/<slug>/couverture/<forme>.jpg`: drawn at build for the newest
 * articles, like the share image, on first request for the others
 * (cover-crop-image.ts). This file imports nothing at run time: the
 * proxy, the addresses and the structured data read it.
 */
import type { CoverImage } from "@/lib/content";

export const COVER_CROPS = { "16x9": [16, 9], "4x3": [4, 3], "1x1": [1, 1] } as const;
export type CoverCrop = keyof typeof COVER_CROPS;
export const CROP_NAMES = Object.keys(COVER_CROPS) as CoverCrop[];

/** Wide enough for Google's large previews (1,200 px), no wider: the cut is only that. */
export const CROP_MAX_WIDTH = 1200;

/** The crop's file name in its address: `16x9.jpg`. */
export const cropFile = (crop: CoverCrop) => `${crop}.jpg`;

/** `16x9.jpg` → `16x9`; anything else → null. */
export function cropOfFile(file: string): CoverCrop | null {
  const name = file.endsWith(".jpg") ? file.slice(0, -4) : "";
  return Object.hasOwn(COVER_CROPS, name) ? (name as CoverCrop) : null;
}

/**
 * The crop's size: the largest area of that shape inside the picture,
 * brought down to CROP_MAX_WIDTH; never enlarged (a 1600 × 900 cover gives
 * a square of 900, not a blurred 1,200).
 */
export function cropSize(image: Pick<CoverImage, "width" | "height">, crop: CoverCrop): { width: number; height: number } {
  const [w, h] = COVER_CROPS[crop];
  const widest = Math.min(image.width, Math.floor((image.height * w) / h));
  const width = Math.min(widest, CROP_MAX_WIDTH);
  return { width, height: Math.round((width * h) / w) };
}
