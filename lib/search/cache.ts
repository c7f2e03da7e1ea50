import { getArticleFileStamp, getArticleMarkdown, type Article } from "../content";
import { memoizeByList, type ListDelta } from "../memo";
import { bodyTexts, buildSearchIndex, FULL_TEXT_LIMIT, type SearchIndex } from "./engine";
import { readSavedSearchIndex, saveSearchIndex } from "./saved";

/** A body that cannot be read is left out of the index (its title, chapô and tags stay), never the whole search. */
async function readBody(article: Article): Promise<string> {
  try {
    return await getArticleMarkdown(article);
  } catch (error) {
    console.error(`Recherche : corps de ${article.file} non indexé. ${error instanceof Error ? error.message : error}`);
    return "";
  }
}

/**
 * Articles published or changed since the full index was built, indexed
 * apart: past this many, the full index is built again in the background
 * (about a minute at 100,000 articles) while the layered one keeps serving.
 */
export const ADDED_LIMIT = 200;

interface Base {
  index: SearchIndex;
  /** Document number of each article of the index. */
  documents: Map<Article, number>;
  /** Documents of a saved index whose file changed or went since (lib/search/saved.ts): always left out. */
  stale: ReadonlySet<number>;
}

/** One full index per process, shared by the module copies Next bundles, like the content store. */
const BASE_KEY = Symbol.for("lesinfos.search-base");
const holder = globalThis as typeof globalThis & { [BASE_KEY]?: { base?: Promise<Base>; rebuilding?: Promise<void> } };
const state = (holder[BASE_KEY] ??= {});

/** A production server saves its full index for the next start, and starts from the saved one. */
const isServer = () => process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";

async function buildBase(articles: readonly Article[]): Promise<Base> {
  const index = await buildSearchIndex(articles, readBody);
  if (isServer()) {
    const fullText = index.articles.length <= FULL_TEXT_LIMIT;
    void saveSearchIndex(index, fullText, getArticleFileStamp).catch((error: unknown) =>
      console.error("Recherche : index non sauvegardé :", error),
    );
  }
  return { index, documents: new Map(index.articles.map((article, document) => [article, document])), stale: new Set() };
}

/** The saved index when there is a usable one, else a full build. */
async function startBase(articles: readonly Article[]): Promise<Base> {
  const saved = isServer() ? await readSavedSearchIndex(articles, getArticleFileStamp) : null;
  if (!saved) return buildBase(articles);
  const index: SearchIndex = { postings: saved.postings, articles: saved.articles, bodyText: bodyTexts(readBody, saved.fullText) };
  const documents = new Map<Article, number>();
  saved.articles.forEach((article, document) => {
    if (!saved.stale.has(document)) documents.set(article, document);
  });
  return { index, documents, stale: saved.stale };
}

/** The full index of the process, and whether a rebuild is due because `added` articles are more than the limit. */
async function currentBase(articles: readonly Article[], added: number): Promise<Base> {
  if (!state.base) {
    state.base = startBase(articles);
    // A failed build (disk error…) is not kept: the next search tries again.
    state.base.catch(() => (state.base = undefined));
  }
  const base = await state.base;
  if (added > ADDED_LIMIT && !state.rebuilding) {
    state.rebuilding = buildBase(articles)
      .then((rebuilt) => void (state.base = Promise.resolve(rebuilt)))
      .finally(() => (state.rebuilding = undefined));
  }
  return base;
}

/** The full index with `added` articles indexed beside it and `removed` documents left out. */
async function layered(index: SearchIndex, removed: ReadonlySet<number>, added: readonly Article[]): Promise<SearchIndex> {
  if (removed.size === 0 && added.length === 0) return index;
  // The added articles are indexed as the full index's were: whole bodies, or their lead in a large archive.
  const fullText = index.articles.length <= FULL_TEXT_LIMIT ? Infinity : 0;
  return { ...index, removed, added: added.length > 0 ? await buildSearchIndex(added, readBody, fullText) : undefined };
}

/**
 * The index of `articles`: the full index built once, plus the articles
 * added since (published, corrected) in a small index beside it and the
 * withdrawn or replaced ones left out. A correction costs the indexing of
 * the articles added since the full index, not of the whole archive.
 */
export async function indexOf(articles: readonly Article[]): Promise<SearchIndex> {
  const { index, documents, stale } = await currentBase(articles, 0);
  const listed = new Set(articles);
  const removed = new Set(stale);
  index.articles.forEach((article, document) => {
    if (!listed.has(article)) removed.add(document);
  });
  const added = articles.filter((article) => !documents.has(article));
  await currentBase(articles, added.length);
  return layered(index, removed, added);
}

/** The index of a list made from another by delta (lib/memo.ts): the other's layers, changed by the delta only. */
async function patchedIndex(previous: Promise<SearchIndex>, delta: ListDelta<Article>, articles: readonly Article[]) {
  const before = await previous;
  const base = await state.base;
  // The full index was rebuilt in between: its documents are numbered anew.
  if (!base || base.index.postings !== before.postings) return indexOf(articles);
  const removed = new Set(before.removed);
  const gone = new Set(delta.removed);
  const added = (before.added?.articles ?? []).filter((article) => !gone.has(article));
  for (const article of delta.removed) {
    const document = base.documents.get(article);
    if (document !== undefined) removed.add(document);
  }
  for (const article of delta.added) {
    const document = base.documents.get(article);
    if (document === undefined) added.push(article);
    else removed.delete(document);
  }
  await currentBase(articles, added.length);
  return layered(base.index, removed, added);
}

/**
 * The search index of an article list, once per list: pass `getArticles()`
 * straight in, which stays the same array until content or publication
 * state changes, and is then made from the previous one by delta.
 */
export const getSearchIndex = memoizeByList<Article, Promise<SearchIndex>>(indexOf, patchedIndex);
