/**
 * What a page costs a reader's connection: the HTML document and what it
 * pulls in (scripts, style sheets, preloaded fonts), as the bodies come over
 * the wire to a browser asking for gzip (`next start` gzips responses of
 * 1 KiB or more at level 6); HTTP headers are not counted (see
 * bench/README.md on Lighthouse's resource summary). Nothing is recompressed
 * here, except the inline RSC payload, which travels inside the HTML: its
 * figure is its text gzipped alone at the same level 6.
 */
import http from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";

import { parse, type DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node;
  // <template> keeps its children in `content`, not `childNodes`.
  if ("content" in node) yield* elements(node.content);
  if ("childNodes" in node) for (const child of node.childNodes) yield* elements(child);
}

/** Pure: what an HTML document served at `baseUrl` asks a browser to download, as absolute URLs, in document order, each once. */
export function extractAssets(html: string, baseUrl: string) {
  const lists = { scripts: new Set<string>(), nomodule: new Set<string>(), css: new Set<string>(), fonts: new Set<string>() };
  let rscPayload = "";
  const resolve = (href: string) => new URL(href, baseUrl).href;
  for (const element of elements(parse(html))) {
    const attr = (name: string) => element.attrs.find((attribute) => attribute.name === name)?.value;
    const [src, href, as] = [attr("src"), attr("href"), attr("as")?.toLowerCase()];
    const rel = (attr("rel") ?? "").toLowerCase().split(/\s+/);
    if (element.tagName === "script") {
      const text = element.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
      if (src) (attr("nomodule") === undefined ? lists.scripts : lists.nomodule).add(resolve(src));
      else if (text.includes("self.__next_f")) rscPayload += text;
    } else if (element.tagName === "link" && href) {
      if (rel.includes("stylesheet")) lists.css.add(resolve(href));
      else if (rel.includes("modulepreload") || (rel.includes("preload") && as === "script")) lists.scripts.add(resolve(href));
      else if (rel.includes("preload") && as === "font") lists.fonts.add(resolve(href));
    }
  }
  return {
    /** `<script src>` and `<link rel=preload as=script|modulepreload>`: what a modern browser fetches. */
    scripts: [...lists.scripts],
    /** `<script nomodule src>`: old browsers only, never counted in totals. */
    nomoduleScripts: [...lists.nomodule].filter((url) => !lists.scripts.has(url)),
    stylesheets: [...lists.css],
    fonts: [...lists.fonts],
    /** The text of the inline `self.__next_f.push(…)` scripts, joined. */
    rscPayload,
  };
}

/** One response body: bytes on the wire (compressed when the server compressed) and once decoded. */
type Transfer = { url: string; encoding: string; transferBytes: number; rawBytes: number };

/** GETs `url` asking for gzip only (what `next start` speaks); rejects unless it answers 200. */
function fetchTransfer(url: string): Promise<{ transfer: Transfer; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: { "accept-encoding": "gzip", "user-agent": "lesinfos-bench/1" }, timeout: 30_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          if (response.statusCode !== 200) return reject(new Error(`${url} : réponse ${response.statusCode} (200 attendu)`));
          const wire = Buffer.concat(chunks);
          const encoding = response.headers["content-encoding"] ?? "identity";
          if (encoding !== "gzip" && encoding !== "identity") return reject(new Error(`${url} : codage « ${encoding} » inattendu`));
          const body = encoding === "gzip" ? gunzipSync(wire) : wire;
          resolve({ transfer: { url, encoding, transferBytes: wire.length, rawBytes: body.length }, body });
        });
      },
    );
    request.on("timeout", () => request.destroy(new Error(`${url} : pas de réponse après 30 s`)));
    request.on("error", reject);
  });
}

async function fetchGroup(urls: readonly string[]) {
  const files = await Promise.all(urls.map(async (url) => (await fetchTransfer(url)).transfer));
  return { files, transferBytes: files.reduce((sum, file) => sum + file.transferBytes, 0) };
}

/** The weight of `path` on the server at `baseUrl` (e.g. "http://127.0.0.1:3450"). */
export async function measurePageWeight(baseUrl: string, path: string) {
  const url = new URL(path, baseUrl).href;
  const { transfer: html, body } = await fetchTransfer(url);
  const assets = extractAssets(body.toString("utf8"), url);
  const [js, nomoduleJs, css, fonts] = await Promise.all(
    [assets.scripts, assets.nomoduleScripts, assets.stylesheets, assets.fonts].map((urls) => fetchGroup(urls)),
  );
  const payload = Buffer.from(assets.rscPayload, "utf8");
  return {
    url,
    html,
    /** Part of `html`, not on top of it. */
    rscPayload: { rawBytes: payload.length, gzipBytes: payload.length ? gzipSync(payload, { level: 6 }).length : 0 },
    js: js!,
    nomoduleJs: nomoduleJs!,
    css: css!,
    /** Preloaded fonts only (fonts referenced from CSS alone are not counted). */
    fonts: fonts!,
    totalTransferBytes: html.transferBytes + js!.transferBytes + css!.transferBytes + fonts!.transferBytes,
  };
}
export type PageWeight = Awaited<ReturnType<typeof measurePageWeight>>;
