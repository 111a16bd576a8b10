// Group commit for checked comments: a check waits until its verdict is stored (so an answered
// check is as durable as the database), but the checks of one turn of the event loop, and those
// arriving while a batch is being written, are stored together: one transaction for all of them
// instead of one each. (On SQLite a write holds the event loop, so nothing arrives during it;
// waiting for the turn to end is what lets the requests already read join the batch.)
// (Until issue 13 the API's checks were answered first and stored up to 20 ms later: a crash in
// between lost verdicts of answered checks.)

/** How the writer stores a batch. */
export interface GroupCommitOptions<T, R> {
  /** Writes a batch in one transaction; returns one result per item, in order. */
  write(batch: T[]): Promise<R[]>;
  /** The largest batch written at once. */
  maxBatch: number;
}

interface Entry<T, R> {
  item: T;
  resolve: (r: R) => void;
  reject: (err: unknown) => void;
}

/** Stores items in batches formed by whoever arrives while the previous batch is written. */
export class GroupCommit<T, R> {
  private queue: Entry<T, R>[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly options: GroupCommitOptions<T, R>) {}

  /** Stores `item` (with whatever else waits); resolves with its result once it is committed. */
  write(item: T): Promise<R> {
    const done = new Promise<R>((resolve, reject) => this.queue.push({ item, resolve, reject }));
    this.running ??= this.drainSoon();
    return done;
  }

  /** Items waiting for the next batch. */
  get pending(): number {
    return this.queue.length;
  }

  /** Resolves once nothing is waiting or being written. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drainSoon(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    // Each batch takes everyone who arrived before it starts.
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      try {
        const results = await this.options.write(batch.map((e) => e.item));
        batch.forEach((e, i) => e.resolve(results[i]!));
      } catch (err) {
        for (const e of batch) e.reject(err);
      }
    }
    this.running = null;
  }
}
