/**
 * What a process has counted and not yet written: views per (article, hour)
 * and the day's new visitor hashes, written every second in one batch. A
 * process remembers the hashes it already wrote today (up to `maxSeen`) so
 * that a returning reader costs no write; the store's key makes the count
 * exact across processes anyway. The first batch of a new Casablanca day
 * forgets the days before (visitors.ts).
 */
import type { Kysely } from "kysely";

import { casablancaDay } from "@/lib/dates";
import type { Database } from "@/lib/db/schema";

import { hourOf, ViewTally, writeViews } from "./views";
import { forgetDaysBefore, saltOf, visitorHash, writeVisitors } from "./visitors";

export interface RecorderOptions {
  database: () => Promise<Kysely<Database>>;
  clock: () => Date;
  maxSeen?: number;
}

export class AudienceRecorder {
  private readonly views = new ViewTally();
  private readonly visitors = new Map<string, Set<string>>();
  private readonly salts = new Map<string, Promise<string>>();
  private seen = { day: "", hashes: new Set<string>() };
  private forgottenBefore = "";
  private flushing: Promise<void> | null = null;

  constructor(private readonly options: RecorderOptions) {}

  /** A reader at `address` with `userAgent` looked at `slug` at `at`. */
  async view(slug: string, address: string, userAgent: string, at: Date): Promise<void> {
    this.views.add(slug, hourOf(at));
    const day = casablancaDay(at);
    const hash = visitorHash(await this.saltOf(day), address, userAgent);
    if (this.seen.day === day && this.seen.hashes.has(hash)) return;
    this.pendingOf(day).add(hash);
  }

  /** Writes what was counted; a batch that fails is kept for the next one. */
  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private pendingOf(day: string): Set<string> {
    let pending = this.visitors.get(day);
    if (!pending) {
      pending = new Set();
      this.visitors.set(day, pending);
    }
    return pending;
  }

  private saltOf(day: string): Promise<string> {
    let salt = this.salts.get(day);
    if (!salt) {
      salt = this.options.database().then((db) => saltOf(db, day));
      // A failed read is tried again by the next view.
      salt.catch(() => this.salts.delete(day));
      this.salts.set(day, salt);
    }
    return salt;
  }

  private async write(): Promise<void> {
    const db = await this.options.database();
    const rows = this.views.take();
    try {
      await writeViews(db, rows);
    } catch (error) {
      this.views.restore(rows);
      throw error;
    }
    for (const [day, pending] of [...this.visitors]) {
      this.visitors.delete(day);
      const hashes = [...pending];
      try {
        await writeVisitors(db, day, hashes);
      } catch (error) {
        for (const hash of hashes) this.pendingOf(day).add(hash);
        throw error;
      }
      this.remember(day, hashes);
    }
    const today = casablancaDay(this.options.clock());
    if (today !== this.forgottenBefore) {
      await forgetDaysBefore(db, today);
      for (const day of this.salts.keys()) if (day < today) this.salts.delete(day);
      this.forgottenBefore = today;
    }
  }

  private remember(day: string, hashes: readonly string[]): void {
    if (this.seen.day !== day || this.seen.hashes.size + hashes.length > (this.options.maxSeen ?? 200_000)) {
      this.seen = { day, hashes: new Set() };
    }
    for (const hash of hashes) this.seen.hashes.add(hash);
  }
}
