/**
 * The sitemaps and feeds of the published content: the content layer's
 * getters fed to the pure builders of this folder. Route handlers call these.
 */
import { now } from "@/lib/clock";
import {
  coverImageByteLength,
  getArticleBodyHtml,
  getArticles,
  getArticlesInRubrique,
  getAuthors,
  getPages,
  getRubrique,
  getRubriques,
  getUnePicks,
  type Article,
} from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { absoluteUrl, site } from "@/lib/site";
import { t } from "@/lib/strings";

import { newsSitemapXml, recentArticles } from "./news-sitemap";
import { imageMimeType, RSS_LIMIT, rssXml, type RssChannel, type RssEntry } from "./rss";
import { sitemapEntries, type SitemapEntry } from "./sitemap";

export async function siteSitemapEntries(): Promise<SitemapEntry[]> {
  const [articles, rubriques, authors, pages, picks] = await Promise.all([
    getArticles(),
    getRubriques(),
    getAuthors(),
    getPages(),
    getUnePicks(),
  ]);
  return sitemapEntries({ articles, rubriques, authors, pages, pageSize: site.pageSize, picks, at: now() });
}

export async function siteNewsSitemap(): Promise<string> {
  return newsSitemapXml(recentArticles(await getArticles(), now()));
}

async function rssEntry(article: Article): Promise<RssEntry> {
  const html = await getArticleBodyHtml(article);
  if (!article.image) return { article, html };
  const { src } = article.image;
  return {
    article,
    html,
    enclosure: { url: absoluteUrl(src), type: imageMimeType(src), length: await coverImageByteLength(article.image) },
  };
}

async function feed(channel: Omit<RssChannel, "now">, articles: readonly Article[]): Promise<string> {
  const entries = await Promise.all(articles.slice(0, RSS_LIMIT).map(rssEntry));
  return rssXml({ ...channel, now: now() }, entries);
}

/** `/rss.xml`: the latest articles of the whole site. */
export async function siteFeedXml(): Promise<string> {
  return feed(
    { title: t.siteFeedTitle, description: site.description, link: absoluteUrl(paths.home()), selfUrl: absoluteUrl(paths.siteFeed()) },
    await getArticles(),
  );
}

/** `/rubrique/<id>/rss.xml`, or null for an unknown rubrique. */
export async function rubriqueFeedXml(id: string): Promise<string | null> {
  const rubrique = await getRubrique(id);
  if (!rubrique) return null;
  return feed(
    {
      title: t.rubriqueFeedTitle(rubrique.name),
      description: t.rubriqueFeedDescription(rubrique.name),
      link: absoluteUrl(rubrique.url),
      selfUrl: absoluteUrl(paths.rubriqueFeed(rubrique.id)),
    },
    await getArticlesInRubrique(id),
  );
}
