// The recent-activity evidence held in memory, so scoring a comment needs no query: bursts per IP
// and network, the newest fingerprints (near-duplicates, the same link on several articles), the
// moderated comments counted by email (the author's history) and by IP (the address's reputation,
// kept apart), and the link domains seen in spam. Pure: times are passed in, nothing here reads a
// clock or storage. Every structure is bounded; the bounds and what they cost in accuracy are in
// docs/spam.md ("In the running site").
import type { MinHash } from './minhash.ts';
import { BurstWindow } from './burst-window.ts';
import { NearDuplicateIndex } from './near-duplicate-index.ts';

/** One remembered comment's fingerprint (`id` is null until its check is stored). */
export interface MemoryRecord {
  id: number | null;
  print: MinHash;
  ip: string | null;
  network: string | null;
  email: string | null;
  articleKey: string | null;
  links: readonly string[];
  /** 'pending' | 'spam-verdict' | 'ham' | 'spam' (the last two once a moderator decided). */
  verdict: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** A moderated fingerprint, as the author history counts it (and, for spam, its fingerprint). */
export interface DecidedRecord {
  id: number;
  ip: string | null;
  email: string | null;
  verdict: string;
  createdAt: number;
  /** The near-duplicate fingerprint, when known: moderated spam is compared with new comments. */
  print?: MinHash | null;
}

/** What a lookup needs (times in milliseconds since the epoch). */
export interface MemoryQuery {
  ip: string | null;
  network: string | null;
  email: string | null;
  burstSince: number;
  recentSince: number;
  /** The comment's fingerprint, to count the moderated spam it is a near-duplicate of. */
  print?: MinHash | null;
}

/** The recent fingerprints a comment is compared with. */
export interface RecentPrint {
  print: MinHash;
  articleKey: string | null;
  links: readonly string[];
}

/** Raw counts; the caller turns them into ContextEvidence. */
export interface ContextCounts {
  recentFromIp: number;
  recentFromNetwork: number;
  approvedByEmail: number;
  spamByEmail: number;
  approvedByIp: number;
  spamByIp: number;
  recent: RecentPrint[];
  /** Comments moderators marked spam that this one is a near-duplicate of. */
  similarModeratedSpam: number;
}

/** Sizes of the structures. */
export interface MemoryLimits {
  /** Newest fingerprints compared for near-duplicates and shared links. */
  recent: number;
  /** Comments counted for bursts (the burst window's newest). */
  burst: number;
  /** Moderated fingerprints counted in the author history. */
  decided: number;
  /** Link domains seen in spam. */
  spamDomains: number;
  /** Fingerprints of moderated comments (spam, and ham apart), compared with every new comment. */
  spamPrints: number;
}

/** Defaults: about 30 MB at most (the burst window about 20 of it), typically far less. */
export const DEFAULT_MEMORY_LIMITS: MemoryLimits = {
  recent: 100,
  burst: 200_000,
  decided: 200_000,
  spamDomains: 100_000,
  spamPrints: 20_000,
};

/** The in-memory context of one instance. */
export class ContextMemory {
  // The newest fingerprints with their times: only what a lookup returns, not the whole record
  // with its IP, email and verdict.
  private recentRing: { at: number; print: RecentPrint }[] = [];
  private recentNext = 0;
  private readonly burst: BurstWindow;
  private readonly decided = new Map<number, DecidedRecord>();
  private readonly history = new Map<string, { ham: number; spam: number }>();
  private readonly domains = new Set<string>();
  private readonly spamPrints: NearDuplicateIndex;
  private readonly hamPrints: NearDuplicateIndex;

  constructor(readonly limits: MemoryLimits = DEFAULT_MEMORY_LIMITS) {
    this.spamPrints = new NearDuplicateIndex(limits.spamPrints);
    this.burst = new BurstWindow(limits.burst);
    this.hamPrints = new NearDuplicateIndex(limits.spamPrints);
  }

  /** Moderated fingerprints by outcome (a decision heard again without its fingerprint keeps it). */
  private indexPrint(r: DecidedRecord): void {
    const [to, from] =
      r.verdict === 'spam' ? [this.spamPrints, this.hamPrints] : [this.hamPrints, this.spamPrints];
    from.remove(r.id);
    if (r.verdict !== 'spam' && r.verdict !== 'ham') to.remove(r.id);
    else if (r.print) to.add(r.id, r.print);
    else if (r.print === null) to.remove(r.id);
  }

  /**
   * Moderated spam a fingerprint is a near-duplicate of, less the moderated ham it is one of:
   * where moderators marked one comment of a kind spam and another not spam, they disagree.
   */
  private moderatedSpamLike(print: MinHash): number {
    const spam = this.spamPrints.countSimilar(print);
    return spam === 0 ? 0 : Math.max(0, spam - this.hamPrints.countSimilar(print));
  }

