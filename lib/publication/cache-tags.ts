/**
 * Cache tags for a CDN in front: each page is tagged with its own address
 * (the key `revalidatePath` uses, see touched.ts) and with the site's tag.
 * A tag covers every variant the CDN keeps of an address (query strings,
 * Next's `?_rsc=` navigation requests, encodings), so purging the tags a
 * change touched purges exactly what it changed; the site tag purges all.
 */
export const SITE_TAG = "lesinfos";

/** `Cache-Tag` (Cloudflare, Akamai: comma-separated) by default; `Surrogate-Key` (Fastly) takes spaces. */
export function cacheTagHeader(): { name: string; separator: string } {
  const name = process.env.LESINFOS_CACHE_TAG_HEADER?.trim() || "Cache-Tag";
  return { name, separator: name.toLowerCase() === "surrogate-key" ? " " : "," };
}

export function cacheTagsOf(pathname: string): string[] {
  return [pathname.replace(/\/+$/, "") || "/", SITE_TAG];
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
