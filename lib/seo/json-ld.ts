/**
 * Structured data (schema.org JSON-LD) of the home and the articles, typed
 * with schema-dts, and its serialization for an inline <script>.
 */
import type {
  BlogPosting,
  BreadcrumbList,
  LiveBlogPosting,
  ImageObject,
  NewsArticle,
  NewsMediaOrganizationLeaf,
  Organization,
  Person,
  SearchAction,
  Thing,
  WebSite,
  WithActionConstraints,
  WithContext,
} from "schema-dts";

import type { Article, Author, RenderedLiveUpdate } from "@/lib/content";
import { toIsoWithOffset } from "@/lib/dates";
import { paths } from "@/lib/routes/paths";
import { absoluteUrl, site, siteUrl } from "@/lib/site";
import { t } from "@/lib/strings";

import { CROP_NAMES, cropSize } from "./cover-crops";
import { OG_IMAGE_SIZE, PUBLISHER_LOGO } from "./urls";

export type JsonLdItem = WithContext<Thing>;

/** Google’s article guidelines cap headlines at 110 characters: longer ones are cut at a word, with "…". */
export const HEADLINE_MAX = 110;

export function truncateHeadline(text: string, max = HEADLINE_MAX): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1); // room for "…"
  const endsOnWord = /\s/.test(clean.charAt(max - 1));
  const lastSpace = Math.max(...[...cut.matchAll(/\s/g)].map((match) => match.index));
  const head = endsOnWord || lastSpace <= 0 ? cut : cut.slice(0, lastSpace);
  return `${head.replace(/[\s,;:\-–—]+$/u, "")}…`;
}

function homeUrl(): string {
  return `${siteUrl()}/`;
}

function organizationId(): string {
  return `${homeUrl()}#organisation`;
}

function logo(): ImageObject {
  return {
    "@type": "ImageObject",
    url: absoluteUrl(PUBLISHER_LOGO.path),
    width: `${PUBLISHER_LOGO.width}`,
    height: `${PUBLISHER_LOGO.height}`,
  };
}

/** The newsroom as a publisher: name, logo, address, and its profiles elsewhere when configured. */
export function publisher(): NewsMediaOrganizationLeaf {
  return {
    "@type": "NewsMediaOrganization",
    "@id": organizationId(),
    name: site.name,
    url: homeUrl(),
    logo: logo(),
    ...(site.sameAs.length > 0 ? { sameAs: [...site.sameAs] } : {}),
  };
}

export function organizationJsonLd(): WithContext<NewsMediaOrganizationLeaf> {
  return { "@context": "https://schema.org", ...publisher(), description: site.description };
}

export function websiteJsonLd(): WithContext<WebSite> {
  const search: WithActionConstraints<SearchAction> = {
    "@type": "SearchAction",
    target: { "@type": "EntryPoint", urlTemplate: `${siteUrl()}${paths.search()}?q={search_term_string}` },
    "query-input": "required name=search_term_string",
  };
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": `${homeUrl()}#site`,
    name: site.name,
    url: homeUrl(),
    description: site.description,
    inLanguage: site.locale,
    publisher: { "@id": organizationId() },
    potentialAction: search,
  };
}

/** A journalist is a Person with a page; `redaction` signs for the newsroom itself. */
function authorJsonLd(author: Author): Person | Organization {
  if (author.isOrganization) return { "@type": "Organization", name: site.name, url: homeUrl() };
  return {
    "@type": "Person",
    name: author.name,
    url: absoluteUrl(author.url),
    ...(author.role ? { jobTitle: author.role } : {}),
  };
}

/**
 * The cover in the three shapes Google asks for (16:9, 4:3, 1:1, lib/seo/cover-crops.ts); without
 * a cover, the share image drawn for the article.
 */
