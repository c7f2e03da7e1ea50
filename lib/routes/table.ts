/**
 * The site's addresses, described once: every route of `app/` (a test holds
 * this table against the folder), the builders of `paths.ts`, the proxy's
 * resolver and the `/…/page/1` redirects of next.config.ts all read it.
 * Relative imports only: next.config.ts loads this file.
 */
import { HOME_PATH } from "./home";

/**
 * Each route by name, written as its folder under `app/` (`[param]` for a
 * dynamic segment). `check: false` exempts a dynamic route from the proxy's
 * existence check (`isMissingContent`, lib/routes/index.ts), saying why;
 * `post: true` lets the proxy pass POST requests to it (every other address
 * takes only GET and HEAD).
 */
export const ROUTES = {
  home: { pattern: HOME_PATH },
  homePage: { pattern: "/page/[n]" },
  article: { pattern: "/article/[slug]" },
  articleImage: { pattern: "/article/[slug]/opengraph-image" },
  coverCrop: { pattern: "/article/[slug]/couverture/[file]" },
  liveArchive: { pattern: "/article/[slug]/mises-a-jour/[n]" },
  liveEndpoint: { pattern: "/article/[slug]/direct.json" },
  // The view beacon (lib/audience/beacon.ts): it answers its image for any slug, counting only published articles.
  articleView: { pattern: "/article/[slug]/vu", check: false },
  rubrique: { pattern: "/rubrique/[id]" },
  rubriquePage: { pattern: "/rubrique/[id]/page/[n]" },
  rubriqueFeed: { pattern: "/rubrique/[id]/rss.xml" },
  authors: { pattern: "/auteurs" },
  author: { pattern: "/auteur/[id]" },
  authorPage: { pattern: "/auteur/[id]/page/[n]" },
  tag: { pattern: "/tag/[slug]" },
  tagPage: { pattern: "/tag/[slug]/page/[n]" },
  wire: { pattern: "/fil-info" },
  wirePage: { pattern: "/fil-info/page/[n]" },
  archives: { pattern: "/archives" },
  archiveMonth: { pattern: "/archives/[yyyy]/[mm]" },
  search: { pattern: "/recherche" },
  corrections: { pattern: "/rectificatifs" },
  correctionsPage: { pattern: "/rectificatifs/page/[n]" },
  legalNotice: { pattern: "/mentions-legales" },
  // Only the pages of content/pages/ exist (`dynamicParams = false`): Next.js answers a full 404 itself.
  staticPage: { pattern: "/[slug]", check: false },
  siteFeed: { pattern: "/rss.xml" },
  sitemap: { pattern: "/sitemap.xml" },
  // A route handler: it answers its own plain-text 404.
  sitemapPart: { pattern: "/sitemaps/[file]", check: false },
  newsSitemap: { pattern: "/news-sitemap.xml" },
  robots: { pattern: "/robots.txt" },
  manifest: { pattern: "/manifest.webmanifest" },
  icon: { pattern: "/icon.svg" },
  appleIcon: { pattern: "/apple-icon.png" },
  siteCard: { pattern: "/opengraph-image" },
  favicon: { pattern: "/favicon.ico" },
  // The content follower's own request to this process (lib/publication/revalidate.ts).
  revalidation: { pattern: "/interne/revalider" },
  // For load balancers and the rolling restart (lib/health.ts).
  health: { pattern: "/sante" },
  // La lettre de Lesinfos: its page, the pages its links open, and the three forms' targets.
  lettre: { pattern: "/lettre" },
  lettreConfirmation: { pattern: "/lettre/confirmation" },
  lettreUnsubscribePage: { pattern: "/lettre/desinscription" },
  lettreSignup: { pattern: "/lettre/inscrire", post: true },
  lettreConfirm: { pattern: "/lettre/confirmer", post: true },
  lettreUnsubscribe: { pattern: "/lettre/desinscrire", post: true },
} as const satisfies Record<string, { pattern: string; check?: false; post?: true }>;

export type RouteName = keyof typeof ROUTES;
export type Pattern<R extends RouteName> = (typeof ROUTES)[R]["pattern"];

/** `"/rubrique/[id]/page/[n]"` → `"id" | "n"`. */
type ParamNames<P extends string> = P extends `${string}[${infer Name}]${infer Rest}` ? Name | ParamNames<Rest> : never;

/** The parameters of a route, as Next.js passes them. */
export type RouteParams<R extends RouteName> = { [K in ParamNames<Pattern<R>>]: string };

/** Routes whose addresses depend on the content: the proxy asks whether they exist before rendering. */
export type CheckedRoute = {
  [R in RouteName]: (typeof ROUTES)[R] extends { check: false } ? never : ParamNames<Pattern<R>> extends never ? never : R;
}[RouteName];

/**
 * The paginated listings: page 1 at `first`, page n ≥ 2 at `later`
 * (`<first>/page/<n>`); `<first>/page/1` redirects to `first`.
 */
export const LISTINGS = {
  home: { first: "home", later: "homePage" },
  rubrique: { first: "rubrique", later: "rubriquePage" },
  author: { first: "author", later: "authorPage" },
  tag: { first: "tag", later: "tagPage" },
  wire: { first: "wire", later: "wirePage" },
  corrections: { first: "corrections", later: "correctionsPage" },
} as const satisfies Record<string, { first: RouteName; later: RouteName }>;

export type ListingName = keyof typeof LISTINGS;

/** The segments of a path, without the leading, trailing or doubled slashes. */
export function segmentsOf(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

/** `[id]` → `id`; null for a literal segment. */
export function paramName(segment: string): string | null {
  return /^\[(\w+)\]$/.exec(segment)?.[1] ?? null;
}

/** Permanent redirects of `<first>/page/1` to `<first>`, in next.config.ts's form. */
export function pageOneRedirects(): { source: string; destination: string; permanent: true }[] {
  const toSource = (pattern: string) =>
    `/${segmentsOf(pattern)
      .map((segment) => (paramName(segment) ? `:${paramName(segment)}` : segment))
      .join("/")}`;
  return Object.values(LISTINGS).map(({ first, later }) => ({
    source: toSource(ROUTES[later].pattern.replace("[n]", "1")),
    destination: toSource(ROUTES[first].pattern),
    permanent: true,
  }));
}
