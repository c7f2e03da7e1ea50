/**
 * Where the store lives, and a Kysely over it. `DATABASE_URL` set: that
 * PostgreSQL; unset: a SQLite file in the data folder (`LESINFOS_DATA_DIR`,
 * `.donnees/` by default), created on first use. The same queries run on
 * both: only the dialect differs.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";

import Sqlite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";

import type { Database } from "./schema";

export type StoreLocation = { dialect: "postgres"; url: string } | { dialect: "sqlite"; file: string };

/** The store the environment names. */
export function storeLocation(env: NodeJS.ProcessEnv = process.env): StoreLocation {
  const url = env.DATABASE_URL?.trim();
  if (url) return { dialect: "postgres", url };
  const folder = path.resolve(env.LESINFOS_DATA_DIR?.trim() || ".donnees");
  return { dialect: "sqlite", file: path.join(folder, "lesinfos.sqlite") };
}

/** "SQLite (/srv/lesinfos/.donnees/lesinfos.sqlite)", "PostgreSQL (db.example:5432/lesinfos)": never the password. */
export function describeStore(location: StoreLocation): string {
  if (location.dialect === "sqlite") return `SQLite (${location.file})`;
  const url = new URL(location.url);
  return `PostgreSQL (${url.host}${url.pathname})`;
}

/** The SQLite file behind each SQLite store opened here: migrate() locks it. */
const sqliteFiles = new WeakMap<Kysely<Database>, Sqlite.Database>();

export const sqliteFileOf = (db: Kysely<Database>): Sqlite.Database | undefined => sqliteFiles.get(db);

export function openDatabase(location: StoreLocation): Kysely<Database> {
  if (location.dialect === "postgres") {
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location.url, max: 10 }) }) });
  }
  mkdirSync(path.dirname(location.file), { recursive: true });
  const sqlite = new Sqlite(location.file, { timeout: 5_000 });
  // WAL: readers never wait for the writer, and a batch of views is one cheap append.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  sqliteFiles.set(db, sqlite);
  return db;
}
