import { readFile } from "node:fs/promises";

import { ImageResponse } from "next/og";
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";

import { disableUnsupportedLookups, ogFonts, woffToSfnt } from "./og-fonts";

const NOTO_NASKH = "node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("share image fonts", () => {
  it("turns WOFF files into TrueType with the same tables", async () => {
    const [serif] = await ogFonts();
    const sfnt = serif!.data;
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const tags = Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) => sfnt.toString("latin1", 12 + i * 16, 16 + i * 16));
    expect(tags).toEqual(expect.arrayContaining(["cmap", "glyf", "head", "hmtx", "loca", "GSUB"]));
    expect(() => woffToSfnt(sfnt)).toThrow(/WOFF/);
  });

  it("draws Latin, French punctuation and Arabic without the network and without failing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = new ImageResponse(
      createElement(
        "div",
        { style: { display: "flex", fontFamily: '"Source Serif 4"', fontWeight: 700, fontSize: 40 } },
        "Fès\u00a0: « la médina », مدينة فاس العتيقة — لا",
      ),
      { width: 1200, height: 630, fonts: await ogFonts() },
    );
    const png = Buffer.from(await response.arrayBuffer());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    // A glyph missing from every font makes Satori try Google Fonts, and log the failure.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it("empties the Arabic font's lookups that Satori cannot apply, which would fail any Arabic text", async () => {
    const font = woffToSfnt(await readFile(NOTO_NASKH));
    const render = (data: Buffer) =>
      new ImageResponse(createElement("div", { style: { display: "flex", fontFamily: "A" } }, "مدينة"), {
        width: 200,
        height: 50,
        fonts: [{ name: "A", data, weight: 700, style: "normal" }],
      }).arrayBuffer();
    await expect(render(Buffer.from(font))).rejects.toThrow(/not yet supported/);
    expect(disableUnsupportedLookups(font)).toBe(2);
    // A PNG of the text, once the lookups are emptied.
    expect(Buffer.from(await render(font)).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const [serif] = await ogFonts();
    expect(disableUnsupportedLookups(Buffer.from(serif!.data))).toBe(0);
  });
});
