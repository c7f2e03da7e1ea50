/**
 * What a page costs a reader's connection: the HTML document and what it
 * pulls in (scripts, style sheets, preloaded fonts), in bytes as the server
 * sends them to a browser asking for gzip.
 *
 * Every byte count is the body as it came over the wire: `next start`
 * gzips (zlib level 6, through the `compression` middleware) responses of
 * 1 KiB or more, and sends smaller ones as they are, as a browser receives
 * them (HTTP headers and chunk framing are not counted). Nothing is recompressed here, except the inline RSC payload, which
 * travels inside the HTML: its own figure is its text gzipped alone at the
 * same level 6, to say what share of the document it is.
 */
import http from "node:http";
import https from "node:https";
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";

import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { z } from "zod";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** What the HTML asks the browser to download, as absolute URLs, in document order, without duplicates. */
export interface PageAssets {
  /** `<script src>` (async, defer, module or classic) and `<link rel=preload as=script|modulepreload>`: what a modern browser fetches. */
  scripts: string[];
  /** `<script nomodule src>`: only for browsers without ES modules; modern ones skip them. */
  nomoduleScripts: string[];
  /** `<link rel=stylesheet>`. */
  stylesheets: string[];
  /** `<link rel=preload as=font>`. */
  fonts: string[];
  /** The text of the inline `self.__next_f.push(…)` scripts (the RSC payload), joined. */
  rscPayload: string;
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

const tokens = (value: string | undefined) => (value ?? "").toLowerCase().split(/\s+/).filter(Boolean);

function textOf(element: Element): string {
  return element.childNodes.map((child) => (child.nodeName === "#text" && "value" in child ? child.value : "")).join("");
}

function* elements(node: Node): Generator<Element> {
  if ("tagName" in node) yield node;
  // <template> keeps its children in `content`, not `childNodes`.
  if ("content" in node) yield* elements(node.content);
  if ("childNodes" in node) for (const child of node.childNodes) yield* elements(child);
}

/** Pure: reads the assets of an HTML document served at `baseUrl`. */
export function extractAssets(html: string, baseUrl: string): PageAssets {
  const lists = { scripts: new Set<string>(), nomodule: new Set<string>(), css: new Set<string>(), fonts: new Set<string>() };
  const payload: string[] = [];
  const resolve = (href: string) => new URL(href, baseUrl).href;
  for (const element of elements(parse(html))) {
    if (element.tagName === "script") {
      const src = attr(element, "src");
      if (src) (attr(element, "nomodule") === undefined ? lists.scripts : lists.nomodule).add(resolve(src));
      else if (textOf(element).includes("self.__next_f")) payload.push(textOf(element));
    } else if (element.tagName === "link") {
      const href = attr(element, "href");
      if (!href) continue;
      const rel = tokens(attr(element, "rel"));
      const as = attr(element, "as")?.toLowerCase();
      if (rel.includes("stylesheet")) lists.css.add(resolve(href));
      else if (rel.includes("modulepreload") || (rel.includes("preload") && as === "script")) lists.scripts.add(resolve(href));
      else if (rel.includes("preload") && as === "font") lists.fonts.add(resolve(href));
    }
  }
  return {
    scripts: [...lists.scripts],
    nomoduleScripts: [...lists.nomodule].filter((url) => !lists.scripts.has(url)),
    stylesheets: [...lists.css],
    fonts: [...lists.fonts],
    rscPayload: payload.join(""),
  };
}

/** One response, as received. */
export interface Transfer {
  url: string;
  status: number;
  /** The `content-encoding` of the response: "gzip", or "identity" when sent uncompressed. */
  encoding: string;
  /** Body bytes on the wire (compressed when the server compressed). */
  transferBytes: number;
  /** Body bytes once decoded. */
  rawBytes: number;
}

export interface AssetGroup {
  files: Transfer[];
  transferBytes: number;
  rawBytes: number;
}

export interface PageWeight {
  url: string;
  html: Transfer;
  /** The inline RSC payload (part of `html`, not on top of it): raw, and gzipped alone at level 6. */
  rscPayload: { rawBytes: number; gzipBytes: number };
  /** Scripts a modern browser downloads (nomodule excluded). */
  js: AssetGroup;
  /** nomodule scripts: downloaded by old browsers only, never counted in totals. */
  nomoduleJs: AssetGroup;
  css: AssetGroup;
  /** Preloaded fonts (fonts only referenced from CSS are not counted). */
  fonts: AssetGroup & { count: number };
  /** HTML + JS + CSS + preloaded fonts, on the wire. */
  totalTransferBytes: number;
}

/** What a browser would send, asking for gzip only (what `next start` speaks). */
const REQUEST_HEADERS = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-encoding": "gzip",
  "accept-language": "fr-FR,fr;q=0.9",
  "user-agent": "lesinfos-bench/1 (page-weight)",
};

