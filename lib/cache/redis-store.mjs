// @ts-check
/**
 * The part of the page cache that several servers of one build share, in
 * Redis (REDIS_URL): rendered pages and data entries, and the cache tags the
 * servers revalidate. Used by the cache handler (shared-cache-handler.mjs),
 * which Node loads as is, outside Next's bundles: hence plain JavaScript.
 *
 * Three rules hold it together:
 * - Each entry is stamped with the content version of the server that
 *   rendered it (content-version.ts: the newest file time of its content
 *   folder) and each tag revalidation with the version of the server that saw
 *   the change. A write older than the entry it replaces, or than a
 *   revalidation of one of its tags, is refused, atomically (Lua): a server
 *   that has not yet read a change never overwrites the newer page.
 * - Times come from Redis's clock (TIME), so servers on several machines
 *   compare entry and revalidation times on one clock.
 * - Redis down never fails a request: every call answers "unavailable" at
 *   once (no offline queue, a command timeout, a short pause after a failure)
 *   and the handler serves its local copy; the outage is logged once, the
 *   client reconnects with backoff, revalidations made meanwhile are sent
 *   when Redis is back.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";

import { createClient, RESP_TYPES } from "@redis/client";

/** Set by lib/publication/content-version.ts; 0 until this server has read its content folder. */
const VERSION_KEY = Symbol.for("lesinfos.content-version");
const STORE_KEY = Symbol.for("lesinfos.redis-store");

/** Entries not rewritten for this long leave Redis (a server then serves its own copy or renders again). */
const ENTRY_TTL_S = Number(process.env.LESINFOS_REDIS_TTL_S) || 7 * 24 * 3600;
/** A command slower than this counts as Redis down. */
const COMMAND_TIMEOUT_MS = 500;
/** After a failure, Redis is left alone this long: a hung Redis must not slow every request. */
const PAUSE_AFTER_FAILURE_MS = 1_000;
/** How often each server reads the revalidations the others made. */
const TAG_POLL_MS = 500;
/** Known revalidations above which the oldest are forgotten. */
const PRUNE_ABOVE = 50_000;
/** Revalidations kept while Redis is down, to be sent when it is back; beyond, the whole site. */
const PENDING_TAGS_MAX = 10_000;
/** The tag of every page of the App Router (revalidatePath("/", "layout")). */
const WHOLE_SITE_TAG = "_N_T_/layout";

/** @returns {number} */
export function contentVersion() {
  const version = /** @type {Record<symbol, unknown>} */ (globalThis)[VERSION_KEY];
  return typeof version === "number" ? version : 0;
}

/** Sets the entry unless the writer's content is older than the entry's or than a revalidation of one of its tags. */
const SET_SCRIPT = `
local version = tonumber(ARGV[2])
local current = tonumber(redis.call('HGET', KEYS[1], 'c') or '-1')
if current > version then return 0 end
for i = 4, #ARGV do
  local seen = tonumber(redis.call('HGET', KEYS[2], ARGV[i]) or '-1')
  if seen > version then return 0 end
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HSET', KEYS[1], 'b', ARGV[1], 'm', now, 'c', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return now`;

/** Records when each tag was revalidated (Redis time) and the newest content version that did it. */
const REVALIDATE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local version = tonumber(ARGV[1])
for i = 3, #ARGV do
  redis.call('ZADD', KEYS[1], now, ARGV[i])
  if version > tonumber(redis.call('HGET', KEYS[2], ARGV[i]) or '-1') then redis.call('HSET', KEYS[2], ARGV[i], ARGV[1]) end
end
local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]), 'LIMIT', 0, 1000)
if #old > 0 then
  redis.call('ZREM', KEYS[1], unpack(old))
  redis.call('HDEL', KEYS[2], unpack(old))
