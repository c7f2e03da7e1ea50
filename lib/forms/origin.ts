import { siteUrl } from "../site";

/**
 * Whether a POST may come from one of our own pages. A browser says where a
 * form was sent from (`Origin`, `Sec-Fetch-Site`): a page of another site, a
 * sandboxed frame (`Origin: null`) or a sibling subdomain is refused. A
 * client that says nothing is no browser carrying a reader's session (there
 * is none): the form's token decides (docs/adr/0012-lettre-double-optin.md).
 */
export function isOwnOrigin(headers: Headers): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  // Behind nginx the Host header is the public one; SITE_URL when a CDN rewrites it.
  const own = [headers.get("host"), headers.get("x-forwarded-host"), new URL(siteUrl()).host];
  return own.includes(host);
}
