/**
 * Which beacon requests are a reader looking at an article. Not counted:
 * prefetches and prerenders (the browser fetched the page in case, nobody
 * saw it), and robots (crawlers, link previews, headless browsers, command
 * line clients), recognised by their user agent.
 */
const ROBOTS =
  /bot\b|bot\/|crawl|spider|slurp|mediapartners|facebookexternalhit|embedly|preview|whatsapp|telegram|skype|headless|lighthouse|pagespeed|phantomjs|python|curl|wget|httpclient|okhttp|go-http|java\/|libwww|scrapy|axios|node-fetch|undici|feed|rss/i;

/** Chrome: `Sec-Purpose: prefetch` (`;prerender`); older Chrome and Safari: `Purpose: prefetch`; Firefox: `X-Moz: prefetch`. */
export const PREFETCH_HEADERS = ["sec-purpose", "purpose", "x-purpose", "x-moz"] as const;

export function isPrefetch(headers: Headers): boolean {
  return PREFETCH_HEADERS.some((name) => /prefetch|prerender|preview/i.test(headers.get(name) ?? ""));
}

export function isRobot(userAgent: string): boolean {
  return userAgent.trim() === "" || ROBOTS.test(userAgent);
}

export function isCountable(headers: Headers): boolean {
  return !isPrefetch(headers) && !isRobot(headers.get("user-agent") ?? "");
}