  /** Remembers a comment (a new one, or one another instance stored). */
  add(r: MemoryRecord): void {
    if (this.limits.recent > 0) {
      const kept = { at: r.createdAt, print: { print: r.print, articleKey: r.articleKey, links: r.links } };
      if (this.recentRing.length < this.limits.recent) this.recentRing.push(kept);
      else this.recentRing[this.recentNext] = kept;
      this.recentNext = (this.recentNext + 1) % this.limits.recent;
    }
    if (r.ip !== null || r.network !== null) this.burst.add(r.ip, r.network, r.createdAt);
    if (r.id !== null)
      this.decide({
        id: r.id,
        ip: r.ip,
        email: r.email,
        verdict: r.verdict,
        createdAt: r.createdAt,
        print: r.print,
      });
  }

  /** Sets (or changes) the moderated outcome of a stored fingerprint; other verdicts are ignored. */
  decide(r: DecidedRecord): void {
    const old = this.decided.get(r.id);
    if (old) this.count(old, -1);
    this.indexPrint(r);
    if (r.verdict !== 'ham' && r.verdict !== 'spam') {
      if (old) this.decided.delete(r.id);
      return;
    }
    if (!old && this.decided.size >= this.limits.decided) {
      const [oldestId, oldest] = this.decided.entries().next().value as [number, DecidedRecord];
      this.count(oldest, -1);
      this.decided.delete(oldestId);
      this.spamPrints.remove(oldestId);
      this.hamPrints.remove(oldestId);
    }
    this.decided.set(r.id, r);
    this.count(r, 1);
  }

  /** Whether a fingerprint's outcome is known here. */
  decidedVerdict(id: number): string | null {
    return this.decided.get(id)?.verdict ?? null;
  }

  /** Counts and recent fingerprints for one comment. */
  lookup(q: MemoryQuery): ContextCounts {
    this.burst.dropBefore(q.burstSince);
    const byEmail = q.email ? this.history.get(`e:${q.email}`) : undefined;
    const byIp = q.ip ? this.history.get(`i:${q.ip}`) : undefined;
    const recent: RecentPrint[] = [];
    for (const e of this.recentRing) if (e.at >= q.recentSince) recent.push(e.print);
    return {
      recentFromIp: q.ip === null ? 0 : this.burst.fromIp(q.ip),
      recentFromNetwork: q.network === null ? 0 : this.burst.fromNetwork(q.network),
      approvedByEmail: byEmail?.ham ?? 0,
      spamByEmail: byEmail?.spam ?? 0,
      approvedByIp: byIp?.ham ?? 0,
      spamByIp: byIp?.spam ?? 0,
      recent,
      similarModeratedSpam: q.print ? this.moderatedSpamLike(q.print) : 0,
    };
  }

  /**
   * Forgets what the pruning job deleted: the author history older than `cutoff`, and recent
   * fingerprints older than `undecidedCutoff` (when the retention is shorter than the window).
   */
  forgetBefore(cutoff: number, undecidedCutoff = cutoff): void {
    for (const [id, r] of this.decided)
      if (r.createdAt < cutoff) {
        this.count(r, -1);
        this.decided.delete(id);
        this.spamPrints.remove(id);
        this.hamPrints.remove(id);
      }
    if (this.recentRing.some((e) => e.at < undecidedCutoff)) {
      const kept = this.recentRing.filter((e) => e.at >= undecidedCutoff);
      this.recentRing = kept;
      this.recentNext = kept.length % this.limits.recent;
    }
  }

  /** Remembers link domains seen in spam (the oldest are forgotten past the limit). */
  addSpamDomains(domains: Iterable<string>): void {
    for (const d of domains) {
      this.domains.delete(d);
      this.domains.add(d);
    }
    for (const d of this.domains) {
      if (this.domains.size <= this.limits.spamDomains) break;
      this.domains.delete(d);
    }
  }

  /** Which of these domains were seen in spam. */
  spamDomains(domains: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const d of domains) if (this.domains.has(d)) out.add(d);
    return out;
  }

  /** Sizes, for tests and diagnostics. */
  sizes(): { recent: number; burst: number; decided: number; spamDomains: number; spamPrints: number } {
    return {
      recent: this.recentRing.length,
      burst: this.burst.sizes().comments,
      decided: this.decided.size,
      spamDomains: this.domains.size,
      spamPrints: this.spamPrints.size,
    };
  }

  private count(r: DecidedRecord, by: 1 | -1): void {
    const add = (key: string) => {
      const h = this.history.get(key) ?? { ham: 0, spam: 0 };
      if (r.verdict === 'ham') h.ham += by;
      else if (r.verdict === 'spam') h.spam += by;
      if (h.ham <= 0 && h.spam <= 0) this.history.delete(key);
      else this.history.set(key, h);
    };
    if (r.email) add(`e:${r.email}`);
    if (r.ip) add(`i:${r.ip}`);
  }
}
