/**
 * Draws the site icons from the emblem: app/icon.svg (modern browsers),
 * app/favicon.ico (32 and 16 px PNGs in an ICO container) and
 * app/apple-icon.png (180 px). Run: npx tsx scripts/generate-icons.ts
 */
import { writeFile } from "node:fs/promises";

import sharp from "sharp";

const EMBLEM = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">
  <rect width="48" height="48" rx="6" fill="#a4262c"/>
  <g fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round">
    <rect x="13" y="13" width="22" height="22"/>
    <rect x="13" y="13" width="22" height="22" transform="rotate(45 24 24)"/>
  </g>
  <circle cx="24" cy="24" r="4" fill="#fff"/>
</svg>
`;

const png = (size: number) => sharp(Buffer.from(EMBLEM), { density: 600 }).resize(size, size).png().toBuffer();

/** An ICO file is a small directory of embedded PNG images. */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0);
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

await writeFile("app/icon.svg", EMBLEM);
await writeFile(
  "app/favicon.ico",
  ico([
    { size: 32, data: await png(32) },
    { size: 16, data: await png(16) },
  ]),
);
await writeFile("app/apple-icon.png", await png(180));
console.log("app/icon.svg, app/favicon.ico, app/apple-icon.png");
