/**
 * Cache tags for a CDN in front: each page is tagged with its own address
 * (the key `revalidatePath` uses, see touched.ts), a later page of a
 * listing also with its route (`/page/[n]`), and with the site's tag.
 * A tag covers every variant the CDN keeps of an address (query strings,
 * Next's `?_rsc=` navigation requests, encodings), so purging the tags a
 * change touched purges exactly what it changed; the site tag purges all.
 */
import { resolveRoute } from "../routes/resolve";
import { LISTINGS, ROUTES, type RouteName } from "../routes/table";

export const SITE_TAG = "lesinfos";

/** `Cache-Tag` (Cloudflare, Akamai: comma-separated) by default; `Surrogate-Key` (Fastly) takes spaces. */
export function cacheTagHeader(): { name: string; separator: string } {
  const name = process.env.LESINFOS_CACHE_TAG_HEADER?.trim() || "Cache-Tag";
  return { name, separator: name.toLowerCase() === "surrogate-key" ? " " : "," };
}

/** The routes of the pages 2, 3… of the listings: touched.ts purges them whole by their pattern. */
const LATER_PAGES = new Set<RouteName>(Object.values(LISTINGS).map((listing) => listing.later));

export function cacheTagsOf(pathname: string): string[] {
  const address = pathname.replace(/\/+$/, "") || "/";
  const route = resolveRoute(address)?.route;
  return route && LATER_PAGES.has(route) ? [address, ROUTES[route].pattern, SITE_TAG] : [address, SITE_TAG];
}

/**
 * Tells the CDN what to purge after a change: a POST of `{ "tags": [...] }`
 * to LESINFOS_PURGE_URL (a small relay to the CDN's purge API), if set.
 */
export async function requestPurge(tags: readonly string[]): Promise<void> {
  const url = process.env.LESINFOS_PURGE_URL;
  if (!url || tags.length === 0) return;
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ tags }) });
  if (!response.ok) throw new Error(`purge du CDN refusée : HTTP ${response.status}`);
}
