// Keeps the hub's campaign memory (network-memory.ts) current from storage: loaded on first use,
// then every instance reads the reports the others stored (every second, by id, and again the
// last 30 s for rows committed out of id order) and the keys' standing (trusted, revoked).
import { MAX_ANALYZED_CHARS, type CommentInput } from '../analyze.ts';
import { minhashNormalized } from '../context/minhash.ts';
import {
  authorPattern,
  DEFAULT_NETWORK_RULES,
  NetworkMemory,
  type NetworkEvidence,
  type NetworkQuery,
  type NetworkRules,
} from './network-memory.ts';
import type { NetworkReportRepo } from './network-report-repo.ts';
import { networkKey } from '../context/network.ts';
import { normalizeText } from '../text/normalize.ts';
import { domainOf, registrableDomain } from '../text/url.ts';

/** What the store is built from. */
export interface NetworkStoreDeps {
  repo: Pick<NetworkReportRepo, 'add' | 'since' | 'prune'>;
  keys: { reportFlags(): Promise<{ trusted: number[]; revoked: number[] }> };
  now: () => Date;
  /** How often to read other instances' reports (0: only on sync()). */
  pollMs: number;
  onError: (err: unknown) => void;
  rules?: NetworkRules;
}

const LATE_MS = 30_000;
const PRUNE_EVERY_MS = 10 * 60_000;

/** The features that recognise a comment's campaign. */
export function campaignFeatures(
  input: Pick<CommentInput, 'content' | 'url' | 'ip' | 'author'>,
): Pick<NetworkQuery, 'print' | 'links' | 'network' | 'author'> {
  const normalized = normalizeText(input.content.slice(0, MAX_ANALYZED_CHARS));
  const links = new Set(normalized.domains.filter(Boolean).map(registrableDomain));
  if (input.url) {
    const own = registrableDomain(domainOf(input.url));
    if (own) links.add(own);
  }
  return {
    print: minhashNormalized(normalized.text),
    links: [...links],
    network: input.ip ? networkKey(input.ip.trim()) : null,
    author: authorPattern(input.author),
  };
}

/** The campaign memory, kept current. */
export class NetworkStore {
  private trusted = new Set<number>();
  private revoked = new Set<number>();
  readonly memory: NetworkMemory;
  private loading: Promise<void> | null = null;
  private loaded = false;
  private lastId = 0;
  private lastPrune = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: NetworkStoreDeps) {
    this.memory = new NetworkMemory(
      (id) => this.trusted.has(id),
      deps.rules ?? DEFAULT_NETWORK_RULES,
      (id) => this.revoked.has(id),
    );
  }

  /** Loads the memory once (the first check waits for it) and starts polling. */
  ready(): Promise<void> {
    if (this.loaded) return Promise.resolve();
    this.loading ??= this.sync().then(() => {
      this.loaded = true;
      if (this.deps.pollMs > 0 && !this.timer) {
        this.timer = setInterval(() => void this.sync().catch(this.deps.onError), this.deps.pollMs);
        this.timer.unref();
      }
    });
    return this.loading;
  }

  /** Reads the keys' standing and the reports stored since the last read. */
  async sync(): Promise<void> {
    const now = this.deps.now().getTime();
    const flags = await this.deps.keys.reportFlags();
    this.trusted = new Set(flags.trusted);
    this.revoked = new Set(flags.revoked);
    const windowMs = this.memory.rules.windowMs;
    const since = new Date(this.loaded ? now - LATE_MS : now - windowMs).toISOString();
    const afterId = this.lastId;
    for (let cursor = 0; ;) {
      const rows = await this.deps.repo.since(since, afterId, cursor, 5000);
      for (const r of rows) {
        this.memory.add(r);
        this.lastId = Math.max(this.lastId, r.id);
        cursor = r.id;
      }
      if (rows.length < 5000) break;
    }
    this.memory.prune(now);
    if (now - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now;
      await this.deps.repo.prune(new Date(now - windowMs).toISOString());
    }
  }

  /** The campaign evidence for a check by `keyId` (null: the hub's own form). */
  async evidence(
    keyId: number | null,
    features: Omit<NetworkQuery, 'keyId' | 'now'>,
  ): Promise<NetworkEvidence> {
    await this.ready();
    return this.memory.evidence({ ...features, keyId, now: this.deps.now().getTime() });
  }

  /**
   * Remembers a client's report; tells whether its campaign now counts for the other clients
   * (two independent clients, or a trusted one), which is when the hub shares it site-wide.
   */
  async report(r: {
    keyId: number;
    verdictId: number | null;
    decision: 'spam' | 'ham';
    input: CommentInput;
  }): Promise<{ confirmed: boolean }> {
    await this.ready();
    const features = campaignFeatures(r.input);
    const now = this.deps.now().getTime();
    const stored = await this.deps.repo.add({
      ...features,
      keyId: r.keyId,
      verdictId: r.verdictId,
      decision: r.decision,
      createdAt: now,
    });
    this.memory.add(stored);
    this.lastId = Math.max(this.lastId, stored.id);
    return { confirmed: r.decision === 'spam' && this.memory.confirmedForOthers({ ...features, now }) };
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
