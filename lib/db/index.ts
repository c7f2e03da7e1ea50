/**
 * The store of this process: opened and migrated on first use, then shared.
 * Kept on the global object, like the content store: Next.js bundles routes
 * separately, and each bundle would otherwise open its own connections.
 */
import type { Kysely } from "kysely";

import { describeStore, openDatabase, storeLocation } from "./connect";
import { migrate } from "./migrate";
import type { Database } from "./schema";

const KEY = Symbol.for("lesinfos.database");

type Holder = Record<symbol, Promise<Kysely<Database>> | undefined>;

export function database(): Promise<Kysely<Database>> {
  const holder = globalThis as unknown as Holder;
  holder[KEY] ??= open();
  return holder[KEY];
}

async function open(): Promise<Kysely<Database>> {
  const location = storeLocation();
  const db = openDatabase(location);
  try {
    await migrate(db);
    return db;
  } catch (error) {
    await db.destroy();
    delete (globalThis as unknown as Holder)[KEY];
    throw new Error(`${describeStore(location)} : base de données inutilisable`, { cause: error });
  }
}

/** Closes the store of this process (tests, command-line tools). */
export async function closeDatabase(): Promise<void> {
  const holder = globalThis as unknown as Holder;
  const opened = holder[KEY];
  delete holder[KEY];
  if (opened) await (await opened.catch(() => null))?.destroy();
}

export type { Database } from "./schema";
