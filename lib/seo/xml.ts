/** Text or attribute value for hand-built XML. */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

export const XML_CONTENT_TYPE = "application/xml; charset=utf-8";
export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";

/** Sitemaps and feeds change within minutes of a publication: shared caches keep them five minutes at most. */
export const FEED_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=3600";

export function xmlResponse(body: string, contentType = XML_CONTENT_TYPE): Response {
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": FEED_CACHE_CONTROL } });
}

export function notFoundResponse(): Response {
  return new Response("Introuvable\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
