/**
 * The Google News sitemap: only the articles of the last 48 hours, which is
 * all Google News reads from it, and at most 1,000 of them.
 */
import type { Article } from "@/lib/content";
import { toIsoWithOffset } from "@/lib/dates";
import { absoluteUrl, site } from "@/lib/site";

import { escapeXml } from "./xml";

export const NEWS_WINDOW_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;

/** Articles published in the `hours` before `now`, newest first; none from the future. */
export function recentArticles(articles: readonly Article[], now: Date, hours = NEWS_WINDOW_HOURS): Article[] {
  const until = now.getTime();
  const since = until - hours * 3_600_000;
  return articles
    .filter((article) => {
      const time = article.publishedAt.getTime();
      return time > since && time <= until;
    })
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .slice(0, NEWS_SITEMAP_LIMIT);
}

export function newsSitemapXml(articles: readonly Article[]): string {
  const urls = articles.map(
    (article) =>
      "  <url>\n" +
      `    <loc>${escapeXml(absoluteUrl(article.url))}</loc>\n` +
      "    <news:news>\n" +
      `      <news:publication><news:name>${escapeXml(site.name)}</news:name><news:language>${site.locale}</news:language></news:publication>\n` +
      `      <news:publication_date>${toIsoWithOffset(article.publishedAt)}</news:publication_date>\n` +
      `      <news:title>${escapeXml(article.title)}</news:title>\n` +
      "    </news:news>\n" +
      "  </url>\n",
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    urls.join("") +
    "</urlset>\n"
  );
}