end
return now`;

/** The password of a Redis address stays out of the log. */
function printable(/** @type {string} */ url) {
  return url.replace(/\/\/[^@/]*@/, "//…@");
}

/**
 * @typedef {{ value: unknown; lastModified: number; cacheControl?: unknown }} SharedEntry
 * @typedef {{ url: string; prefix: string; log?: (message: string) => void }} StoreOptions
 */

export class RedisStore {
  /** @param {StoreOptions} options */
  constructor({ url, prefix, log = (message) => console.error(message) }) {
    this.prefix = prefix;
    this.log = log;
    this.url = url;
    /** When each tag was last revalidated, by any server (Redis time, ms). */
    this.revalidatedAt = new Map();
    /** Revalidations made while Redis was unreachable. */
    this.pendingTags = new Set();
    this.pendingVersion = 0;
    this.lastPoll = 0;
    this.pausedUntil = 0;
    this.down = false;
    this.client = createClient({
      url,
      // RESP2: plain replies (a flat list of members and scores), whatever the client's default.
      RESP: 2,
      disableOfflineQueue: true,
      commandOptions: { timeout: COMMAND_TIMEOUT_MS, typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } },
      socket: {
        connectTimeout: 2_000,
        // Backoff: 50 ms, 100 ms, 200 ms… up to 2 s between attempts, with jitter.
        reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000) + Math.floor(Math.random() * 100),
      },
    });
    this.client.on("error", (error) => this.failed(error));
    this.client.on("ready", () => void this.recovered());
    this.client.connect().catch(() => {});
    this.poller = setInterval(() => void this.pollRevalidations(), TAG_POLL_MS);
    this.poller.unref();
  }

  /** @param {string} name */
  key(name) {
    return `${this.prefix}${name}`;
  }

  usable() {
    return this.client.isReady && Date.now() >= this.pausedUntil;
  }

  /** @param {unknown} error */
  failed(error) {
    this.pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
    if (this.down) return;
    this.down = true;
    const reason = error instanceof Error ? error.message || error.name : String(error);
    this.log(
      `Cache partagé : Redis injoignable à ${printable(this.url)} (${reason}) ; chaque serveur sert son propre cache ` +
        `et le partage reprendra au retour de Redis.`,
    );
  }

  async recovered() {
    this.pausedUntil = 0;
    if (this.down) {
      this.down = false;
      this.log(`Cache partagé : Redis de nouveau joignable à ${printable(this.url)}, le cache est de nouveau partagé.`);
    }
    if (this.pendingTags.size > 0) {
      const tags = [...this.pendingTags];
      this.pendingTags.clear();
      await this.revalidate(tags, this.pendingVersion);
    }
    await this.pollRevalidations();
  }

  /**
   * Runs `command` on Redis, or answers `fallback` at once when Redis is unusable or fails.
   * @template T
   * @param {() => Promise<T>} command
   * @param {T} fallback
   * @returns {Promise<T>}
   */
  async attempt(command, fallback) {
    if (!this.usable()) return fallback;
    // The client's own timeout spares only commands not yet sent: a hung Redis never answers those it got.
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`pas de réponse en ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS);
    });
    const running = command();
    running.catch(() => {});
    try {
      const result = await Promise.race([running, timeout]);
      // Back after a hang (commands timed out, the connection stayed up): no "ready" event tells it.
      if (this.down) void this.recovered();
      return result;
    } catch (error) {
      this.failed(error);
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The shared entry of `key`: null when Redis has none, undefined when Redis cannot be asked.
   * @param {string} key
   * @returns {Promise<SharedEntry | null | undefined>}
   */
  async get(key) {
    const reply = await this.attempt(
      () => /** @type {Promise<(Buffer | null)[]>} */ (this.client.sendCommand(["HMGET", this.key(`e:${key}`), "b", "m"])),
      undefined,
    );
    if (reply === undefined) return undefined;
    const [blob, modified] = reply;
    if (!blob || !modified) return null;
    try {
      const { value, cacheControl } = deserialize(blob);
      return { value, cacheControl, lastModified: Number(modified.toString()) };
    } catch {
      // Written by another Node version: rendered again and replaced.
      return null;
    }
  }

  /**
   * Stores an entry stamped with `version`; false when refused (older content) or when Redis cannot be asked.
   * @param {string} key
   * @param {unknown} value
   * @param {unknown} cacheControl
   * @param {readonly string[]} tags
   * @param {number} version
   */
  async set(key, value, cacheControl, tags, version) {
    const blob = serialize({ value, cacheControl });
    const stored = await this.attempt(
      () =>
        this.client.sendCommand([
          "EVAL",
          SET_SCRIPT,
          "2",
          this.key(`e:${key}`),
          this.key("tag-versions"),
          blob,
          String(version),
          String(ENTRY_TTL_S),
          ...tags,
        ]),
      null,
    );
    return Number(stored) > 0;
  }

  /**
   * Records a revalidation of `tags` by a server at content `version`, for every server.
   * @param {readonly string[]} tags
   * @param {number} version
   */
  async revalidate(tags, version) {
    if (tags.length === 0) return;
    const at = await this.attempt(
      () =>
        this.client.sendCommand([
          "EVAL",
          REVALIDATE_SCRIPT,
          "2",
          this.key("tags"),
          this.key("tag-versions"),
          String(version),
          String(ENTRY_TTL_S * 1000),
          ...tags,
        ]),
      null,
    );
    if (at === null) {
      for (const tag of tags) this.pendingTags.add(tag);
      if (this.pendingTags.size > PENDING_TAGS_MAX) this.pendingTags = new Set([WHOLE_SITE_TAG]);
      this.pendingVersion = Math.max(this.pendingVersion, version);
      return;
    }
    for (const tag of tags) this.noteRevalidation(tag, Number(at));
  }

  /**
   * @param {string} tag
   * @param {number} at
   */
  noteRevalidation(tag, at) {
    if (!(this.revalidatedAt.get(tag) >= at)) this.revalidatedAt.set(tag, at);
  }

  /** Reads the revalidations made since the last poll (and 2 s before, for ties and late writers). */
  async pollRevalidations() {
    const since = Math.max(0, this.lastPoll - 2_000);
    const reply = await this.attempt(
      () =>
        /** @type {Promise<Buffer[]>} */ (
          this.client.sendCommand(["ZRANGEBYSCORE", this.key("tags"), String(since), "+inf", "WITHSCORES"])
        ),
      null,
    );
    if (!reply) return;
    for (let i = 0; i + 1 < reply.length; i += 2) {
      const at = Number(reply[i + 1]?.toString());
      this.noteRevalidation(String(reply[i]), at);
      if (at > this.lastPoll) this.lastPoll = at;
    }
    // Revalidations older than any entry Redis still holds concern none: forgotten, as Redis forgets them.
    if (this.revalidatedAt.size > PRUNE_ABOVE) {
      for (const [tag, at] of this.revalidatedAt) if (at < this.lastPoll - ENTRY_TTL_S * 1000) this.revalidatedAt.delete(tag);
    }
  }

  /**
   * Whether a tag of an entry written at `lastModified` was revalidated since, by any server.
   * @param {readonly string[]} tags
   * @param {number} lastModified
   */
  isRevalidated(tags, lastModified) {
    // In the same millisecond as the write, the write may hold the content from before: stale too.
    return tags.some((tag) => this.revalidatedAt.get(tag) >= lastModified);
  }

  async close() {
    clearInterval(this.poller);
    await this.client.close().catch(() => {});
  }
}

/**
 * The process's store (Next makes a cache handler per request), or null when
 * the cache is not shared: REDIS_URL unset, or `next build`, whose pages go
 * to the build folder that every server of the build starts from.
 * @param {string | undefined} serverDistDir
 * @returns {RedisStore | null}
 */
export function sharedStore(serverDistDir) {
  const url = process.env.REDIS_URL?.trim();
  if (!url || process.env.NEXT_PHASE === "phase-production-build" || !serverDistDir) return null;
  const holder = /** @type {Record<symbol, RedisStore | undefined>} */ (globalThis);
  if (!holder[STORE_KEY]) {
    // Entries of one build only: another build's pages name other scripts and styles.
    const buildId = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    holder[STORE_KEY] = new RedisStore({ url, prefix: `lesinfos:${buildId}:` });
    console.log(`Cache partagé : Redis ${printable(url)}, build ${buildId}.`);
  }
  return holder[STORE_KEY];
}
