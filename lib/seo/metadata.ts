/**
 * The head of every page (title, description, canonical, Open Graph, Twitter
 * card, feed autodiscovery), built here rather than in the routes.
 *
 * Next.js merges metadata one top-level key at a time: a page that sets
 * `alternates` or `openGraph` replaces the layout's whole object. Each
 * builder therefore returns complete objects, site feed and site name
 * included, instead of counting on the layout's.
 */
import type { Metadata } from "next";

import type { Article, Page, Rubrique } from "@/lib/content";
import { toIsoWithOffset } from "@/lib/dates";
import { paths } from "@/lib/routes/paths";
import { absoluteUrl, site, siteUrl } from "@/lib/site";
import { t } from "@/lib/strings";

import { OG_IMAGE_SIZE } from "./urls";

const RSS = "application/rss+xml";

export interface FeedLink {
  url: string;
  title: string;
}

export function siteFeed(): FeedLink {
  return { url: absoluteUrl(paths.siteFeed()), title: t.siteFeedTitle };
}

export function rubriqueFeed(rubrique: Rubrique): FeedLink {
  return { url: absoluteUrl(paths.rubriqueFeed(rubrique.id)), title: t.rubriqueFeedTitle(rubrique.name) };
}

/** `twitter:site`, when the newsroom has an account (lib/site.ts). */
const twitterSite = () => (site.twitterSite ? { site: site.twitterSite } : {});

/** "Lesinfos — <tagline>": the home's title, and the default of every page. */
export const homeTitle = `${site.name} — ${site.tagline}`;

/**
 * The root layout's metadata: defaults for the pages that set none. No
 * canonical, and no share title or description, which would give every
 * such page the home's.
 */
export function rootMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: homeTitle, template: `%s | ${site.name}` },
    description: site.description,
    applicationName: site.name,
    alternates: { types: { [RSS]: [siteFeed()] } },
    openGraph: { type: "website", siteName: site.name, locale: site.ogLocale },
    twitter: { card: "summary", ...twitterSite() },
    // Google Discover shows large pictures only with this.
    robots: { "max-image-preview": "large" },
  };
}

interface PageSeo {
  /** The page's own title; the layout's template adds " | Lesinfos". */
  title: string | { absolute: string };
  description: string;
  /** The page's path: its canonical address. */
  path: string;
  /** Feeds of this page besides the site's. */
  feeds?: FeedLink[];
}

/** Title, description, canonical, Open Graph and Twitter tags of an ordinary page, shared with the site's card. */
export function pageMetadata({ title, description, path, feeds = [] }: PageSeo): Metadata {
  const url = absoluteUrl(path);
  const shareTitle = typeof title === "string" ? title : title.absolute;
  const card = { url: absoluteUrl(paths.siteCard()), ...OG_IMAGE_SIZE, alt: t.siteCardAlt, type: "image/png" };
  return {
    title,
    description,
    alternates: { canonical: url, types: { [RSS]: [siteFeed(), ...feeds] } },
    openGraph: {
      type: "website",
      url,
      title: shareTitle,
      description,
      siteName: site.name,
      locale: site.ogLocale,
      images: [card],
    },
    twitter: {
      card: "summary_large_image",
      title: shareTitle,
      description,
      images: [{ url: card.url, alt: card.alt }],
      ...twitterSite(),
    },
  };
}

export function homeMetadata(): Metadata {
  return pageMetadata({ title: { absolute: homeTitle }, description: site.description, path: paths.home() });
}

/** `/page/<n>`: the home feed's later pages. */
export function homeArchiveMetadata(page: number, totalPages: number): Metadata {
  return pageMetadata({
    title: pagedTitle(t.latest, page, totalPages),
    description: site.description,
    path: paths.home(page),
  });
}

/** A listing's title on its page `page`: "Sport", then "Sport — Page 2 sur 5". */
export function pagedTitle(title: string, page: number, totalPages: number): string {
  return page === 1 ? title : `${title} — ${t.pageOf(page, totalPages)}`;
}

/** `/rubrique/<id>` and its later pages, each canonical to itself. */
export function rubriqueMetadata(rubrique: Rubrique, page = 1, totalPages = 1): Metadata {
  return pageMetadata({
    title: pagedTitle(rubrique.name, page, totalPages),
    description: rubrique.description,
    path: paths.rubrique(rubrique.id, page),
    feeds: [rubriqueFeed(rubrique)],
  });
}

/** The fixed pages of content/pages/. */
export function staticPageMetadata(page: Page): Metadata {
  return pageMetadata({ title: page.title, description: page.description, path: page.url });
}

/** The search page: useful to readers, never indexed (its results are other pages). */
export function searchMetadata(): Metadata {
  return {
    ...pageMetadata({ title: t.searchTitle, description: t.searchDescription, path: paths.search() }),
    robots: { index: false, follow: true },
  };
}

/** The newsletter's page; the pages its e-mails' links open are never indexed (their addresses carry a token). */
export function lettreMetadata(linkPage?: { title: string; path: string }): Metadata {
  if (!linkPage) return pageMetadata({ title: t.lettre, description: t.lettreDescription, path: paths.lettre() });
  return {
    ...pageMetadata({ title: linkPage.title, description: t.lettreDescription, path: linkPage.path }),
    robots: { index: false, follow: false },
  };
}

/** An article: Open Graph `article`, its generated share image and a large Twitter card. */
export function articleMetadata(article: Article): Metadata {
  const base = pageMetadata({
    title: article.title,
    description: article.description,
    path: article.url,
    feeds: [rubriqueFeed(article.rubrique)],
  });
  const image = {
    url: absoluteUrl(paths.articleImage(article.slug)),
    ...OG_IMAGE_SIZE,
    alt: t.ogImageAlt(article.title),
    type: "image/png",
  };
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: toIsoWithOffset(article.publishedAt),
      modifiedTime: toIsoWithOffset(article.updatedAt ?? article.publishedAt),
      section: article.rubrique.name,
      tags: article.tags.map((tag) => tag.label),
      authors: [absoluteUrl(article.author.url)],
      images: [image],
    },
    twitter: {
      card: "summary_large_image",
      title: article.title,
      description: article.description,
      images: [{ url: image.url, alt: image.alt }],
      ...twitterSite(),
    },
  };
}

export interface PaginationLinks {
  prev?: string;
  next?: string;
}

/** Absolute addresses of a listing's neighbouring pages, for `<link rel="prev|next">`. */
export function paginationLinks(page: number, totalPages: number, pathFor: (page: number) => string): PaginationLinks {
  return {
    ...(page > 1 ? { prev: absoluteUrl(pathFor(page - 1)) } : {}),
    ...(page < totalPages ? { next: absoluteUrl(pathFor(page + 1)) } : {}),
  };
}
