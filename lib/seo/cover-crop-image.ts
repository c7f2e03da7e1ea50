import sharp from "sharp";

import { readCoverImage, type CoverImage } from "@/lib/content";

import { cropSize, type CoverCrop } from "./cover-crops";

/** The crop as a JPEG, framed on the picture's most salient area. */
export async function coverCropJpeg(image: CoverImage, crop: CoverCrop): Promise<Buffer> {
  const { width, height } = cropSize(image, crop);
  return sharp(await readCoverImage(image))
    .resize(width, height, { fit: "cover", position: sharp.strategy.attention })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
}
