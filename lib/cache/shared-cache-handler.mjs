// @ts-check
/**
 * Next's cache handler (`cacheHandler` in next.config.ts) when several
 * servers run one build behind nginx: rendered pages, route responses and
 * data entries are shared in Redis (redis-store.mjs), and so are the tag
 * revalidations a change causes, so a page rendered by one server is served
 * by all and a change seen by one reaches readers of all.
 *
 * Every entry is also kept in Next's own cache on this server's disk, which
 * answers when Redis has no entry (the pages prerendered by the build, an
 * entry Redis dropped) or cannot be reached: then each server serves its
 * last good copy and follows its own content folder as a single server does.
 *
 * Why our own, small handler (docs/adr/0013-cache-partage-redis.md): on
 * 29 November 2026, @fortedigital/nextjs-cache-handler 3.3 requires Node 22
 * (we support 20.9) and @trieb.work/nextjs-turbo-redis-cache 1.18 pins the
 * old `redis` 4.7 client and renders every request without any cache while
 * Redis is down; neither refuses an older server's write over a newer page.
 */
import { createRequire } from "node:module";

import { contentVersion, sharedStore } from "./redis-store.mjs";

/** Next's own cache on disk, the one it uses without a handler: the same module instance as Next's server. */
const FileSystemCache = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

/** Next writes a page's and a route's tags (its own and those of what it read) in this header. */
const TAGS_HEADER = "x-next-cache-tags";

/**
 * The tags an entry answers to.
 * @param {any} value the entry (Next's IncrementalCacheValue)
 * @param {any} ctx the get or set context
 * @returns {string[]}
 */
function tagsOf(value, ctx) {
  if (value?.kind === "FETCH") return [...(ctx?.tags ?? value.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

/**
 * The content version each key was asked at, by build folder (one per server;
 * tests run several in one process): a render starts after its cache lookup,
 * so it may show content older than the version at the time it is stored.
 * Bounded: most lookups are hits that are never followed by a write.
 * @type {Map<string, number>}
 */
const askedAt = new Map();
const ASKED_KEPT = 10_000;

export default class SharedCacheHandler {
  /** @param {any} ctx Next's CacheHandlerContext */
  constructor(ctx) {
    this.local = new FileSystemCache(ctx);
    this.shared = sharedStore(ctx.serverDistDir);
    this.server = String(ctx.serverDistDir);
  }

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    if (!this.shared) return this.local.get(key, ctx);
    if (askedAt.size >= ASKED_KEPT) askedAt.clear();
    askedAt.set(`${this.server}|${key}`, contentVersion());
    const shared = await this.shared.get(key);
    if (shared && !this.shared.isRevalidated(tagsOf(shared.value, ctx), shared.lastModified)) return shared;
    // No shared entry, one a server revalidated since it was written, or Redis unreachable: this server's own
    // copy, unless revalidated since too (then Next renders the page again). A server whose content is behind
    // thus renders a revalidated page once, not at every request until a newer server stores it.
    const local = await this.local.get(key, ctx);
    return local && this.shared.isRevalidated(tagsOf(local.value, ctx), local.lastModified) ? null : local;
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    await this.local.set(key, data, ctx);
    if (!this.shared || !data) return;
    const asked = `${this.server}|${key}`;
    const version = Math.min(askedAt.get(asked) ?? Infinity, contentVersion());
    askedAt.delete(asked);
    await this.shared.set(key, data, ctx?.fetchCache ? undefined : ctx?.cacheControl, tagsOf(data, ctx), version);
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    await this.local.revalidateTag(tags, durations);
    await this.shared?.revalidate(typeof tags === "string" ? [tags] : tags, contentVersion());
  }

  resetRequestCache() {}
}
