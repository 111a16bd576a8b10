// Admission control (issue 17, "bounded latency under overload"): at most `concurrency` requests
// are worked on at once; the rest wait in one first-in-first-out queue, and a request that could
// not start within `maxWaitMs` is refused at once instead of joining a queue it would wait in for
// longer. Without it, fifty requests in flight share the process in turns (each await lets another
// one run): every request is slowed by all the others, the unlucky ones by seconds. With it, a
// request waits for those ahead of it only, and beyond what the server can do in `maxWaitMs` the
// client hears "503, retry after N s" in microseconds.
//
// How long the request at position n will wait is n times the time between two requests ending
// while others wait (the rate at which the server actually gets through its queue), or, before
// that has been seen, n times the service time divided by the concurrency. The second alone
// assumes the requests in progress share the time of something other than the CPU (a database
// across the network); rendering from SQLite is all CPU on one thread, so four requests at once
// end one after another and the queue drains four times slower than it says (2026-12-06). The
// drain time is the lower of a slow and a fast average, so a server that just got faster (warm
// after a cold start) is believed within a few requests and one that seems slower only gradually.
//
// A request whose work is done and that only waits for something holding no CPU can give its slot
// back (`park`): a comment-check scored and waiting for its batch's commit in the SQLite write
// thread. Holding the slot, four such checks left the event loop idle during every commit and
// the group commit's batches never grew past four (docs/akismet-api.md, 2026-12-06). Parked
// requests are bounded too (`maxParked`); beyond it a request keeps its slot, as before.
//
// Pure: no HTTP, no clock. The caller says when work starts and ends and how long it took.

/** Limits; see docs/scaling.md ("Overload"). */
export interface AdmissionLimits {
  /** Requests worked on at once. */
  concurrency: number;
  /** Requests allowed to wait; one more is refused. */
  maxQueue: number;
  /** The longest a request should wait to start; one expected to wait longer is refused. */
  maxWaitMs: number;
  /**
   * Requests that gave their slot back while they wait for something that holds no CPU (a check
   * waiting for its batch's commit in the write thread), at most; one more keeps its slot.
   * Default DEFAULT_MAX_PARKED.
   */
  maxParked?: number;
}

/**
 * The default bound on parked requests: a few group-commit batches' worth at the default
 * concurrency, so what the server holds at once stays bounded (concurrency + queue + this) when
 * commits stall, while a commit of ordinary length never makes a scored check keep its slot.
 */
export const DEFAULT_MAX_PARKED = 64;

/** What happens to an arriving request. */
export type Admission =
  | { kind: 'now' }
  | {
      kind: 'queued';
      started: Promise<void>;
      /** The client went away: true if it was still waiting (it leaves the queue); false if it had started (call `done`). */
      cancel: () => boolean;
    }
  | { kind: 'refused'; retryAfterSeconds: number };

interface Waiter {
  start: () => void;
  cancelled: boolean;
  started: boolean;
}

export interface AdmissionStats {
  active: number;
  /** Requests that gave their slot back and wait for something that holds no CPU (`park`). */
  parked: number;
  queued: number;
  admitted: number;
  refused: number;
  /** Smoothed time a request spends being worked on, in ms. */
  serviceMs: number;
  /**
   * Time between two requests ending while others wait, in ms (0: not seen yet): the lower of a
   * slow and a fast smoothed average, so a speed-up counts at once and a slow-down gradually.
   */
  drainMs: number;
}

/** Smoothing of the service-time estimate (the weight of the newest sample). */
const ALPHA = 0.1;
/**
 * Smoothing of the drain estimate: about the last fifty requests. One long gap (a full garbage
 * collection, the process waiting for a core) would otherwise raise the estimate by a tenth of
 * itself and turn away, for a while, requests that would have been served in time.
 */
const DRAIN_ALPHA = 0.02;
/**
 * A faster-moving drain estimate (about the last five requests). The gate judges by the lower of
 * the two: a server that has just become faster (its code compiled by the JIT after start, a
 * cheaper page, a core freed) is believed within a few requests, while one that seems slower is
 * believed only as the slow average rises. Without it, the gaps of a cold start (tens of ms while
 * the first pages compile) were the estimate for the next hundred requests, and a warm server
 * refused requests it could serve in time (915 refusals in the first two rounds of an A/B at 50
 * connections, none after; 2026-12-06).
 */
const FAST_DRAIN_ALPHA = 0.2;

/** `average` moved towards `sample` by `alpha` (the sample itself while there is no average yet). */
function smooth(average: number, sample: number, alpha: number): number {
  return average === 0 ? sample : average + alpha * (sample - average);
}

