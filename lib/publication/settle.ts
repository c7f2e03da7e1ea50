/**
 * Waits until changed files stop changing before they are read: an editor's
 * tool, `git checkout` or `rsync` may write a file in several steps, and a
 * half-written article must never be published.
 */

/** Size and time stamp of a file ("size:mtime"), or null when it is gone. */
export type FileStamp = (file: string) => Promise<string | null>;

export interface SettleOptions {
  /** Quiet time after the last event before a file is looked at, and again before it is trusted. */
  quietMs: number;
  /** A batch is handed over at most this long after its first file settled, even if others keep changing. */
  maxBatchWaitMs: number;
  stamp: FileStamp;
  /** Files that kept the same size and time stamp over a quiet period, with that stamp. */
  onSettled: (files: Map<string, string | null>) => void;
}

/**
 * Each touched file waits `quietMs` without events, then must keep the same
 * stamp over another `quietMs`; any event in between starts it over. Files
 * settling together are handed over as one batch (a `git pull` of 1,000
 * files is one batch) once no file is waiting any more.
 */
export class Settler {
  private readonly waiting = new Map<string, number>();
  private readonly settled = new Map<string, string | null>();
  private generation = 0;
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(private readonly options: SettleOptions) {}

  touch(file: string): void {
    if (this.stopped) return;
    const generation = ++this.generation;
    this.waiting.set(file, generation);
    setTimeout(() => void this.check(file, generation), this.options.quietMs);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.batchTimer);
  }

  private isCurrent(file: string, generation: number): boolean {
    return !this.stopped && this.waiting.get(file) === generation;
  }

  private async check(file: string, generation: number): Promise<void> {
    if (!this.isCurrent(file, generation)) return;
    const first = await this.options.stamp(file);
    await new Promise((resolve) => setTimeout(resolve, this.options.quietMs));
    if (!this.isCurrent(file, generation)) return;
    const second = await this.options.stamp(file);
    if (!this.isCurrent(file, generation)) return;
    if (first !== second) {
      this.touch(file);
      return;
    }
    this.waiting.delete(file);
    this.settled.set(file, second);
    this.batchTimer ??= setTimeout(() => this.flush(), this.options.maxBatchWaitMs);
    if (this.waiting.size === 0) this.flush();
  }

  private flush(): void {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    if (this.settled.size === 0 || this.stopped) return;
    const batch = new Map(this.settled);
    this.settled.clear();
    this.options.onSettled(batch);
  }
}