function articleImages(article: Article): ImageObject[] {
  const { image } = article;
  if (!image) {
    return [
      {
        "@type": "ImageObject",
        url: absoluteUrl(paths.articleImage(article.slug)),
        width: `${OG_IMAGE_SIZE.width}`,
        height: `${OG_IMAGE_SIZE.height}`,
      },
    ];
  }
  return CROP_NAMES.map((crop) => {
    const { width, height } = cropSize(image, crop);
    return {
      "@type": "ImageObject",
      url: absoluteUrl(paths.coverCrop(article.slug, crop)),
      width: `${width}`,
      height: `${height}`,
      caption: image.alt,
      ...(image.credit ? { creditText: image.credit } : {}),
    };
  });
}

export function articleJsonLd(article: Article): WithContext<NewsArticle> {
  const url = absoluteUrl(article.url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: truncateHeadline(article.title),
    description: article.description,
    datePublished: toIsoWithOffset(article.publishedAt),
    dateModified: toIsoWithOffset(article.updatedAt ?? article.publishedAt),
    author: [authorJsonLd(article.author)],
    publisher: publisher(),
    image: articleImages(article),
    articleSection: article.rubrique.name,
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.label) } : {}),
    inLanguage: site.locale,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    isAccessibleForFree: true,
    ...(article.corrections.length > 0
      ? {
          correction: article.corrections.map(({ text, publishedAt }) => ({
            "@type": "CorrectionComment" as const,
            text,
            datePublished: toIsoWithOffset(publishedAt),
          })),
        }
      : {}),
  };
}

/**
 * A live coverage: the article's own description as a LiveBlogPosting, its
 * coverage times, and each update as a BlogPosting whose url is the
 * update's lasting address (`updatePath`), anchor included.
 */
export function liveBlogJsonLd(
  article: Article,
  updates: readonly RenderedLiveUpdate[],
  updatePath: (update: RenderedLiveUpdate) => string,
): WithContext<LiveBlogPosting> {
  const news = articleJsonLd(article);
  const newest = updates.at(-1)?.publishedAt;
  const modified = [article.updatedAt, newest].reduce<Date>((latest, date) => (date && date > latest ? date : latest), article.publishedAt);
  const posting = (update: RenderedLiveUpdate): BlogPosting => ({
    "@type": "BlogPosting",
    headline: truncateHeadline(update.title ?? article.title),
    datePublished: toIsoWithOffset(update.publishedAt),
    articleBody: update.markdown,
    url: absoluteUrl(updatePath(update)),
    ...(update.author ? { author: authorJsonLd(update.author) } : {}),
  });
  return {
    ...news,
    "@type": "LiveBlogPosting",
    dateModified: toIsoWithOffset(modified),
    coverageStartTime: toIsoWithOffset(article.publishedAt),
    ...(article.live?.endedAt ? { coverageEndTime: toIsoWithOffset(article.live.endedAt) } : {}),
    liveBlogUpdate: [...updates].reverse().map(posting),
  };
}

/** "Accueil › Rubrique › headline", as the page's breadcrumb shows it. */
export function breadcrumbJsonLd(article: Article): WithContext<BreadcrumbList> {
  const trail = [
    { name: t.home, url: homeUrl() },
    { name: article.rubrique.name, url: absoluteUrl(article.rubrique.url) },
    { name: truncateHeadline(article.title), url: absoluteUrl(article.url) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map(({ name, url }, index) => ({ "@type": "ListItem", position: index + 1, name, item: url })),
  };
}

export function homeStructuredData(): JsonLdItem[] {
  return [websiteJsonLd(), organizationJsonLd()];
}

export function articleStructuredData(article: Article): JsonLdItem[] {
  return [articleJsonLd(article), breadcrumbJsonLd(article)];
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for an inline <script>: `<`, `>` and `&` as \u escapes, so no text can
 * close the tag or open a comment, and U+2028/U+2029, which older JavaScript
 * parsers read as line ends. JSON parsers read the escapes back unchanged.
 */
export function serializeJsonLd(data: JsonLdItem): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