export class AdmissionGate {
  private active = 0;
  private parked = 0;
  private readonly queue: Waiter[] = [];
  private head = 0;
  private serviceMs = 0;
  private drainMs = 0;
  private fastDrainMs = 0;
  /** When the last request ended with others waiting (NaN: the queue was empty then). */
  private lastEndedWithQueue = Number.NaN;
  private admitted = 0;
  private refused = 0;
  /** Waiters whose clients went away, still in the queue array. */
  private cancelledWaiting = 0;

  constructor(private readonly limits: AdmissionLimits) {
    if (!(limits.concurrency >= 1)) throw new RangeError('concurrency must be at least 1');
    if (!(limits.maxQueue >= 0)) throw new RangeError('maxQueue must not be negative');
  }

  /**
   * Asks to start a request. `now`: start it (call `done` when it ends). `queued`: start it when
   * `started` resolves (then call `done`), or `cancel` if the client went away. `refused`: answer 503 with the Retry-After given.
   */
  arrive(): Admission {
    if (this.active < this.limits.concurrency && this.queued() === 0) {
      this.active += 1;
      this.admitted += 1;
      return { kind: 'now' };
    }
    const wait = this.expectedWaitMs(this.queued() + 1);
    if (this.queued() >= this.limits.maxQueue || wait > this.limits.maxWaitMs) {
      this.refused += 1;
      return { kind: 'refused', retryAfterSeconds: this.retryAfterSeconds() };
    }
    let waiter!: Waiter;
    const started = new Promise<void>((resolve) => {
      waiter = { start: resolve, cancelled: false, started: false };
    });
    this.queue.push(waiter);
    return {
      kind: 'queued',
      started,
      cancel: () => {
        if (waiter.started) return false;
        if (!waiter.cancelled) {
          waiter.cancelled = true;
          this.cancelledWaiting += 1;
        }
        return true;
      },
    };
  }

  /**
   * A request that started has ended after `serviceMs` of work (NaN: it ended without any, its
   * client gone), at `endedAtMs` on the caller's clock (any monotonic milliseconds; without it, the
   * drain rate is not measured).
   */
  done(serviceMs: number, endedAtMs = Number.NaN): void {
    this.active -= 1;
    if (Number.isFinite(serviceMs) && serviceMs >= 0)
      this.serviceMs = smooth(this.serviceMs, serviceMs, ALPHA);
    if (Number.isFinite(endedAtMs)) {
      const gap = endedAtMs - this.lastEndedWithQueue;
      if (gap >= 0) {
        this.drainMs = smooth(this.drainMs, gap, DRAIN_ALPHA);
        this.fastDrainMs = smooth(this.fastDrainMs, gap, FAST_DRAIN_ALPHA);
      }
      this.lastEndedWithQueue = this.queued() > 0 ? endedAtMs : Number.NaN;
    }
    this.startWaiting();
  }

  /**
   * A request that started gives its slot back while it waits for something that holds no CPU
   * (its work is done, `serviceMs` of it, at `endedAtMs`, as for `done`): the next waiting request
   * starts. True if it did (call `unpark` when it ends, never `done`); false if `maxParked`
   * requests are parked already (it keeps its slot: call `done` as usual).
   */
  park(serviceMs: number, endedAtMs = Number.NaN): boolean {
    if (this.parked >= (this.limits.maxParked ?? DEFAULT_MAX_PARKED)) return false;
    this.parked += 1;
    this.done(serviceMs, endedAtMs);
    return true;
  }

  /** A parked request has ended. */
  unpark(): void {
    this.parked -= 1;
  }

  stats(): AdmissionStats {
    return {
      active: this.active,
      parked: this.parked,
      queued: this.queued(),
      admitted: this.admitted,
      refused: this.refused,
      serviceMs: this.serviceMs,
      drainMs: Math.min(this.drainMs, this.fastDrainMs),
    };
  }

  /** How long the request at `position` in the queue (1 = next) is expected to wait. */
  expectedWaitMs(position: number): number {
    const drainMs = Math.min(this.drainMs, this.fastDrainMs);
    return position * Math.max(drainMs, this.serviceMs / this.limits.concurrency);
  }

  private queued(): number {
    return this.queue.length - this.head - this.cancelledWaiting;
  }

  private startWaiting(): void {
    while (this.active < this.limits.concurrency && this.head < this.queue.length) {
      const waiter = this.queue[this.head]!;
      this.head += 1;
      if (waiter.cancelled) {
        this.cancelledWaiting -= 1;
        continue;
      }
      this.active += 1;
      this.admitted += 1;
      waiter.started = true;
      waiter.start();
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Long enough for the present queue to drain, at least one second. */
  private retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.expectedWaitMs(this.queued()) / 1000));
  }
}
