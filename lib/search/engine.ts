import MiniSearch, { type SearchOptions, type SearchResult as EngineResult } from "minisearch";

import type { Article } from "../content";
import { pageCount } from "../pagination";
import { site } from "../site";
import { excerpt, highlightText, type Highlight } from "./highlight";
import { analyzeWord, indexTerms, memoizedAnalyzer, queryTerms } from "./normalize";
import { markdownToPlainText } from "./plain-text";
import { cleanQuery } from "./query";

/** What the engine indexes for an article; only the slug is stored. */
interface SearchDocument {
  slug: string;
  title: string;
  description: string;
  body: string;
  tags: string;
  rubrique: string;
  author: string;
}

/** The Markdown body of an article: bodies stay on disk and are read when needed. */
export type BodyReader = (article: Article) => Promise<string>;

/** An index of articles, built by `buildSearchIndex`, searched by `search`. */
export interface SearchIndex {
  readonly engine: MiniSearch<SearchDocument>;
  readonly articles: ReadonlyMap<string, Article>;
  /** The body as indexed (its lead only in a large archive), as plain text, for excerpts. */
  readonly bodyText: (article: Article) => Promise<string>;
}

export interface SearchHit {
  article: Article;
  score: number;
  /** About 30 words of the chapô or body around the first match. */
  excerpt: Highlight[];
  titleHighlights: Highlight[];
}

export interface SearchResults {
  /** The query as cleaned by `cleanQuery`, to show back to the reader. */
  query: string;
  total: number;
  page: number;
  /** At least 1, as everywhere else on the site. */
  totalPages: number;
  /** Empty for a page past the end. */
  results: SearchHit[];
}

export interface SearchPageOptions {
  /** 1-based; defaults to 1. */
  page?: number;
  /** Defaults to the site's listing page size. */
  pageSize?: number;
}

const FIELDS = ["title", "description", "body", "tags", "rubrique", "author"] as const;

/** Title above chapô above body; tags are chosen by editors, so count nearly as much as the chapô. */
const BOOST: Record<(typeof FIELDS)[number], number> = {
  title: 3,
  description: 2,
  tags: 1.8,
  rubrique: 1.2,
  author: 1.2,
  body: 1,
};

/**
 * Up to this many articles the whole body is indexed. A larger archive
 * indexes the lead of each body (its first LEAD_WORDS words) with the title,
 * chapô and tags: the full text of 100,000 articles takes gigabytes of
 * memory and searches too slowly, and a news story says what it is about in
 * its first paragraphs.
 */
export const FULL_TEXT_LIMIT = 5_000;
export const LEAD_WORDS = 120;
/** Enough Markdown for LEAD_WORDS words, so a large archive is not converted whole. */
const LEAD_SOURCE_CHARS = 3_000;

function leadText(markdown: string): string {
  const words = markdownToPlainText(markdown.slice(0, LEAD_SOURCE_CHARS)).split(/\s+/).filter(Boolean);
  return words.slice(0, LEAD_WORDS).join(" ");
}

/** Shortest term (after stemming) looked up by prefix and with typos. */
const LOOSE_MATCH_LENGTH = 4;
/** Shortest term allowed two typos rather than one. */
const TWO_TYPOS_LENGTH = 9;

/** Bodies read from disk at once while the index is built. */
const READ_BATCH = 256;

