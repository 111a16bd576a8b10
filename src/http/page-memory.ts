// Memory for the bytes of cached pages, handed back for the next page when a page leaves the
// cache (issue 17: memory per worker).
//
// A cached page's body lives as long as the page stays in the cache, so V8 moves the Buffer that
// holds it to its old generation. When the page is evicted, that Buffer is garbage, but its bytes
// (outside V8's heap, in malloc's) are freed only by the next full collection, which V8 starts
// when outside memory has grown by some 64 MB. A site whose readers walk through more pages than
// the cache holds (crawlers, the archive, the long tail of articles) thus kept four times the
// cache's budget in dead pages, and malloc's heap does not shrink again once grown: 62 MB of
// malloc heap for a 16 MB cache after 8,000 distinct article pages, against 26 MB when collected
// at once (docs/scaling.md). Here the memory of an evicted page is reused for the next page
// stored instead, so the cache's bytes stay within its budget whatever the collector does.

/** The smallest step between buffer sizes: pages are tens of kilobytes. */
const MIN_STEP = 4096;

/**
 * The capacity a body of `size` bytes is stored in: sizes rounded up in eight steps per power of
 * two (at least 4 KB), so at most an eighth is unused and pages of similar size share buffers.
 */
export function capacityFor(size: number): number {
  const step = Math.max(MIN_STEP, 2 ** Math.floor(Math.log2(Math.max(size, 1))) / 8);
  return Math.max(step, Math.ceil(size / step) * step);
}

/** Buffers given back by pages that left the cache, by capacity, for pages stored later. */
export class BodyPool {
  private readonly free = new Map<number, Buffer[]>();
  private readonly owned = new WeakSet<ArrayBufferLike>();
  private freeBytes = 0;

  /** `maxFreeBytes`: buffers kept waiting beyond this are left to the collector. */
  constructor(readonly maxFreeBytes: number) {}

  /** Bytes waiting for reuse (for tests and metrics). */
  get waitingBytes(): number {
    return this.freeBytes;
  }

  /** A buffer of at least `size` bytes: one given back (of the size's class or the next), or a new one. */
  take(size: number): Buffer {
    let capacity = capacityFor(size);
    for (let tries = 0; tries < 3; tries++) {
      const buffers = this.free.get(capacity);
      const reused = buffers?.pop();
      if (reused) {
        this.freeBytes -= reused.length;
        return reused;
      }
      capacity = capacityFor(capacity + 1);
    }
    const fresh = Buffer.allocUnsafeSlow(capacityFor(size));
    this.owned.add(fresh.buffer);
    return fresh;
  }

  /** Takes back a buffer from `take` (a view of it is enough); anything else is ignored. */
  give(view: Buffer): void {
    const memory = view.buffer;
    if (!this.owned.has(memory) || this.freeBytes + memory.byteLength > this.maxFreeBytes) return;
    const whole = Buffer.from(memory, 0, memory.byteLength);
    let buffers = this.free.get(whole.length);
    if (!buffers) this.free.set(whole.length, (buffers = []));
    buffers.push(whole);
    this.freeBytes += whole.length;
  }
}

/**
 * The buffers of one cached page (its body and its compressed forms). They go back to the pool
 * once the page has left the cache and no response is still sending them: a socket that has not
 * yet written a body to the kernel still reads it.
 */
export class PageMemory {
  private readonly buffers: Buffer[] = [];
  private sending = 0;
  private dropped = false;
  private released = false;
  /** Bytes held (the buffers' capacities). */
  bytes = 0;

  constructor(private readonly pool: BodyPool) {}

  /** Copies bytes (one buffer or consecutive chunks) into pooled memory held by this page. */
  copy(source: Buffer | readonly Buffer[]): Buffer {
    const chunks = Buffer.isBuffer(source) ? [source] : source;
    let length = 0;
    for (const chunk of chunks) length += chunk.length;
    // A page already released (a compression finishing after its eviction) keeps its own copy.
    if (this.released) return Buffer.isBuffer(source) ? source : Buffer.concat(chunks, length);
    const target = this.pool.take(length);
    let at = 0;
    for (const chunk of chunks) at += chunk.copy(target, at);
    this.buffers.push(target);
    this.bytes += target.length;
    return target.subarray(0, length);
  }

  /** Marks a response sending this page's bytes; call the returned function once it is over. */
  send(): () => void {
    this.sending++;
    let over = false;
    return () => {
      if (over) return;
      over = true;
      this.sending--;
      this.releaseIfUnused();
    };
  }

  /** The page has left the cache: its memory is reused once no response sends it any more. */
  drop(): void {
    this.dropped = true;
    this.releaseIfUnused();
  }

  private releaseIfUnused(): void {
    if (!this.dropped || this.sending > 0 || this.released) return;
    this.released = true;
    for (const buffer of this.buffers) this.pool.give(buffer);
    this.buffers.length = 0;
  }
}
