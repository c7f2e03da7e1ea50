/**
 * The weight of the view beacon (components/audience/ViewBeacon.tsx), read
 * from a prerendered article of a `next build`: its `<img>` in the HTML and
 * the scripts it adds (none: the browser requests the image by itself).
 * The image it asks for is a 43-byte GIF.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface ViewBeaconWeight {
  /** Bytes of the `<img>` in the page, 0 when the page has none. */
  markupBytes: number;
  /** Scripts of the page that mention the beacon, the RSC flight data apart (it repeats every element's props: counted by the `rsc` target). */
  scripts: number;
}

export async function measureViewBeacon(distDir: string, articlePath: string): Promise<ViewBeaconWeight> {
  const html = await readFile(path.join(distDir, `server/app${articlePath}.html`), "utf8");
  const tag = new RegExp(`<img[^>]*src="${articlePath}/vu"[^>]*>`).exec(html)?.[0] ?? "";
  const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].filter(
    ([, code]) => code?.includes("/vu") && !code.includes("self.__next_f"),
  ).length;
  return { markupBytes: Buffer.byteLength(tag), scripts };
}
