/**
 * RSS 2.0 feeds, written by the `feed` library with two corrections: its
 * dates are UTC ("GMT") where the newsroom dates in Casablanca time, and its
 * `<author>` wants an e-mail address, so the byline goes to `dc:creator`.
 */
import { Feed } from "feed";

import type { Article } from "@/lib/content";
import { casablancaYear, formatLongDateTime, toIsoWithOffset, toRfc822 } from "@/lib/dates";
import { absoluteUrl, site } from "@/lib/site";
import { t } from "@/lib/strings";

import { absolutizeHtml } from "./absolute-html";
import { lastModified } from "./sitemap";
import { escapeXml } from "./xml";

export const RSS_LIMIT = 50;

export interface RssEnclosure {
  url: string;
  type: string;
  length: number;
}

export interface RssEntry {
  article: Article;
  /** The sanitized body, as the article page shows it. */
  html: string;
  /** The cover image, absolute URL and size in bytes. */
  enclosure?: RssEnclosure;
}

export interface RssChannel {
  title: string;
  description: string;
  /** The page the feed follows (home or rubrique), absolute. */
  link: string;
  /** The feed's own address, absolute. */
  selfUrl: string;
  /** Used as the build date of an empty feed only. */
  now: Date;
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
};

/** MIME type of an image from its file name, as content/ allows them. */
export function imageMimeType(src: string): string {
  const extension = src.split(".").pop()?.toLowerCase() ?? "";
  return IMAGE_TYPES[extension] ?? "application/octet-stream";
}

/**
 * The library wraps text in CDATA and escapes only the first "]]>" in it (a
 * second one would end the section and break the XML). Escaping the others
 * here keeps the text intact whatever it holds.
 */
export function cdataSafe(text: string): string {
  const first = text.indexOf("]]>");
  if (first === -1) return text;
  const rest = text.slice(first + 3).replaceAll("]]>", "]]]]><![CDATA[>");
  return `${text.slice(0, first + 3)}${rest}`;
}

/** An article's corrections of one kind as paragraphs, newest first, for the item's content. */
function correctionsHtml(article: Article, kind: "rectificatif" | "precision"): string {
  return article.corrections
    .filter((correction) => correction.kind === kind)
    .reverse()
    .map(
      ({ publishedAt, text }) =>
        `<p><strong>${t[kind]}, ${escapeXml(formatLongDateTime(publishedAt))}\u00a0:</strong> ${escapeXml(text)}</p>`,
    )
    .join("");
}

export function rssXml(channel: RssChannel, entries: readonly RssEntry[]): string {
  const newest = entries.reduce<Date | undefined>((latest, { article }) => {
    const date = lastModified(article);
    return !latest || date > latest ? date : latest;
  }, undefined);
  const built = newest ?? channel.now;
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: channel.link,
    link: channel.link,
    feedLinks: { rss: channel.selfUrl },
    language: site.locale,
    copyright: t.copyright(casablancaYear(built)),
    updated: built,
    generator: false,
  });
  feed.addExtension({ name: "lastBuildDate", objects: { _text: toRfc822(built) } });

  for (const { article, html, enclosure } of entries) {
    const url = absoluteUrl(article.url);
    const body = absolutizeHtml(html, url) || `<p>${escapeXml(article.description)}</p>`;
    feed.addItem({
      title: cdataSafe(article.title),
      link: url,
      date: article.publishedAt,
      description: cdataSafe(article.description),
      // Never empty: the library declares the dc: namespace only for items with content.
      // Rectificatifs open the item and précisions close it, as on the page.
      content: cdataSafe(`${correctionsHtml(article, "rectificatif")}${body}${correctionsHtml(article, "precision")}`),
      category: [{ name: article.rubrique.name, domain: absoluteUrl(article.rubrique.url) }],
      ...(enclosure ? { enclosure } : {}),
      extensions: [
        // Replaces the library's UTC pubDate in place.
        { name: "pubDate", objects: { _text: toRfc822(article.publishedAt) } },
        { name: "dc:creator", objects: { _text: article.author.name } },
        // The last update (a correction, say), for readers that show or re-fetch updated items.
        ...(article.updatedAt ? [{ name: "atom:updated", objects: { _text: toIsoWithOffset(article.updatedAt) } }] : []),
      ],
    });
  }
  return feed.rss2();
}
