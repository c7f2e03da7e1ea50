import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";

import { DIALECTS, freshStore } from "@/lib/testing/stores";

import { closeDatabase, database } from ".";
import { describeStore, openDatabase, storeLocation } from "./connect";
import { migrate } from "./migrate";

const env = (values: Record<string, string>) => ({ NODE_ENV: "test", ...values }) as const;

describe("storeLocation", () => {
  it("is PostgreSQL when DATABASE_URL is set, else a SQLite file in the data folder", () => {
    expect(storeLocation(env({ DATABASE_URL: "postgres://u:secret@db.example:5432/lesinfos" }))).toEqual({
      dialect: "postgres",
      url: "postgres://u:secret@db.example:5432/lesinfos",
    });
    expect(storeLocation(env({ LESINFOS_DATA_DIR: "/srv/donnees" }))).toEqual({ dialect: "sqlite", file: "/srv/donnees/lesinfos.sqlite" });
    expect(storeLocation(env({}))).toEqual({ dialect: "sqlite", file: path.resolve(".donnees/lesinfos.sqlite") });
  });

  it("never shows the password", () => {
    expect(describeStore({ dialect: "postgres", url: "postgres://u:secret@db.example:5432/lesinfos" })).toBe(
      "PostgreSQL (db.example:5432/lesinfos)",
    );
  });
});

describe("the store of the process", () => {
  let folder = "";
  afterEach(async () => {
    await closeDatabase();
    delete process.env.LESINFOS_DATA_DIR;
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("creates and migrates a SQLite file in WAL mode on first use, once per process", async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "lesinfos-data-"));
    process.env.LESINFOS_DATA_DIR = path.join(folder, "donnees");
    const db = await database();
    expect(await database()).toBe(db);
    expect(existsSync(path.join(folder, "donnees", "lesinfos.sqlite"))).toBe(true);
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    expect(rows[0]?.journal_mode).toBe("wal");
    await db.insertInto("daily_visitors").values({ day: "2026-11-29", visitors: 3 }).execute();
    expect(await db.selectFrom("daily_visitors").selectAll().execute()).toEqual([{ day: "2026-11-29", visitors: 3 }]);
  });
});

describe.each(DIALECTS)("migrations on %s", (dialect) => {
  const store = freshStore(dialect);

  it("apply once: a second run applies nothing and keeps the data", async () => {
    const db = store.db();
    await db.insertInto("article_views").values({ slug: "a", hour: 1, views: 2 }).execute();
    expect(await migrate(db)).toEqual([]);
    const again = openDatabase(store.location());
    try {
      expect(await migrate(again)).toEqual([]);
      expect(await again.selectFrom("article_views").selectAll().execute()).toEqual([{ slug: "a", hour: 1, views: 2 }]);
    } finally {
      await again.destroy();
    }
  });

  it("give each (article, hour) one row", async () => {
    const db = store.db();
    await db.insertInto("article_views").values({ slug: "a", hour: 1, views: 2 }).execute();
    await expect(db.insertInto("article_views").values({ slug: "a", hour: 1, views: 5 }).execute()).rejects.toThrow();
  });
});
