import type { Article } from "../content";
import { RecentMap } from "../memo";
import { pageCount } from "../pagination";
import { topRanked } from "../ranking";
import { site } from "../site";
import { excerpt, highlightText, type Highlight } from "./highlight";
import { indexTerms, memoizedAnalyzer, queryTerms } from "./normalize";
import { markdownToPlainText } from "./plain-text";
import { holds, PostingsBuilder, Scores, type Postings, type Variant } from "./postings";
import { cleanQuery } from "./query";

/** The Markdown body of an article: bodies stay on disk and are read when needed. */
export type BodyReader = (article: Article) => Promise<string>;

/** An index of articles, built by `buildSearchIndex`, searched by `search`. */
export interface SearchIndex {
  readonly postings: Postings;
  /** Document n of the postings is `articles[n]`. */
  readonly articles: readonly Article[];
  /** The body as indexed (its lead only in a large archive), as plain text, for excerpts. */
  readonly bodyText: (article: Article) => Promise<string>;
  /** Documents no longer in the list (withdrawn, or changed and indexed again in `added`). */
  readonly removed?: ReadonlySet<number>;
  /**
   * The articles published or changed since this index was built, in a small
   * index of their own scored with this one's statistics: a running server
   * does not build the whole index again for each change (lib/search/cache.ts).
   */
  readonly added?: SearchIndex;
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

/**
 * What is indexed of an article and how much a match there counts: title
 * above chapô above body; tags are chosen by editors, so they count nearly
 * as much as the chapô.
 */
const FIELDS: readonly { boost: number; text: (article: Article, body: string) => string }[] = [
  { boost: 3, text: (article) => article.title },
  { boost: 2, text: (article) => article.description },
  { boost: 1, text: (_, body) => body },
  { boost: 1.8, text: (article) => article.tags.map((tag) => tag.label).join(" ; ") },
  { boost: 1.2, text: (article) => article.rubrique.name },
  { boost: 1.2, text: (article) => article.author.name },
];
const BOOSTS = FIELDS.map((field) => field.boost);

/** How much a longer word found by prefix, or a word a typo or two away, counts (MiniSearch's weights). */
const PREFIX_WEIGHT = 0.375;
const TYPO_WEIGHT = 0.45;

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
/** Plain texts kept for excerpts: the articles found most often stay at hand. */
const BODY_TEXTS_KEPT = 500;

export async function buildSearchIndex(
  articles: readonly Article[],
  readBody: BodyReader,
  fullTextLimit = FULL_TEXT_LIMIT,
): Promise<SearchIndex> {
  const analyze = memoizedAnalyzer();
  const builder = new PostingsBuilder(FIELDS.length);
  const toText = articles.length <= fullTextLimit ? markdownToPlainText : leadText;
  for (let start = 0; start < articles.length; start += READ_BATCH) {
    const batch = articles.slice(start, start + READ_BATCH);
    const bodies = await Promise.all(batch.map(readBody));
    batch.forEach((article, i) => {
      const body = toText(bodies[i]!);
      builder.add(FIELDS.map((field) => indexTerms(field.text(article, body), analyze)));
    });
  }
  return { postings: builder.build(), articles: [...articles], bodyText: bodyTexts(readBody, articles.length <= fullTextLimit) };
}

/** The body of an article as an index of `fullText` or not indexed it, as plain text, the most asked kept at hand. */
export function bodyTexts(readBody: BodyReader, fullText: boolean): SearchIndex["bodyText"] {
  const toText = fullText ? markdownToPlainText : leadText;
  const texts = new RecentMap<Article, string>(BODY_TEXTS_KEPT);
  return async (article) => {
    let text = texts.get(article);
    if (text === undefined) texts.set(article, (text = toText(await readBody(article))));
    return text;
  };
}

/**
 * The index terms a word of the query stands for: itself, the longer words
 * it begins, and with `typos` the words one or two typos away. Numbers are
 * exact: "2027" must not find "2026".
 */
function variantsOf(postings: Postings, term: string, typos: boolean): Variant[] {
  const variants: Variant[] = postings.vocabulary.has(term) ? [{ term, weight: 1 }] : [];
  if (term.length < LOOSE_MATCH_LENGTH || /\d/.test(term)) return variants;
  const longer = new Set<string>();
  for (const [found] of postings.vocabulary.atPrefix(term)) {
    const extra = found.length - term.length;
    if (extra === 0) continue;
    longer.add(found);
    variants.push({ term: found, weight: (PREFIX_WEIGHT * found.length) / (found.length + 0.3 * extra) });
  }
  if (!typos) return variants;
  for (const [found, [, distance]] of postings.vocabulary.fuzzyGet(term, term.length < TWO_TYPOS_LENGTH ? 1 : 2)) {
    if (distance === 0 || longer.has(found)) continue;
    variants.push({ term: found, weight: (TYPO_WEIGHT * found.length) / (found.length + distance) });
  }
  return variants;
}

interface Match {
  /** The index, or its `added` part, the document is in. */
  layer: SearchIndex;
  document: number;
  article: Article;
  score: number;
  /** The score at float32 precision: articles matching the same way, whose scores differ by float noise, tie. */
  rank: number;
}

/** Best score first, then newest, then by slug. */
function ranksBefore(a: Match, b: Match): boolean {
  if (a.rank !== b.rank) return a.rank > b.rank;
  const time = a.article.publishedAt.getTime() - b.article.publishedAt.getTime();
  return time !== 0 ? time > 0 : a.article.slug < b.article.slug;
}

interface Found {
  matches: Match[];
  /** What each word of the query stood for, to highlight the words an article matched. */
  variants: Variant[][];
}

/** Articles holding every word of the query (or, with `anyWord`, one of them). */
function matchWords(index: SearchIndex, terms: readonly string[], typos: boolean, anyWord: boolean): Found {
  const required = anyWord ? 1 : terms.length;
  const matches: Match[] = [];
  const variants: Variant[][] = terms.map(() => []);
  for (const layer of index.added ? [index, index.added] : [index]) {
    const { postings } = layer;
    const layerVariants = terms.map((term) => variantsOf(postings, term, typos));
    layerVariants.forEach((found, i) => variants[i]!.push(...found));
    const scores = new Scores(postings, index.postings);
    for (const wordVariants of layerVariants) scores.addWord(wordVariants, BOOSTS);
    const removed = layer === index ? index.removed : undefined;
    for (let document = 0; document < postings.documentCount; document++) {
      const matched = scores.matched[document]!;
      if (matched < required || removed?.has(document)) continue;
      // An article matching more words of the query ranks higher.
      const score = scores.score[document]! * matched;
      matches.push({ layer, document, article: layer.articles[document]!, score, rank: Math.fround(score) });
    }
  }
  return { matches, variants };
}

/**
 * Articles holding every word as written (or as a prefix); failing that,
 * allowing typos; failing that, any of the words. Typo matching walks the
 * whole vocabulary, so it only runs when the words as typed find nothing.
 */
function findMatches(index: SearchIndex, terms: readonly string[]): Found {
  let found = matchWords(index, terms, false, false);
  if (found.matches.length === 0) found = matchWords(index, terms, true, false);
  if (found.matches.length === 0 && terms.length > 1) found = matchWords(index, terms, true, true);
  return found;
}

async function toHit(variants: readonly Variant[][], match: Match): Promise<SearchHit> {
  const { layer, article, document, score } = match;
  const terms = new Set(variants.flat().flatMap(({ term }) => (holds(layer.postings, term, document) ? [term] : [])));
  return {
    article,
    score,
    excerpt: excerpt([article.description, await layer.bodyText(article)], terms),
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
  const { matches, variants } = terms.length > 0 ? findMatches(index, terms) : { matches: [], variants: [] };
  const skipped = (page - 1) * pageSize;
  const shown = skipped < matches.length ? topRanked(matches, skipped + pageSize, ranksBefore).slice(skipped) : [];
  return {
    query,
    total: matches.length,
    page,
    totalPages: pageCount(matches.length, pageSize),
    results: await Promise.all(shown.map((match) => toHit(variants, match))),
  };
}
