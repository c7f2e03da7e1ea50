/**
 * The production path of the view beacon, end to end: the nginx of
 * deploy/nginx.conf answers and logs the beacons, the log reader
 * (npm run audience:relever) counts them into the store, on both dialects.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import type { Kysely } from "kysely";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { casablancaDay } from "@/lib/dates";
import { openDatabase } from "@/lib/db/connect";
import { migrate } from "@/lib/db/migrate";
import type { Database } from "@/lib/db/schema";
import { securityHeaders } from "@/lib/security-headers";
import { articleFile, contentFolder } from "@/lib/testing/content-folder";
import { runScript } from "@/lib/testing/run-script";
import { startDeployedNginx } from "@/lib/testing/servers/nginx";
import { DIALECTS, freshStore } from "@/lib/testing/stores";
import { readPosition } from "./log-reader";
import { visitorsOn } from "./visitors";

const PORT = Number(process.env.BEACON_TEST_PORT ?? 8410);
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
// No upstream: nginx must answer the beacon itself.
const NO_UPSTREAM = 9;

type Nginx = Awaited<ReturnType<typeof startDeployedNginx>>;

/** Lines in the beacons' log: nginx writes its buffer within a second. */
async function logLines(nginx: Nginx, count: number): Promise<string[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const lines = (await readFile(nginx.beaconLog, "utf8").catch(() => "")).split("\n").filter(Boolean);
    if (lines.length >= count || Date.now() > deadline) return lines;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits (at most 20 s) until `condition` holds. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function views(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom("article_views")
    .select(["slug", (eb) => eb.fn.sum<number | string>("views").as("views")])
    .groupBy("slug")
    .execute();
  return Object.fromEntries(rows.map((row) => [row.slug, Number(row.views)]));
}

describe.each(DIALECTS)("view beacons through deploy/nginx.conf, counted from its log, on %s", (dialect) => {
  // PostgreSQL: a database of a throwaway cluster; SQLite: the file the script makes in its data folder.
  const postgres = dialect === "postgres" ? freshStore("postgres") : null;
  let env: Record<string, string> = {};
  let db: Kysely<Database>;
  let dataDir = "";
  let root = "";
  let nginx: Nginx;
  const followers: ChildProcess[] = [];

  beforeAll(async () => {
    root = await contentFolder({ articles: { budget: articleFile(), derby: articleFile(), brouillon: articleFile({ draft: true }) } });
  });
  beforeEach(async () => {
    // As the bench does: the client's address from X-Forwarded-For, so that one test client can be many readers.
    nginx = await startDeployedNginx({
      port: PORT + (dialect === "postgres" ? 1 : 0),
      upstreams: [NO_UPSTREAM],
      edit: (config) =>
        config.replace(
          /(listen 127\.0\.0\.1:\d+ default_server;)/,
          "$1\n        set_real_ip_from 127.0.0.1;\n        real_ip_header X-Forwarded-For;",
        ),
    });
    if (postgres) {
      db = postgres.db();
      env = { CONTENT_DIR: root, DATABASE_URL: (postgres.location() as { url: string }).url };
    } else {
      dataDir = await mkdtemp(path.join(tmpdir(), "lesinfos-donnees-"));
      db = openDatabase({ dialect: "sqlite", file: path.join(dataDir, "lesinfos.sqlite") });
      await migrate(db);
      env = { CONTENT_DIR: root, LESINFOS_DATA_DIR: dataDir };
    }
  });
  afterEach(async () => {
    for (const child of followers.splice(0)) child.kill("SIGKILL");
    await nginx?.stop();
    if (!postgres) {
      await db.destroy();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  const beacon = (slug: string, init: RequestInit & { headers?: Record<string, string> } = {}, query = "") =>
    fetch(`${nginx.url}/article/${slug}/vu${query}`, { ...init, headers: { "user-agent": FIREFOX, ...init.headers } });

  it("answers like the proxy, logs every beacon, and the reader counts exactly the readers' views", async () => {
    const answers = [
      await beacon("budget", { headers: { "x-forwarded-for": "203.0.113.1" } }),
      await beacon("budget", { headers: { "x-forwarded-for": "203.0.113.2" } }, "?utm_source=lettre"),
      await beacon("derby", { headers: { "x-forwarded-for": "203.0.113.1" } }),
      await beacon("budget", { headers: { "user-agent": GOOGLEBOT } }),
      await beacon("budget", { headers: { "sec-purpose": "prefetch;prerender" } }),
      await beacon("budget", { headers: { purpose: "prefetch" } }),
      await beacon("budget", { method: "HEAD" }),
      await beacon("inconnu"),
      await beacon("brouillon"),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toBe("image/gif");
      expect(answer.headers.get("cache-control")).toBe("no-store, max-age=0");
      expect(answer.headers.get("x-robots-tag")).toBe("noindex");
      expect(answer.headers.get("set-cookie")).toBeNull();
      for (const { key, value } of securityHeaders(true)) expect(answer.headers.get(key)).toBe(value);
    }
    const gif = Buffer.from(await answers[0]!.arrayBuffer());
    expect([gif.length, gif.subarray(0, 6).toString()]).toEqual([43, "GIF89a"]);
    const refused = await beacon("budget", { method: "POST", body: "x" });
    expect([refused.status, refused.headers.get("allow"), await refused.text()]).toEqual([405, "GET, HEAD", "Méthode non autorisée."]);

    expect(await logLines(nginx, 10)).toHaveLength(10);
    const run = await runScript("audience-relever.ts", root, [nginx.beaconLog, "--une-fois"], env);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("10 ligne(s) lue(s), 3 vue(s) comptée(s)");
    expect(await views(db)).toEqual({ budget: 2, derby: 1 });
    expect(await visitorsOn(db, casablancaDay(new Date()))).toBe(2);
    // Run again: nothing new, nothing counted twice.
    await runScript("audience-relever.ts", root, [nginx.beaconLog, "--une-fois"], env);
    expect(await views(db)).toEqual({ budget: 2, derby: 1 });
  });

  it("counts each beacon once when the reader is killed while following the log and started again", async () => {
    const start = () => {
      const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/audience-relever.ts", nginx.beaconLog], {
        env: { ...process.env, ...env },
        stdio: "ignore",
      });
      followers.push(child);
      return child;
    };
    const sent = async (wave: number) => {
      for (let i = 0; i < 200; i++) await beacon("derby", { headers: { "x-forwarded-for": `198.51.${wave}.${i}` } });
    };
    const reader = start();
    await sent(1);
    // Killed once it has stored a batch (wherever that falls in the log), while more lines come.
    await until(async () => ((await readPosition(db, nginx.beaconLog))?.bytesRead ?? 0) > 0);
    const more = sent(2);
    reader.kill("SIGKILL");
    await more;
    await sent(3);
    const lines = await logLines(nginx, 600);
    expect(lines).toHaveLength(600);
    start();
    const size = Buffer.byteLength(`${lines.join("\n")}\n`);
    await until(async () => ((await readPosition(db, nginx.beaconLog))?.bytesRead ?? 0) >= size);
    expect((await readPosition(db, nginx.beaconLog))?.bytesRead).toBe(size);
    expect(await views(db)).toEqual({ derby: 600 });
  }, 60_000);
});
