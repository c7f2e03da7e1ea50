/**
 * What a process has counted and not yet written: views per (article, hour)
 * and the day's new visitor hashes, written every second in one batch. A
 * process remembers the hashes it already wrote today (up to `maxSeen`) so
 * that a returning reader costs no write; the store's key makes the count
 * exact across processes anyway. The first batch of a new Casablanca day
 * forgets the days before (visitors.ts). A batch is one transaction, which
 * may carry one more write (`flush(alongside)`): the log reader stores its
 * read position with the counts it produced, so a crash loses or repeats
 * nothing.
 */
import type { Kysely } from "kysely";

import { casablancaDay } from "@/lib/dates";
import type { Database } from "@/lib/db/schema";
import { inTransaction } from "@/lib/db/transaction";

import { hourOf, ViewTally, writeViews } from "./views";
import { forgetDaysBefore, saltOf, visitorHash, writeVisitors } from "./visitors";

/** A write made in a batch's transaction. */
export type Alongside = (trx: Kysely<Database>) => Promise<void>;

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
  private hourDay = { hour: Number.NaN, day: "" };
  private flushing: Promise<void> | null = null;

  constructor(private readonly options: RecorderOptions) {}

  /** A reader at `address` with `userAgent` looked at `slug` at `at`. */
  async view(slug: string, address: string, userAgent: string, at: Date): Promise<void> {
    const hour = hourOf(at);
    this.views.add(slug, hour);
    // Casablanca's offset is whole hours: an hour lies within one day, worked out once per hour (a tenth of the log reader's time otherwise).
    if (this.hourDay.hour !== hour) this.hourDay = { hour, day: casablancaDay(at) };
    const { day } = this.hourDay;
    const hash = visitorHash(await this.saltOf(day), address, userAgent);
    if (this.seen.day === day && this.seen.hashes.has(hash)) return;
    this.pendingOf(day).add(hash);
  }

  /**
   * Writes what was counted; a batch that fails is kept for the next one.
   * `alongside` runs in the batch's transaction, after a flush under way.
   */
  flush(alongside?: Alongside): Promise<void> {
    if (this.flushing && !alongside) return this.flushing;
    const flushing: Promise<void> = (this.flushing ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.write(alongside))
      .finally(() => {
        if (this.flushing === flushing) this.flushing = null;
      });
    this.flushing = flushing;
    return flushing;
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

  private async write(alongside?: Alongside): Promise<void> {
    const db = await this.options.database();
    const rows = this.views.take();
    const visitors = [...this.visitors].map(([day, pending]) => ({ day, hashes: [...pending] }));
    this.visitors.clear();
    const today = casablancaDay(this.options.clock());
    try {
      await inTransaction(db, async (trx) => {
        await writeViews(trx, rows);
        for (const { day, hashes } of visitors) await writeVisitors(trx, day, hashes);
        if (today !== this.forgottenBefore) await forgetDaysBefore(trx, today);
        await alongside?.(trx);
      });
    } catch (error) {
      this.views.restore(rows);
      for (const { day, hashes } of visitors) for (const hash of hashes) this.pendingOf(day).add(hash);
      throw error;
    }
    for (const { day, hashes } of visitors) this.remember(day, hashes);
    if (today !== this.forgottenBefore) {
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
