/**
 * Counts the views of nginx's beacon log (beacon-log.ts) with the proxy's
 * rule (count.ts), exactly once: where the reader stands in the log (the
 * file's identity and the byte after the last line counted) is written in
 * the same transaction as the counts of the lines before it, so after a
 * crash it starts again where its last batch ended. A partial last line
 * waits for the next read. Rotation (logrotate renames the file, then
 * `nginx -s reopen` creates a new one): the old file is read to its end,
 * then the new one from its start; after a restart, the old file is looked
 * for under logrotate's name (`<log>.1`).
 */
import type { FileHandle } from "node:fs/promises";
import { open, stat } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";

import type { Kysely } from "kysely";

import type { Database } from "@/lib/db/schema";
import { parseBeaconLine } from "./beacon-log";
import { beaconLimit, countView, type ViewCounter } from "./count";
import { AudienceRecorder } from "./recorder";

/** Where counting stands in a log. */
export interface LogPosition {
  /** "device:inode" of the file. */
  file: string;
  /** Where the first line not yet counted starts, in bytes. */
  bytesRead: number;
}

/** Bytes read at once: at about 300 bytes a line, some thousands of lines per batch. */
const CHUNK_BYTES = 1 << 20;

export async function fileIdentity(file: string): Promise<string | null> {
  try {
    const stats = await stat(file, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The store's name of a log: its machine and absolute path (several nginx machines may share one PostgreSQL). */
const logKey = (log: string) => `${hostname()}:${path.resolve(log)}`;

export async function readPosition(db: Kysely<Database>, log: string): Promise<LogPosition | null> {
  const row = await db
    .selectFrom("audience_log_positions")
    .select(["file", "bytes_read"])
    .where("log", "=", logKey(log))
    .executeTakeFirst();
  return row ? { file: row.file, bytesRead: Number(row.bytes_read) } : null;
}

async function writePosition(db: Kysely<Database>, log: string, { file, bytesRead }: LogPosition): Promise<void> {
  await db
    .insertInto("audience_log_positions")
    .values({ log: logKey(log), file, bytes_read: bytesRead })
    .onConflict((conflict) => conflict.column("log").doUpdateSet({ file, bytes_read: bytesRead }))
    .execute();
}

/**
 * The complete lines of `chunk` (read from `start`) and where the first
 * incomplete one starts: the bytes after the last newline wait for the rest.
 */
export function completeLines(chunk: Buffer, start: number): { lines: string[]; next: number } {
  const end = chunk.lastIndexOf(0x0a);
  if (end < 0) return { lines: [], next: start };
  const lines = chunk.subarray(0, end).toString("utf8").split("\n");
  return { lines: lines.filter((line) => line !== ""), next: start + end + 1 };
}

interface OpenLog {
  handle: FileHandle;
  position: LogPosition;
}

export interface ReadSummary {
  lines: number;
  counted: number;
  /** Lines that are not a beacon line (damaged, another format). */
  skipped: number;
}

export class BeaconLogReader {
  private current: OpenLog | null = null;
  private readonly log: string;
  private readonly counter: ViewCounter;
  /** The time of the last line read: the recorder's "now", so that a day is forgotten when the log passes midnight. */
  private lineTime = new Date(0);

  constructor(
    log: string,
    private readonly db: Kysely<Database>,
    isPublished: ViewCounter["isPublished"],
  ) {
    this.log = path.resolve(log);
    const recorder = new AudienceRecorder({ database: async () => db, clock: () => this.lineTime });
    this.counter = { recorder, limit: beaconLimit(), isPublished };
  }

  /** Counts every complete line written so far, following a rotation; resolves once their counts are stored. */
  async readAvailable(): Promise<ReadSummary> {
    const summary: ReadSummary = { lines: 0, counted: 0, skipped: 0 };
    this.current ??= await this.resume();
    if (!this.current) return summary;
    await this.readToEnd(this.current, summary);
    const identity = await fileIdentity(this.log);
    if (identity !== null && identity !== this.current.position.file) {
      // Rotated: nginx writes to the new file once it exists; what it had buffered went to the old one first.
      await this.readToEnd(this.current, summary);
      await this.current.handle.close();
      this.current = await this.openAt(this.log, { file: identity, bytesRead: 0 });
      if (this.current) await this.readToEnd(this.current, summary, true);
    }
    return summary;
  }

  async close(): Promise<void> {
    await this.current?.handle.close();
    this.current = null;
  }

  /** The file to read and where, from the stored position. */
  private async resume(): Promise<OpenLog | null> {
    const stored = await readPosition(this.db, this.log);
    const identity = await fileIdentity(this.log);
    if (stored && stored.file !== identity) {
      const rotated = `${this.log}.1`;
      if ((await fileIdentity(rotated)) === stored.file) return this.openAt(rotated, stored);
      if (identity !== null) {
        console.warn(`Audience : ${rotated} n’est plus le journal lu jusqu’ici ; lecture de ${this.log} depuis le début.`);
      }
    }
    if (identity === null) return null;
    return this.openAt(this.log, stored?.file === identity ? stored : { file: identity, bytesRead: 0 });
  }

  private async openAt(file: string, position: LogPosition): Promise<OpenLog | null> {
    try {
      const handle = await open(file, "r");
      const stats = await handle.stat({ bigint: true });
      if (`${stats.dev}:${stats.ino}` === position.file) return { handle, position };
      await handle.close();
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  /** Reads and counts `log` from its position to its last complete line, one batch (and one transaction) per chunk. */
  private async readToEnd(log: OpenLog, summary: ReadSummary, storeEvenIfEmpty = false): Promise<void> {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let store = storeEvenIfEmpty;
    // Truncated in place (logrotate's copytruncate): its lines start again from 0.
    if ((await log.handle.stat()).size < log.position.bytesRead) {
      log.position = { ...log.position, bytesRead: 0 };
      store = true;
    }
    for (;;) {
      const { bytesRead } = await log.handle.read(buffer, 0, buffer.length, log.position.bytesRead);
      const { lines, next } = completeLines(buffer.subarray(0, bytesRead), log.position.bytesRead);
      if (next === log.position.bytesRead && !store) return;
      for (const text of lines) {
        summary.lines += 1;
        const beacon = parseBeaconLine(text);
        if (!beacon) {
          summary.skipped += 1;
          continue;
        }
        this.lineTime = beacon.request.at;
        if (await countView(beacon.slug, beacon.request, this.counter)) summary.counted += 1;
      }
      const position = { file: log.position.file, bytesRead: next };
      await this.counter.recorder.flush((trx) => writePosition(trx, this.log, position));
      log.position = position;
      store = false;
      if (bytesRead < buffer.length) return;
    }
  }
}
