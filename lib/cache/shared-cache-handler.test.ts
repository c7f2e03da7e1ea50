/**
 * The shared cache handler against a real redis-server: what one server
 * stores, another serves; revalidations reach every server; an older
 * server's write never replaces a newer page; Redis down is no error.
 */
import { existsSync, promises, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { startRedis, type RedisServer } from "../testing/servers/redis";
import SharedCacheHandler from "./shared-cache-handler.mjs";
import { RedisStore } from "./redis-store.mjs";

const PORT = Number(process.env.REDIS_TEST_PORT ?? 6401);
const VERSION_KEY = Symbol.for("lesinfos.content-version");
const STORE_KEY = Symbol.for("lesinfos.redis-store");
const holder = globalThis as Record<symbol, unknown>;

/** The file system Next gives its cache (next-server's getCacheFilesystem). */
const cacheFs = {
  existsSync,
  readFileSync,
  readFile: (file: string, encoding?: BufferEncoding) => promises.readFile(file, encoding),
  writeFile: (file: string, data: string | Buffer) => promises.writeFile(file, data),
  mkdir: (dir: string) => promises.mkdir(dir, { recursive: true }),
  stat: (file: string) => promises.stat(file),
};

/** A server's build folder: its own local cache, the build id every server of the build shares. */
function buildFolder(): string {
  const dist = mkdtempSync(path.join(tmpdir(), "lesinfos-handler-"));
  mkdirSync(path.join(dist, "server"), { recursive: true });
  writeFileSync(path.join(dist, "BUILD_ID"), "build-test");
  return path.join(dist, "server");
}

function server(serverDistDir = buildFolder()) {
  return new SharedCacheHandler({ fs: cacheFs, serverDistDir, flushToDisk: true, revalidatedTags: [], _requestHeaders: {} });
}

const readAs = (version: number) => (holder[VERSION_KEY] = version);

const KEY = "/route-cache/APP_PAGE/abc/$/article/exemple";
const TAGS = "_N_T_/layout,_N_T_/article/[slug]/page,_N_T_/article/exemple";
function page(title: string) {
  return {
    kind: "APP_PAGE",
    html: `<h1>${title}</h1>`,
    rscData: Buffer.from(`rsc ${title}`),
    segmentData: new Map([["/_tree", Buffer.from("tree")]]),
    headers: { "x-next-cache-tags": TAGS },
    status: 200,
    postponed: undefined,
  };
}
const ctx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const setCtx = { cacheControl: { revalidate: 60, expire: undefined }, isRoutePPREnabled: false, isFallback: false };

async function htmlOf(handler: SharedCacheHandler) {
  const entry = await handler.get(KEY, ctx);
  return entry ? (entry.value as { html: string }).html : null;
}

let redis: RedisServer;
const logged: string[] = [];

beforeAll(async () => {
  redis = await startRedis(PORT);
  vi.stubEnv("REDIS_URL", redis.url);
  vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation((message: string) => void logged.push(message));
});

afterAll(async () => {
  await (holder[STORE_KEY] as RedisStore | undefined)?.close();
  delete holder[STORE_KEY];
  delete holder[VERSION_KEY];
  await redis.stop();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const store = () => holder[STORE_KEY] as RedisStore;
async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("délai dépassé");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("shared cache handler", () => {
  it("serves on one server the page another server stored, with its buffers and lifetime", async () => {
    const [one, other] = [server(), server()];
    await until(() => store().usable());
    readAs(1_000);
    await one.set(KEY, page("Première version"), setCtx);
    const entry = await other.get(KEY, ctx);
    expect((entry?.value as { html: string }).html).toBe("<h1>Première version</h1>");
    expect((entry?.value as { rscData: Buffer }).rscData.toString()).toBe("rsc Première version");
    expect((entry?.value as { segmentData: Map<string, Buffer> }).segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(entry?.cacheControl).toEqual({ revalidate: 60, expire: undefined });
  });

  it("refuses a write from a server whose content is older than the stored page", async () => {
    const [newer, older] = [server(), server()];
    readAs(2_000);
    await newer.set(KEY, page("Correction"), setCtx);
    readAs(1_500);
    await older.set(KEY, page("Avant la correction"), setCtx);
    expect(await htmlOf(newer)).toBe("<h1>Correction</h1>");
    expect(await htmlOf(older)).toBe("<h1>Correction</h1>");
  });

  it("makes a tag revalidated on one server stale on every server, and refuses older content under it", async () => {
    const [seen, notYet] = [server(), server()];
    readAs(3_000);
    await seen.set(KEY, page("Avant"), setCtx);
    readAs(4_000);
    await seen.revalidateTag(["_N_T_/article/exemple"]);
    expect(await htmlOf(notYet)).toBeNull();
    // A server in another process learns of it by polling Redis.
    const elsewhere = new RedisStore({ url: redis.url, prefix: "lesinfos:build-test:" });
    await until(() => elsewhere.isRevalidated(["_N_T_/article/exemple"], Date.now() - 60_000), 2_000);
    await elsewhere.close();
    readAs(3_500);
    await notYet.set(KEY, page("Toujours l’ancienne"), setCtx);
    // Its own readers get its render; Redis refused it, so the other server renders the page again.
    expect(await htmlOf(notYet)).toBe("<h1>Toujours l’ancienne</h1>");
    readAs(4_000);
    expect(await htmlOf(seen)).toBeNull();
    await seen.set(KEY, page("Après"), setCtx);
    expect(await htmlOf(notYet)).toBe("<h1>Après</h1>");
  });

  it("keeps answering from the local copy while Redis is down, logs once, and shares again when it is back", async () => {
    const one = server();
    const other = server();
    readAs(5_000);
    await one.set(KEY, page("Dernière bonne copie"), setCtx);
    logged.length = 0;
    await redis.kill();
    for (let i = 0; i < 5; i++) expect(await htmlOf(one)).toBe("<h1>Dernière bonne copie</h1>");
    // Another server, never having stored it, has no copy: Next renders the page.
    expect(await htmlOf(other)).toBeNull();
    readAs(6_000);
    await one.set(KEY, page("Écrite pendant la panne"), setCtx);
    await one.revalidateTag("_N_T_/article/autre");
    expect(await htmlOf(one)).toBe("<h1>Écrite pendant la panne</h1>");
    expect(logged.filter((line) => line.includes("Redis injoignable"))).toHaveLength(1);

    await redis.restart();
    await until(() => store().usable());
    expect(logged.some((line) => line.includes("de nouveau partagé"))).toBe(true);
    await one.set(KEY, page("Après le retour"), setCtx);
    expect(await htmlOf(other)).toBe("<h1>Après le retour</h1>");
    // The revalidation made during the outage was sent when Redis came back.
    const elsewhere = new RedisStore({ url: redis.url, prefix: "lesinfos:build-test:" });
    await until(() => elsewhere.isRevalidated(["_N_T_/article/autre"], 0), 2_000);
    await elsewhere.close();
  }, 30_000);

  it("answers from the local copy within a command timeout while Redis hangs, and shares again when it resumes", async () => {
    const [one, other] = [server(), server()];
    readAs(7_000);
    await one.set(KEY, page("Avant le blocage"), setCtx);
    logged.length = 0;
    redis.freeze();
    try {
      const started = Date.now();
      expect(await htmlOf(one)).toBe("<h1>Avant le blocage</h1>");
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(logged.filter((line) => line.includes("Redis injoignable"))).toHaveLength(1);
    } finally {
      redis.thaw();
    }
    await until(async () => {
      await one.set(KEY, page("Après le blocage"), setCtx);
      return (await htmlOf(other)) === "<h1>Après le blocage</h1>";
    });
    expect(logged.some((line) => line.includes("de nouveau partagé"))).toBe(true);
  }, 30_000);
});
