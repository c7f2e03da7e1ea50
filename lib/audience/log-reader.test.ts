import { appendFile, mkdtemp, rename, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { publishedSlug } from "@/lib/content/published-slug";
import { beaconLogLine } from "@/lib/testing/beacon-log";
import { articleFile, contentFolder } from "@/lib/testing/content-folder";
import { DIALECTS, freshStore } from "@/lib/testing/stores";
import { BeaconLogReader, completeLines, fileIdentity, readPosition } from "./log-reader";
import { hourOf, topArticles } from "./views";
import { visitorsOn } from "./visitors";

const AT = new Date("2026-11-29T12:00:00Z");

/** Lines as nginx writes them (deploy/nginx.conf, `lesinfos_vues`), one second apart from AT. */
function lines(count: number, fields: Record<string, string> = {}, from = 0): string {
  let text = "";
  for (let i = from; i < from + count; i++) {
    const address = `203.0.113.${i % 250}`;
    text += `${beaconLogLine({ time: ((AT.getTime() + i * 1000) / 1000).toFixed(3), address, ...fields })}\n`;
  }
  return text;
}

describe("completeLines", () => {
  it("keeps the bytes after the last newline for the next read, counting bytes, not characters", () => {
    const chunk = Buffer.from("é1\nabc\nincompl");
    expect(completeLines(chunk, 100)).toEqual({ lines: ["é1", "abc"], next: 100 + Buffer.byteLength("é1\nabc\n") });
    expect(completeLines(Buffer.from("sans fin"), 7)).toEqual({ lines: [], next: 7 });
  });
});

describe.each(DIALECTS)("the beacon log reader on %s", (dialect) => {
  const store = freshStore(dialect);
  let folder = "";
  let log = "";
  let isPublished: ReturnType<typeof publishedSlug>;
  const readers: BeaconLogReader[] = [];
  const reader = () => {
    const created = new BeaconLogReader(log, store.db(), isPublished);
    readers.push(created);
    return created;
  };
  const views = async () => Object.fromEntries((await topArticles(store.db(), hourOf(AT) - 1, 10)).map((row) => [row.slug, row.views]));

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "lesinfos-journal-"));
    log = path.join(folder, "lesinfos-vues.log");
    const root = await contentFolder({
      articles: { budget: articleFile(), derby: articleFile(), brouillon: articleFile({ draft: true }) },
    });
    isPublished = publishedSlug({ location: { root, publicDir: root } });
  });
  afterEach(async () => {
    for (const created of readers.splice(0)) await created.close();
    await rm(folder, { recursive: true, force: true });
  });

  it("counts readers' views of published articles with the proxy's rule, and nothing else", async () => {
    await writeFile(
      log,
      lines(3) +
        lines(1, { uri: "/article/derby/vu?utm=1" }) +
        lines(1, { userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }) +
        lines(1, { secPurpose: "prefetch;prerender" }) +
        lines(1, { xMoz: "prefetch" }) +
        lines(1, { method: "HEAD" }) +
        lines(1, { method: "POST", status: "405" }) +
        lines(1, { uri: "/article/inconnu/vu" }) +
        lines(1, { uri: "/article/brouillon/vu" }) +
        "pas du JSON\n" +
        // One address, 130 beacons within a minute: 120 counted (the rate limit).
        lines(130, { address: "198.51.100.7" }).replace(/"time":"(\d+)\.\d+"/g, `"time":"${AT.getTime() / 1000}.000"`),
    );
    expect(await reader().readAvailable()).toEqual({ lines: 142, counted: 124, skipped: 1 });
    expect(await views()).toEqual({ budget: 123, derby: 1 });
    // Visitors: 203.0.113.0, .1, .2 and 198.51.100.7, with the same browser.
    expect(await visitorsOn(store.db(), "2026-11-29")).toBe(4);
  });

  it("leaves a partial last line for the next read, and stores where it starts with the counts", async () => {
    const complete = lines(2);
    const partial = lines(1, {}, 2);
    await writeFile(log, complete + partial.slice(0, 40));
    const first = reader();
    expect((await first.readAvailable()).counted).toBe(2);
    expect(await readPosition(store.db(), log)).toEqual({ file: await fileIdentity(log), bytesRead: Buffer.byteLength(complete) });
    await appendFile(log, partial.slice(40));
    expect((await first.readAvailable()).counted).toBe(1);
    expect(await views()).toEqual({ budget: 3 });
  });

  it("starts again after its last stored batch: a restart counts nothing twice, a crash mid-batch loses nothing", async () => {
    await writeFile(log, lines(5));
    await reader().readAvailable();
    await appendFile(log, lines(5, {}, 5));
    // A reader that dies while counting (here: the content cannot be read at the 3rd line): nothing of its batch is stored.
    let asked = 0;
    const dying = new BeaconLogReader(log, store.db(), async (slug, at) => {
      if (++asked === 3) throw new Error("arrêt brutal");
      return isPublished(slug, at);
    });
    readers.push(dying);
    await expect(dying.readAvailable()).rejects.toThrow("arrêt brutal");
    expect(await views()).toEqual({ budget: 5 });
    expect(await reader().readAvailable()).toEqual({ lines: 5, counted: 5, skipped: 0 });
    expect(await reader().readAvailable()).toEqual({ lines: 0, counted: 0, skipped: 0 });
    expect(await views()).toEqual({ budget: 10 });
  });

  it("follows a rotation: the old file to its end, then the new one from its start", async () => {
    await writeFile(log, lines(2));
    const following = reader();
    await following.readAvailable();
    // nginx still wrote to the file after the rename, before `nginx -s reopen` made a new one.
    await appendFile(log, lines(3, {}, 2));
    await rename(log, `${log}.1`);
    await appendFile(`${log}.1`, lines(1, {}, 5));
    await writeFile(log, lines(4, {}, 6));
    expect((await following.readAvailable()).counted).toBe(8);
    expect(await readPosition(store.db(), log)).toEqual({ file: await fileIdentity(log), bytesRead: Buffer.byteLength(lines(4, {}, 6)) });
    expect(await views()).toEqual({ budget: 10 });
  });

  it("after a restart, finishes the rotated file (<log>.1) it had not finished, then reads the new one", async () => {
    await writeFile(log, lines(2));
    await reader().readAvailable();
    await appendFile(log, lines(3, {}, 2));
    await rename(log, `${log}.1`);
    await writeFile(log, lines(4, {}, 5));
    expect((await reader().readAvailable()).counted).toBe(7);
    expect(await views()).toEqual({ budget: 9 });
  });

  it("reads a log truncated in place (copytruncate) from its start", async () => {
    await writeFile(log, lines(4));
    const following = reader();
    await following.readAvailable();
    await truncate(log, 0);
    await appendFile(log, lines(1, {}, 4));
    expect((await following.readAvailable()).counted).toBe(1);
    expect(await views()).toEqual({ budget: 5 });
  });

  it("waits for a log that does not exist yet", async () => {
    const waiting = reader();
    expect(await waiting.readAvailable()).toEqual({ lines: 0, counted: 0, skipped: 0 });
    await writeFile(log, lines(1));
    expect((await waiting.readAvailable()).counted).toBe(1);
  });
});
