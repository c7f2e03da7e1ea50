/**
 * Addresses of the machine-readable companions of the pages (feeds, sitemaps,
 * social images) and of the listing pages, in one place so that pages, feeds
 * and sitemaps always agree.
 */
import type { Article, Rubrique } from "@/lib/content";

export const SITE_FEED_PATH = "/rss.xml";
export const SITEMAP_PATH = "/sitemap.xml";
export const NEWS_SITEMAP_PATH = "/news-sitemap.xml";
export const SEARCH_PATH = "/recherche";
export const PUBLISHER_LOGO = { path: "/apple-icon.png", width: 180, height: 180 } as const;

/** The generated Open Graph image of every article (app/article/[slug]/opengraph-image.tsx). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The site's own share card (app/opengraph-image.tsx), for every page but the articles. */
export const SITE_CARD_PATH = "/opengraph-image";

export function ogImagePath(article: Pick<Article, "url">): string {
  return `${article.url}/opengraph-image`;
}

export function rubriqueFeedPath(rubrique: Pick<Rubrique, "url">): string {
  return `${rubrique.url}/rss.xml`;
}

/** `/sitemaps/2.xml`: one part of the sitemap once it is split. */
export function sitemapPartPath(part: number): string {
  return `/sitemaps/${part}.xml`;
}
