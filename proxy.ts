import { NextResponse, type NextRequest } from "next/server";

import { answerBeacon, beaconSlug } from "@/lib/audience/beacon";
import { cacheTagHeader, cacheTagsOf } from "@/lib/publication/cache-tags";
import { REVALIDATION_PATH } from "@/lib/publication/revalidate";
import { isMissingContent } from "@/lib/routes";
import { acceptsPost } from "@/lib/routes/resolve";
import { serverOrigin } from "@/lib/server-origin";

/**
 * In front of every page:
 * - the view beacon is answered here, before Next.js routes it (lib/audience/beacon.ts);
 * - only GET and HEAD, and POST on the few routes that take forms
 *   (`post: true` in lib/routes/table.ts): other methods get 405;
 * - addresses that cannot be decoded get the 404 page;
 * - unknown articles, rubriques, authors, tags, months and page numbers get
 *   the prerendered 404 page here, before their route renders: a `notFound()`
 *   thrown while rendering a dynamic route would send an empty shell that
 *   only JavaScript fills in (docs/adr/0001-proxy-404.md). Which addresses
 *   are checked, and how, is said once in lib/routes/.
 */
export async function proxy(request: NextRequest) {
  // The content follower's own request (lib/publication/revalidate.ts): the route checks its secret.
  if (request.method === "POST" && request.nextUrl.pathname === REVALIDATION_PATH) return NextResponse.next();
  const beacon = beaconSlug(request.nextUrl.pathname);
  if (beacon !== null && (request.method === "GET" || request.method === "HEAD")) return answerBeacon(beacon, request);
  if (request.method === "POST" && acceptsPost(request.nextUrl.pathname)) return NextResponse.next();
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new NextResponse("Méthode non autorisée.", {
      status: 405,
      headers: { Allow: acceptsPost(request.nextUrl.pathname) ? "POST" : "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { pathname } = request.nextUrl;
  if (isWellFormed(pathname) && !(await missingOrUnknown(pathname))) {
    // The page's cache tags, for a CDN that purges by tag (lib/publication/cache-tags.ts).
    const { name, separator } = cacheTagHeader();
    return NextResponse.next({ headers: { [name]: cacheTagsOf(pathname).join(separator) } });
  }
  // No route matches this path, so Next.js serves its prerendered not-found page, status 404.
  return NextResponse.rewrite(new URL("/_introuvable/_", ownOrigin(request)));
}

/**
 * The origin this server listens on. Next.js keeps a rewrite inside the process only when its
 * origin is the one the server listens on; `request.nextUrl` says `localhost` whatever
 * `--hostname` was given, so with `--hostname 127.0.0.1` (tests, bench, deploy/) every 404
 * became an HTTP request of the server to itself, which answered 500 when the server was
 * starved or stopping (docs/adr/0001-proxy-404.md). `next start` publishes its origin in
 * `__NEXT_PRIVATE_ORIGIN` (start-server.ts, set once it listens); lib/server-origin.ts.
 */
function ownOrigin(request: NextRequest): string {
  return serverOrigin(process.env.__NEXT_PRIVATE_ORIGIN, process.env.LESINFOS_LISTEN) ?? request.nextUrl.origin;
}

/** When the content cannot be read at all, the pages decide (and their caches keep serving). */
async function missingOrUnknown(pathname: string): Promise<boolean> {
  try {
    return await isMissingContent(pathname);
  } catch (error) {
    console.error(error);
    return false;
  }
}

/** Percent-escapes that are not UTF-8 (`/%ff`) would make Next.js fail while decoding route parameters. */
function isWellFormed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
