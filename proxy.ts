import { NextResponse, type NextRequest } from "next/server";

import { routeExists } from "@/lib/routes";

/**
 * Unknown articles, rubriques and page numbers are answered here with the
 * prerendered 404 page. A `notFound()` thrown while rendering a dynamic
 * route would also give a 404, but Next.js 16 then sends an empty HTML shell
 * that only JavaScript fills in: readers without it would see a blank page.
 */
export async function proxy(request: NextRequest) {
  if (await routeExists(request.nextUrl.pathname)) return NextResponse.next();
  // No route matches this path, so Next.js serves its prerendered not-found page, status 404.
  return NextResponse.rewrite(new URL("/_introuvable/_", request.url));
}

export const config = {
  matcher: ["/article/:path*", "/rubrique/:path*", "/page/:path*"],
};
