import { utimes, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { startNginx, type NginxServer } from "../../lib/testing/servers/nginx";
import { startRedis, type RedisServer } from "../../lib/testing/servers/redis";
import { startInstance, type Instance } from "../support/instances";
import { articleFile } from "../support/live";

/**
 * Two servers of one build behind nginx, sharing their cache in a real
 * redis-server (issue #17), each following its own copy of the content: the
 * steps follow one another like a newsroom's day, hence serial.
 */
// Each step waits for changes to show (up to 15 s each) on a machine busy with the rest of the suite.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const INSTANCE_PORT = Number(process.env.E2E_INSTANCE_PORT ?? 3330);
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 8400);
const REDIS_PORT = Number(process.env.E2E_REDIS_PORT ?? 6400);

/** As in the live-publishing test: changes must show by themselves, on a machine busy with the rest of the suite. */
const VISIBLE_WITHIN = { timeout: 15_000, intervals: [100] };
/** Live publishing revalidates a change's pages a second time 3 s later (lib/publication/follow.ts). */
const SECOND_PASS_OVER_MS = 4_000;
/** Next stores a rendered page in its cache just after sending it. */
const STORED_AFTER_MS = 1_500;

let redis: RedisServer;
let one: Instance;
let other: Instance;
let nginx: NginxServer;
const slug = `partage-${Date.now().toString(36)}`;
const address = `/article/${slug}`;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  redis = await startRedis(REDIS_PORT);
  [one, other] = await Promise.all([startInstance(INSTANCE_PORT, redis.url), startInstance(INSTANCE_PORT + 1, redis.url)]);
  nginx = await startNginx({ port: NGINX_PORT, upstreams: [one.port, other.port] });
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const instance of [one, other]) if (instance) await testInfo.attach(`next start ${instance.port}`, { body: instance.output() });
});

test.afterAll(async () => {
  await nginx?.stop();
  await Promise.all([one?.stop(), other?.stop()]);
  await redis?.stop();
});

async function get(base: string, pathname: string) {
  const response = await fetch(`${base}${pathname}`);
  const text = await response.text();
  // The page's <title> names the article's version: short failure messages.
  return {
    status: response.status,
    cache: response.headers.get("x-nextjs-cache"),
    text,
    title: /<title>([^<]*)<\/title>/.exec(text)?.[1] ?? "",
  };
}

/** Changes read by a server's content follower so far. */
const applied = (instance: Instance) => instance.output().match(/Publication : \d+ fichier\(s\) lu\(s\)/g)?.length ?? 0;

/**
 * Writes the article with `title` in the content copies of `servers`, with the same file times in every copy,
 * as `rsync -a` copies them (docs/exploitation.md), and waits until each server has read it.
 */
async function publish(servers: Instance[], title: string): Promise<void> {
  const before = servers.map(applied);
  const text = articleFile({ title, tag: "Casablanca", body: "Un article que plusieurs serveurs publient." });
  const at = new Date();
  for (const server of servers) {
    const folder = path.join(server.content, "articles");
    await writeFile(path.join(folder, `${slug}.md`), text);
    await utimes(path.join(folder, `${slug}.md`), at, at);
    await utimes(folder, at, at);
  }
  await expect.poll(() => servers.every((server, i) => applied(server) > before[i]!), VISIBLE_WITHIN).toBe(true);
}

const title = (label: string) => `${label} n° ${Date.now()}`;

test("une page rendue par un serveur est servie telle quelle par l’autre", async () => {
  const first = title("Rendu une seule fois");
  await publish([one, other], first);
  await new Promise((resolve) => setTimeout(resolve, SECOND_PASS_OVER_MS));

  const rendered = await get(one.url, address);
  expect(rendered.status).toBe(200);
  expect(rendered.title).toContain(first);
  await new Promise((resolve) => setTimeout(resolve, STORED_AFTER_MS));
  // Never rendered by the other server, never prerendered: only Redis can hold it.
  const served = await get(other.url, address);
  expect(served.cache).toBe("HIT");
  expect(served.text === rendered.text, "la même page, octet pour octet").toBe(true);
});

test("une modification posée sur les deux copies du contenu paraît sur les deux serveurs", async () => {
  const corrected = title("Corrigé partout");
  const start = Date.now();
  await publish([one, other], corrected);
  for (const base of [one.url, other.url, nginx.url])
    await expect.poll(async () => (await get(base, address)).title, VISIBLE_WITHIN).toContain(corrected);
  test.info().annotations.push({ type: "visible sur les deux serveurs après", description: `${Date.now() - start} ms` });
});

test("un serveur qui n’a pas encore lu une modification n’écrase pas la page plus récente", async () => {
  const older = (await get(other.url, address)).title;
  const newer = title("Corrigé sur un seul serveur");
  await publish([one], newer);
  // The first server has revalidated what the change touches.
  await expect.poll(async () => (await get(one.url, "/fil-info")).text.includes(newer), VISIBLE_WITHIN).toBe(true);
  // The other learns it from Redis and renders the page again, from its older content.
  await expect.poll(async () => (await get(other.url, address)).cache, VISIBLE_WITHIN).not.toBe("HIT");
  expect((await get(other.url, address)).title).not.toContain(newer);
  // Its render was not stored: the first server renders and serves the newer page.
  expect((await get(one.url, address)).title).toContain(newer);
  // And the other serves that page from Redis, although its own copy of the content is still older.
  await expect.poll(async () => (await get(other.url, address)).title, VISIBLE_WITHIN).toContain(newer);
  expect(older).not.toContain(newer);
  await publish([other], newer);
});

test("Redis arrêté, chaque serveur répond, le dit une fois, puis partage de nouveau à son retour", async () => {
  await redis.kill();
  const pages = ["/", address, "/rubrique/societe", "/fil-info", "/rss.xml"];
  for (let round = 0; round < 3; round++)
    for (const base of [one.url, other.url, nginx.url])
      for (const pathname of pages) expect(`${pathname} ${(await get(base, pathname)).status}`).toBe(`${pathname} 200`);

  const duringOutage = title("Publié pendant la panne");
  await publish([one, other], duringOutage);
  for (const base of [one.url, other.url])
    await expect.poll(async () => (await get(base, address)).title, VISIBLE_WITHIN).toContain(duringOutage);
  for (const instance of [one, other]) expect(instance.output().match(/Redis injoignable/g)).toHaveLength(1);

  await redis.restart();
  await expect.poll(() => [one, other].every((instance) => instance.output().includes("de nouveau joignable")), VISIBLE_WITHIN).toBe(true);
  const afterReturn = title("Après le retour de Redis");
  await publish([one], afterReturn);
  await expect.poll(async () => (await get(one.url, "/fil-info")).text.includes(afterReturn), VISIBLE_WITHIN).toBe(true);
  expect((await get(one.url, address)).title).toContain(afterReturn);
  // Shared again: the other server serves the first one's page, which its own content does not have yet.
  await expect.poll(async () => (await get(other.url, address)).title, VISIBLE_WITHIN).toContain(afterReturn);
  await publish([other], afterReturn);
});

test("un serveur arrêté, nginx sert les lecteurs avec l’autre", async () => {
  await other.kill();
  const statuses = [];
  for (let i = 0; i < 20; i++) statuses.push((await get(nginx.url, i % 2 ? address : "/")).status);
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
});