const encodingHeader = z
  .string()
  .trim()
  .toLowerCase()
  .optional()
  .transform((value) => value || "identity");

function decode(body: Buffer, encoding: string, url: string): Buffer {
  switch (encoding) {
    case "identity":
      return body;
    case "gzip":
    case "x-gzip":
      return gunzipSync(body);
    case "br":
      return brotliDecompressSync(body);
    case "deflate":
      return inflateSync(body);
    default:
      throw new Error(`${url} : codage « ${encoding} » inconnu`);
  }
}

/** GETs `url` and counts its body before and after decoding; rejects unless it answers 200. */
export function fetchTransfer(url: string, timeoutMs = 30_000): Promise<{ transfer: Transfer; body: Buffer }> {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { headers: REQUEST_HEADERS, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const status = response.statusCode ?? 0;
        if (status !== 200) return reject(new Error(`${url} : réponse ${status} (200 attendu)`));
        try {
          const wire = Buffer.concat(chunks);
          const encoding = encodingHeader.parse(response.headers["content-encoding"]);
          const body = decode(wire, encoding, url);
          resolve({ transfer: { url, status, encoding, transferBytes: wire.length, rawBytes: body.length }, body });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    request.on("timeout", () => request.destroy(new Error(`${url} : pas de réponse après ${timeoutMs} ms`)));
    request.on("error", reject);
  });
}

async function fetchGroup(urls: readonly string[]): Promise<AssetGroup> {
  const files = await Promise.all(urls.map(async (url) => (await fetchTransfer(url)).transfer));
  return {
    files,
    transferBytes: files.reduce((sum, file) => sum + file.transferBytes, 0),
    rawBytes: files.reduce((sum, file) => sum + file.rawBytes, 0),
  };
}

/** The weight of `path` on the server at `baseUrl` (e.g. "http://127.0.0.1:3510"). */
export async function measurePageWeight(baseUrl: string, path: string): Promise<PageWeight> {
  const url = new URL(path, baseUrl).href;
  const { transfer: html, body } = await fetchTransfer(url);
  const assets = extractAssets(body.toString("utf8"), url);
  const [js, nomoduleJs, css, fonts] = await Promise.all([
    fetchGroup(assets.scripts),
    fetchGroup(assets.nomoduleScripts),
    fetchGroup(assets.stylesheets),
    fetchGroup(assets.fonts),
  ]);
  const payload = Buffer.from(assets.rscPayload, "utf8");
  return {
    url,
    html,
    rscPayload: { rawBytes: payload.length, gzipBytes: payload.length ? gzipSync(payload, { level: 6 }).length : 0 },
    js,
    nomoduleJs,
    css,
    fonts: { ...fonts, count: fonts.files.length },
    totalTransferBytes: html.transferBytes + js.transferBytes + css.transferBytes + fonts.transferBytes,
  };
}

/** JavaScript bytes on the wire (nomodule excluded) that the page adds above the framework floor. */
export function appJsAboveFloor(page: PageWeight, floor: PageWeight): number {
  return page.js.transferBytes - floor.js.transferBytes;
}
