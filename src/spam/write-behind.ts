// A small write-behind queue: items are written in batches (every few milliseconds, or at once
// when the batch is full or someone waits), one batch at a time, so a request does not pay for
// its own INSERTs. Items still queued when the process stops are written by close().

/** How the queue writes and when. */
export interface WriteBehindOptions<T, R> {
  /** Writes a batch; returns one result per item, in order. */
  write(batch: T[]): Promise<R[]>;
  /** Longest wait before a queued item is written. */
  delayMs: number;
  /** A batch this large is written at once. */
  maxBatch: number;
  /** Reports a failed batch whose items nobody waits for. */
  onError(err: unknown): void;
}

interface Entry<T, R> {
  item: T;
  resolve?: (r: R) => void;
  reject?: (err: unknown) => void;
}

/** Batches writes off the request path. */
export class WriteBehind<T, R> {
  private queue: Entry<T, R>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly options: WriteBehindOptions<T, R>) {}

  /** Queues an item; nobody waits for it (a failure goes to onError). */
  add(item: T): void {
    this.queue.push({ item });
    this.schedule();
  }

  /** Queues an item and writes it now (with whatever else is queued); resolves with its result. */
  addAndWrite(item: T): Promise<R> {
    const done = new Promise<R>((resolve, reject) => this.queue.push({ item, resolve, reject }));
    void this.flush();
    return done;
  }

  /** Items queued and not yet written. */
  get pending(): number {
    return this.queue.length;
  }

  /** Writes everything queued so far; resolves once it is stored (or has failed). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const batch = this.queue;
    this.queue = [];
    const run = this.tail.then(() => this.writeBatch(batch));
    this.tail = run;
    return run;
  }

  private schedule(): void {
    if (this.queue.length >= this.options.maxBatch) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
      this.timer.unref();
    }
  }

  private async writeBatch(batch: Entry<T, R>[]): Promise<void> {
    for (let i = 0; i < batch.length; i += this.options.maxBatch) {
      const part = batch.slice(i, i + this.options.maxBatch);
      try {
        const results = await this.options.write(part.map((e) => e.item));
        part.forEach((e, j) => e.resolve?.(results[j]!));
      } catch (err) {
        let unowned = false;
        for (const e of part) {
          if (e.reject) e.reject(err);
          else unowned = true;
        }
        if (unowned) this.options.onError(err);
      }
    }
  }
}