export async function buildSearchIndex(
  articles: readonly Article[],
  readBody: BodyReader,
  fullTextLimit = FULL_TEXT_LIMIT,
): Promise<SearchIndex> {
  let analyze = memoizedAnalyzer();
  const engine = new MiniSearch<SearchDocument>({
    idField: "slug",
    fields: [...FIELDS],
    storeFields: [],
    tokenize: (text) => indexTerms(text, analyze),
    processTerm: (term) => term,
  });
  const toText = articles.length <= fullTextLimit ? markdownToPlainText : leadText;
  for (let start = 0; start < articles.length; start += READ_BATCH) {
    const batch = articles.slice(start, start + READ_BATCH);
    const bodies = await Promise.all(batch.map(readBody));
    batch.forEach((article, i) =>
      engine.add({
        slug: article.slug,
        title: article.title,
        description: article.description,
        body: toText(bodies[i]!),
        tags: article.tags.map((tag) => tag.label).join(" ; "),
        rubrique: article.rubrique.name,
        author: article.author.name,
      }),
    );
  }
  // The engine keeps its options, hence this closure: let the build's word cache go.
  analyze = analyzeWord;
  return {
    engine,
    articles: new Map(articles.map((article) => [article.slug, article])),
    bodyText: async (article) => toText(await readBody(article)),
  };
}

function engineOptions(combineWith: "AND" | "OR", typos: boolean): SearchOptions {
  return {
    combineWith,
    boost: BOOST,
    prefix: (term) => term.length >= LOOSE_MATCH_LENGTH,
    // Numbers are exact: "2027" must not find "2026".
    fuzzy: (term) =>
      !typos || term.length < LOOSE_MATCH_LENGTH || /\d/.test(term) ? false : term.length < TWO_TYPOS_LENGTH ? 1 : 2,
    // The query arrives already cut into normalized terms.
    tokenize: (query) => query.split(" "),
    processTerm: (term) => term,
  };
}

interface Match {
  article: Article;
  score: number;
  /** The indexed terms the article matched, for highlighting. */
  terms: ReadonlySet<string>;
}

function toMatches(index: SearchIndex, results: EngineResult[]): Match[] {
  return results.flatMap((result) => {
    const slug: unknown = result.id;
    const article = typeof slug === "string" ? index.articles.get(slug) : undefined;
    return article ? [{ article, score: result.score, terms: new Set(result.terms) }] : [];
  });
}

// Scores are compared at six significant digits so that articles matching
// in the same way, whose scores differ only by float noise, count as tied.
const rounded = (score: number) => Number(score.toPrecision(6));

function byScoreThenRecency(a: Match, b: Match): number {
  return (
    rounded(b.score) - rounded(a.score) ||
    b.article.publishedAt.getTime() - a.article.publishedAt.getTime() ||
    (a.article.slug < b.article.slug ? -1 : 1)
  );
}

/**
 * Articles holding every term as written (or as a prefix); failing that,
 * allowing typos; failing that, any of the terms. Typo matching walks the
 * whole vocabulary, so it only runs when the words as typed find nothing.
 */
function findMatches(index: SearchIndex, terms: readonly string[]): Match[] {
  const query = terms.join(" ");
  let results = index.engine.search(query, engineOptions("AND", false));
  if (results.length === 0) results = index.engine.search(query, engineOptions("AND", true));
  if (results.length === 0 && terms.length > 1) results = index.engine.search(query, engineOptions("OR", true));
  return toMatches(index, results).sort(byScoreThenRecency);
}

async function toHit(index: SearchIndex, { article, score, terms }: Match): Promise<SearchHit> {
  return {
    article,
    score,
    excerpt: excerpt([article.description, await index.bodyText(article)], terms),
    titleHighlights: highlightText(article.title, terms),
  };
}

/**
 * One page of the articles matching `rawQuery` (a search parameter as
 * received), best first, newest first among equals. An empty query finds
 * nothing.
 */
export async function search(
  index: SearchIndex,
  rawQuery: string | readonly string[] | undefined,
  { page = 1, pageSize = site.pageSize }: SearchPageOptions = {},
): Promise<SearchResults> {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a positive integer, not ${page}`);
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a positive integer, not ${pageSize}`);
  }
  const query = cleanQuery(rawQuery);
  const terms = queryTerms(query);
  const matches = terms.length > 0 ? findMatches(index, terms) : [];
  return {
    query,
    total: matches.length,
    page,
    totalPages: pageCount(matches.length, pageSize),
    results: await Promise.all(matches.slice((page - 1) * pageSize, page * pageSize).map((match) => toHit(index, match))),
  };
}
