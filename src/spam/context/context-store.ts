// The context evidence of one instance: held in memory (context-memory.ts), loaded on first use
// and kept current. This instance's own checks enter the memory at once; checks stored by other
// instances (PostgreSQL) are read every `pollMs` by id; moderators' decisions, new spam domains and
// prunes are announced on the change bus. An instance's view of the others lags by at most one
// poll (docs/spam.md).
import {
  ContextMemory,
  type ContextCounts,
  DEFAULT_MEMORY_LIMITS,
  type MemoryLimits,
} from './context-memory.ts';
import type { SpamContextRepo, StoredFingerprint } from './context-repo.ts';
import { fingerprintFromHex, type MinHash } from './minhash.ts';

import { FINGERPRINT_DECIDED, FINGERPRINTS_PRUNED, SPAM_DOMAIN_SEEN } from '../service/change-keys.ts';

/** Change-bus key prefixes this store announces and hears (defined in change-keys.ts). */
export { FINGERPRINT_DECIDED, FINGERPRINTS_PRUNED, SPAM_DOMAIN_SEEN };

const HOUR = 3600_000;
/** Ids skipped by a poll (another instance's transaction not yet committed) are looked for this long. */
const GAP_PATIENCE_MS = 30_000;
const MAX_GAPS = 1000;
const POLL_BATCH = 5000;

/** What the store is built from. */
export interface ContextStoreDeps {
  repo: Pick<
    SpamContextRepo,
    | 'setFingerprintVerdict'
    | 'maxId'
    | 'loadRecent'
    | 'loadDecided'
    | 'after'
    | 'byIds'
    | 'loadSpamDomains'
    | 'addSpamDomains'
  >;
  changes: { publish(keys: string[]): Promise<void>; subscribe(l: (keys: string[]) => void): () => void };
  now: () => Date;
  /** How often to read other instances' checks (0: never on a timer; tests call sync()). */
  pollMs: number;
  limits?: MemoryLimits;
  onError(err: unknown): void;
}

/** A comment to remember: its fingerprint and where it came from. */
export interface NewMemoryRecord {
  print: MinHash;
  ip: string | null;
  network: string | null;
  email: string | null;
  articleKey: string | null;
  links: readonly string[];
  verdict: string;
  createdAt: Date;
}

/** A handle for a remembered comment, given back once it is stored. */
export interface Remembered {
  epoch: number;
}

// A stored fingerprint in memory (a SimHash row of an earlier version reads as no fingerprint).
const toMemory = (f: StoredFingerprint) => ({
  ...f,
  print: fingerprintFromHex(f.simhash),
  createdAt: Date.parse(f.createdAt),
});

const toDecided = (f: StoredFingerprint) => ({
  id: f.id,
  ip: f.ip,
  email: f.email,
  verdict: f.verdict,
  createdAt: Date.parse(f.createdAt),
  print: fingerprintFromHex(f.simhash),
});

