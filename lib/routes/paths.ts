/**
 * Builders of every address of the site, from the table of routes: pages,
 * components, feeds and sitemaps link through these, never by a literal.
 */
import { cropFile, type CoverCrop } from "../seo/cover-crops";
import { LISTINGS, paramName, ROUTES, segmentsOf, type ListingName, type RouteName, type RouteParams } from "./table";

/** The address of a route with its parameters filled in. */
export function href<R extends RouteName>(route: R, ...[params]: keyof RouteParams<R> extends never ? [] : [RouteParams<R>]): string {
  return fill(route, params ?? {});
}

function fill(route: RouteName, values: Record<string, string>): string {
  const filled = segmentsOf(ROUTES[route].pattern).map((segment) => {
    const name = paramName(segment);
    return name === null ? segment : values[name];
  });
  return `/${filled.join("/")}`;
}

/**
 * Page `page` of a listing: page 1 is the listing's own address, the next
 * ones `<first>/page/<n>` (the only place that says so).
 */
export function listingPath<L extends ListingName>(listing: L, params: RouteParams<(typeof LISTINGS)[L]["first"]>, page = 1): string {
  const { first, later } = LISTINGS[listing];
  return page === 1 ? fill(first, params) : fill(later, { ...params, n: String(page) });
}

export const paths = {
  home: (page = 1) => listingPath("home", {}, page),
  article: (slug: string) => href("article", { slug }),
  articleImage: (slug: string) => href("articleImage", { slug }),
  /** The article's cover cut to one of the shapes of its structured data (lib/seo/cover-crops.ts). */
  coverCrop: (slug: string, crop: CoverCrop) => href("coverCrop", { slug, file: cropFile(crop) }),
  /** Archive page `n` of a live coverage's updates (1 = the oldest fifty). */
  liveArchive: (slug: string, n: number) => href("liveArchive", { slug, n: String(n) }),
  /** The cacheable endpoint the live island reads. */
  liveEndpoint: (slug: string) => href("liveEndpoint", { slug }),
  /** The view beacon of an article: a tiny image, never cached. */
  articleView: (slug: string) => href("articleView", { slug }),
  rubrique: (id: string, page = 1) => listingPath("rubrique", { id }, page),
  rubriqueFeed: (id: string) => href("rubriqueFeed", { id }),
  authors: () => href("authors"),
  author: (id: string, page = 1) => listingPath("author", { id }, page),
  tag: (slug: string, page = 1) => listingPath("tag", { slug }, page),
  wire: (page = 1) => listingPath("wire", {}, page),
  archives: () => href("archives"),
  archiveMonth: (year: number, month: number) => href("archiveMonth", { yyyy: String(year), mm: String(month).padStart(2, "0") }),
  /** The search page, with a query and a page when given. */
  search: (query?: string, page = 1) =>
    query === undefined ? href("search") : `${href("search")}?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ""}`,
  staticPage: (slug: string) => href("staticPage", { slug }),
  corrections: (page = 1) => listingPath("corrections", {}, page),
  legalNotice: () => href("legalNotice"),
  siteFeed: () => href("siteFeed"),
  sitemap: () => href("sitemap"),
  /** `/sitemaps/2.xml`: one part of the sitemap once it is split. */
  sitemapPart: (part: number) => href("sitemapPart", { file: `${part}.xml` }),
  newsSitemap: () => href("newsSitemap"),
  icon: () => href("icon"),
  appleIcon: () => href("appleIcon"),
  /** The site's share card, for every page but the articles. */
  siteCard: () => href("siteCard"),
  /** The newsletter's page, with the notice of what just happened (lib/lettre/notices.ts). */
  lettre: (notice?: string) => (notice ? `${href("lettre")}?etat=${encodeURIComponent(notice)}` : href("lettre")),
  lettreSignup: () => href("lettreSignup"),
  lettreConfirm: () => href("lettreConfirm"),
  /** The page a confirmation e-mail links to, with its token. */
  lettreConfirmation: (token: string) => `${href("lettreConfirmation")}?jeton=${encodeURIComponent(token)}`,
  /** The page an e-mail's unsubscribe link opens, with its token. */
  lettreUnsubscribePage: (token: string) => `${href("lettreUnsubscribePage")}?jeton=${encodeURIComponent(token)}`,
  /** Where unsubscriptions are posted: with a token, the one-click address of List-Unsubscribe (RFC 8058). */
  lettreUnsubscribe: (token?: string) =>
    token ? `${href("lettreUnsubscribe")}?jeton=${encodeURIComponent(token)}` : href("lettreUnsubscribe"),
};