/** In-memory context kept current from storage. */
export class ContextStore {
  private memory: ContextMemory;
  private loading: Promise<void> | null = null;
  private loaded = false;
  /** Bumped on every reload: stored ids of records remembered before it are not ours any more. */
  private epoch = 0;
  private watermark = 0;
  private readonly own = new Set<number>();
  private readonly gaps = new Map<number, number>();
  private readonly toRefresh = new Set<number>();
  private stale = false;
  private exclusive: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: ContextStoreDeps) {
    this.memory = new ContextMemory(deps.limits ?? DEFAULT_MEMORY_LIMITS);
    this.unsubscribe = deps.changes.subscribe((keys) => this.hear(keys));
  }

  /** Loads the memory (once); every lookup waits for it. */
  ready(): Promise<void> {
    if (this.loaded && !this.stale) return Promise.resolve();
    this.loading ??= this.run(() => this.load()).finally(() => (this.loading = null));
    return this.loading;
  }

  /** Counts and recent fingerprints for one comment (from memory). */
  async lookup(q: {
    ip: string | null;
    network: string | null;
    email: string | null;
    now: Date;
    burstMs: number;
    recentMs: number;
    print?: MinHash | null;
  }): Promise<ContextCounts> {
    if (!this.loaded || this.stale) await this.ready();
    const now = q.now.getTime();
    return this.memory.lookup({
      ip: q.ip,
      network: q.network,
      email: q.email,
      burstSince: now - q.burstMs,
      recentSince: now - q.recentMs,
      print: q.print ?? null,
    });
  }

  /** Which of these domains were seen in spam. */
  spamDomains(domains: readonly string[]): Set<string> {
    return this.memory.spamDomains(domains);
  }

  /** Adds this instance's new comment to the memory at once (before it is stored). */
  remember(r: NewMemoryRecord): Remembered {
    this.memory.add({ ...r, id: null, createdAt: r.createdAt.getTime() });
    return { epoch: this.epoch };
  }

  /**
   * Runs `write` (which stores remembered comments and returns their handles and ids) so that no
   * poll runs between its commit and noting the ids: a poll must not take our rows for others'.
   */
  storeOwn<T>(write: () => Promise<{ result: T; stored: { handle: Remembered; id: number }[] }>): Promise<T> {
    return this.run(async () => {
      const { result, stored } = await write();
      for (const e of stored) {
        if (e.handle.epoch !== this.epoch) continue;
        if (e.id > this.watermark) this.own.add(e.id);
        else this.gaps.delete(e.id);
      }
      // With nobody else writing in between, our own ids simply move the watermark on.
      while (this.own.delete(this.watermark + 1)) this.watermark++;
      return result;
    });
  }

  /** Records a moderator's decision about a stored fingerprint and tells every instance. */
  async setFingerprintVerdict(id: number, verdict: 'ham' | 'spam'): Promise<void> {
    await this.deps.repo.setFingerprintVerdict(id, verdict);
    await this.refresh([id]);
    await this.deps.changes.publish([`${FINGERPRINT_DECIDED}${id}`]);
  }

  /** Remembers domains linked from spam, here and (through the bus) in every instance. */
  async addSpamDomains(domains: string[], now: Date): Promise<void> {
    const unique = [...new Set(domains)];
    if (unique.length === 0) return;
    await this.deps.repo.addSpamDomains(unique, now);
    this.memory.addSpamDomains(unique);
    await this.deps.changes.publish(unique.map((d) => `${SPAM_DOMAIN_SEEN}${d}`));
  }

  /** Announces which fingerprints the pruning job deleted (every instance forgets them). */
  async pruned(p: { before: Date; undecidedBefore: Date }): Promise<void> {
    this.forget(p.before.getTime(), p.undecidedBefore.getTime());
    await this.deps.changes.publish([
      `${FINGERPRINTS_PRUNED}${p.before.toISOString()}|${p.undecidedBefore.toISOString()}`,
    ]);
  }

  /** Reads what other instances stored and decided since the last sync. */
  sync(): Promise<void> {
    if (!this.loaded || this.stale) return this.ready();
    return this.run(() => this.poll());
  }

  /** Sizes of the memory (tests, diagnostics). */
  sizes(): ReturnType<ContextMemory['sizes']> {
    return this.memory.sizes();
  }

  /** Stops polling and listening. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.unsubscribe();
  }

  private hear(keys: string[]): void {
    for (const key of keys) {
      // '*': the bus may have lost messages (a reconnect): reload everything.
      if (key === '*') this.stale = true;
      else if (key.startsWith(FINGERPRINT_DECIDED)) {
        const id = Number(key.slice(FINGERPRINT_DECIDED.length));
        if (Number.isSafeInteger(id)) this.toRefresh.add(id);
      } else if (key.startsWith(SPAM_DOMAIN_SEEN))
        this.memory.addSpamDomains([key.slice(SPAM_DOMAIN_SEEN.length)]);
      else if (key.startsWith(FINGERPRINTS_PRUNED)) {
        const [before = NaN, undecided = NaN] = key
          .slice(FINGERPRINTS_PRUNED.length)
          .split('|')
          .map(Date.parse);
        if (!Number.isNaN(before) && !Number.isNaN(undecided)) this.forget(before, undecided);
      }
    }
  }

  private forget(before: number, undecidedBefore: number): void {
    this.memory.forgetBefore(before, undecidedBefore);
  }

  /** Runs storage work one at a time (loads, polls and id bookkeeping never interleave). */
  private run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.exclusive.then(fn);
    this.exclusive = next.catch(() => {});
    return next;
  }

  private async load(): Promise<void> {
    if (this.loaded && !this.stale) return;
    const limits = this.deps.limits ?? DEFAULT_MEMORY_LIMITS;
    const since = new Date(this.deps.now().getTime() - HOUR).toISOString();
    const memory = new ContextMemory(limits);
    // Read first: rows stored meanwhile (above it) are read by the next poll, unless loaded now.
    const maxId = await this.deps.repo.maxId();
    const [recent, decided, domains] = await Promise.all([
      this.deps.repo.loadRecent(limits.recent, since, limits.burst),
      this.deps.repo.loadDecided(limits.decided),
      this.deps.repo.loadSpamDomains(limits.spamDomains),
    ]);
    for (const f of recent) memory.add(toMemory(f));
    for (const f of decided) memory.decide(toDecided(f));
    memory.addSpamDomains([...domains].reverse());
    this.memory = memory;
    this.epoch++;
    this.own.clear();
    this.gaps.clear();
    this.watermark = maxId;
    for (const f of recent) if (f.id > maxId) this.own.add(f.id);
    this.stale = false;
    this.loaded = true;
    if (this.deps.pollMs > 0 && !this.timer) {
      this.timer = setInterval(
        () => void this.sync().catch((err: unknown) => this.deps.onError(err)),
        this.deps.pollMs,
      );
      this.timer.unref();
    }
  }

  private async poll(): Promise<void> {
    const rows = await this.deps.repo.after(this.watermark, POLL_BATCH);
    const now = this.deps.now().getTime();
    for (const r of rows) {
      // Ids skipped here may belong to transactions not committed yet: look for them again.
      for (let id = Math.max(this.watermark + 1, r.id - MAX_GAPS); id < r.id; id++) this.gaps.set(id, now);
      this.watermark = r.id;
      if (this.own.delete(r.id)) continue;
      this.addStored(r);
    }
    for (const [id, since] of this.gaps)
      if (now - since > GAP_PATIENCE_MS || this.gaps.size > MAX_GAPS) this.gaps.delete(id);
    if (this.gaps.size > 0) {
      for (const r of await this.deps.repo.byIds([...this.gaps.keys()])) {
        this.gaps.delete(r.id);
        if (!this.own.delete(r.id)) this.addStored(r);
      }
    }
    if (this.toRefresh.size > 0) {
      const ids = [...this.toRefresh];
      this.toRefresh.clear();
      await this.refreshNow(ids);
    }
  }

  private addStored(r: StoredFingerprint): void {
    this.memory.add(toMemory(r));
  }

  private refresh(ids: number[]): Promise<void> {
    return this.run(() => this.refreshNow(ids));
  }

  private async refreshNow(ids: number[]): Promise<void> {
    for (const r of await this.deps.repo.byIds(ids)) this.memory.decide(toDecided(r));
  }
}
