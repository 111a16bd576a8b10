// The hub's campaign memory: what each Akismet API client (each key) reported as spam or ham, and
// how a new check from any client matches those reports. A campaign is recognised by its text
// (MinHash near-duplicates), its link domains, its IP range (/24 or /64) and its author pattern.
// A client's own reports count fully for its own checks; for everyone else a campaign needs the
// reports of two independent clients (or one trusted client), each weighed by its agreement
// history and capped per day, so one client (a careless one, or a spammer with a key) cannot
// flip verdicts for the rest. Pure and bounded: storage is network-report-repo.ts's.
import type { MinHash } from '../context/minhash.ts';
import { NearDuplicateIndex } from '../context/near-duplicate-index.ts';

/** One report of a client, as remembered. */
export interface NetworkReport {
  id: number;
  keyId: number;
  decision: 'spam' | 'ham';
  print: MinHash;
  /** Registrable link domains of the text and the author's website. */
  links: readonly string[];
  network: string | null;
  author: string | null;
  createdAt: number;
}

/** What a check looks for. */
export interface NetworkQuery {
  /** The checking client (null: the hub's own comment form). */
  keyId: number | null;
  print: MinHash;
  links: readonly string[];
  network: string | null;
  author: string | null;
  now: number;
}

/** The campaign evidence for one check. */
export interface NetworkEvidence {
  /** The signal's value: 0 (nothing), up to 1 (a campaign matched on its text or links). */
  value: number;
  /** How many clients' reports make it up (the checking client's own included). */
  sites: number;
  /** Whether the checking client's own reports are part of it. */
  own: boolean;
}

/** The rules' numbers (docs/spam.md, "The hub's campaign memory"). */
export interface NetworkRules {
  /** Reports of one client per UTC day that count for the others; the rest count only for itself. */
  dailyCap: number;
  /** Independent untrusted clients a campaign needs before it counts for the others. */
  minClients: number;
  /** The summed weight (agreement history) those clients need. */
  minSupport: number;
  /** How long a report is remembered. */
  windowMs: number;
  /** The most reports remembered (the oldest forgotten first). */
  limit: number;
}

export const DEFAULT_NETWORK_RULES: NetworkRules = {
  dailyCap: 200,
  minClients: 2,
  minSupport: 1,
  windowMs: 30 * 86_400_000,
  limit: 100_000,
};

/**
 * Platforms whose links any comment may carry (video, code, encyclopaedia, social networks): a
 * link to one says little about a campaign, so it matches at ½ like an IP range, never alone.
 */
const PLATFORMS = new Set(
  (
    'youtube.com youtu.be google.com facebook.com twitter.com x.com instagram.com linkedin.com ' +
    'wikipedia.org github.com gitlab.com reddit.com medium.com amazon.com apple.com microsoft.com ' +
    'tiktok.com t.me telegram.org whatsapp.com vk.com yandex.ru baidu.com bilibili.com weibo.com ' +
    'archive.org bbc.co.uk nytimes.com'
  ).split(' '),
);

/**
 * How strongly a report matches: the same text or a link to the same (non-platform) domain 1;
 * the same IP range, the same author pattern or a platform link ½ each; at most 1.
 */
export function matchStrength(
  r: NetworkReport,
  q: Omit<NetworkQuery, 'keyId' | 'now'>,
  nearDup: boolean,
): number {
  let m = nearDup ? 1 : 0;
  for (const d of q.links) {
    if (m >= 1) break;
    if (r.links.includes(d)) m += PLATFORMS.has(d) ? 0.5 : 1;
  }
  if (m < 1 && q.network !== null && q.network === r.network) m += 0.5;
  if (m < 1 && q.author !== null && q.author === r.author) m += 0.5;
  return Math.min(1, m);
}

/**
 * The author pattern of a name: NFKC, lower case, every run of digits as one `#`, spaces
 * collapsed; null for names too short to say anything ("Jo").
 */
export function authorPattern(author: string | null | undefined): string | null {
  if (!author) return null;
  const p = author.normalize('NFKC').toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  return p.replace(/[#\s]/g, '').length >= 3 ? p : null;
}

interface KeyHistory {
  agree: number;
  disagree: number;
  /** Reports per UTC day (for the cap). */
  days: Map<string, number>;
}

/** The campaign memory. */
export class NetworkMemory {
  private readonly reports = new Map<number, NetworkReport & { counted: boolean }>();
  private readonly prints: NearDuplicateIndex;
  private readonly byLink = new Map<string, Set<number>>();
  private readonly byNetwork = new Map<string, Set<number>>();
  private readonly byAuthor = new Map<string, Set<number>>();
  private readonly keys = new Map<number, KeyHistory>();
  /** Reports already counted as corroborated or contradicted (each once). */
  private readonly judged = new Set<number>();

  constructor(
    private readonly trusted: (keyId: number) => boolean,
    readonly rules: NetworkRules = DEFAULT_NETWORK_RULES,
    /** Revoked clients' reports count for nobody. */
    private readonly revoked: (keyId: number) => boolean = () => false,
  ) {
    this.prints = new NearDuplicateIndex(rules.limit);
  }

  /** A client's weight: trusted 1, otherwise (1 + agreed) / (2 + agreed + contradicted); ½ when new. */
  weight(keyId: number): number {
    if (this.trusted(keyId)) return 1;
    const h = this.keys.get(keyId);
    return (1 + (h?.agree ?? 0)) / (2 + (h?.agree ?? 0) + (h?.disagree ?? 0));
  }

  /** The agreement history of a client (for the admin and tests). */
  history(keyId: number): { agree: number; disagree: number; weight: number } {
    const h = this.keys.get(keyId);
    return { agree: h?.agree ?? 0, disagree: h?.disagree ?? 0, weight: this.weight(keyId) };
  }

  has(id: number): boolean {
    return this.reports.has(id);
  }

  /**
   * Remembers a report (in id order, so every instance replays the same history): counts it
   * against its client's daily cap, and compares it with the other clients' reports of the same
   * campaign: the same decision corroborates both, the opposite one contradicts both.
   */
  add(report: NetworkReport): void {
    if (this.reports.has(report.id)) return;
    const history = this.history0(report.keyId);
    const day = new Date(report.createdAt).toISOString().slice(0, 10);
    const today = (history.days.get(day) ?? 0) + 1;
    history.days.set(day, today);
    if (history.days.size > 3) history.days.delete(history.days.keys().next().value as string);
    const counted = today <= this.rules.dailyCap;
    if (counted) this.judge(report);
    if (this.reports.size >= this.rules.limit) this.forget(this.reports.keys().next().value as number);
    this.reports.set(report.id, { ...report, counted });
    this.prints.add(report.id, report.print);
    for (const d of report.links) index(this.byLink, d, report.id);
    if (report.network) index(this.byNetwork, report.network, report.id);
    if (report.author) index(this.byAuthor, report.author, report.id);
  }

  /** Forgets reports older than the window. */
  prune(now: number): void {
    for (const [id, r] of this.reports) {
      if (r.createdAt >= now - this.rules.windowMs) break;
      this.forget(id);
    }
  }

  /** The campaign evidence for a check by `q.keyId`. */
  evidence(q: NetworkQuery): NetworkEvidence {
    let own = 0;
    const spamBy = new Map<number, number>();
    const hamBy = new Map<number, number>();
    for (const { report, strength } of this.matches(q)) {
      if (report.createdAt < q.now - this.rules.windowMs || this.revoked(report.keyId)) continue;
      if (report.keyId === q.keyId) {
        if (report.decision === 'spam') own = Math.max(own, strength);
        continue;
      }
      if (!report.counted) continue;
      const into = report.decision === 'spam' ? spamBy : hamBy;
      into.set(report.keyId, Math.max(into.get(report.keyId) ?? 0, strength));
    }
    let support = 0;
    let against = 0;
    let clients = 0;
    let trustedStrength = 0;
    let strength = 0;
    for (const [keyId, s] of spamBy) {
      if (s < 0.5) continue;
      if (this.trusted(keyId)) trustedStrength = Math.max(trustedStrength, s);
      support += this.weight(keyId) * s;
      clients++;
      strength = Math.max(strength, s);
    }
    for (const [keyId, s] of hamBy) against += this.weight(keyId) * s;
    const confirmed =
      (trustedStrength > 0 && support - against > 0) ||
      (clients >= this.rules.minClients && support - against >= this.rules.minSupport);
    const others = confirmed ? Math.max(strength, trustedStrength) : 0;
    const ownValue = own >= 0.5 ? own : 0;
    const value = Math.max(others, ownValue);
    return { value, sites: (confirmed ? clients : 0) + (ownValue > 0 ? 1 : 0), own: ownValue > 0 };
  }

  /** Whether a campaign like this report is confirmed for clients other than its reporter. */
  confirmedForOthers(q: Omit<NetworkQuery, 'keyId'>): boolean {
    return this.evidence({ ...q, keyId: null }).value > 0;
  }

  get size(): number {
    return this.reports.size;
  }

  private *matches(
    q: Omit<NetworkQuery, 'keyId' | 'now'>,
  ): Generator<{ report: NetworkReport & { counted: boolean }; strength: number }> {
    const near = new Set(this.prints.similarIds(q.print));
    const ids = new Set<number>(near);
    for (const d of q.links) for (const id of this.byLink.get(d) ?? []) ids.add(id);
    if (q.network) for (const id of this.byNetwork.get(q.network) ?? []) ids.add(id);
    if (q.author) for (const id of this.byAuthor.get(q.author) ?? []) ids.add(id);
    for (const id of ids) {
      const report = this.reports.get(id);
      if (report) yield { report, strength: matchStrength(report, q, near.has(id)) };
    }
  }

  private judge(report: NetworkReport): void {
    let corroborated = false;
    let contradicted = false;
    for (const { report: other, strength } of this.matches(report)) {
      if (other.keyId === report.keyId || !other.counted || strength < 1) continue;
      if (report.createdAt - other.createdAt > this.rules.windowMs) continue;
      if (other.decision === report.decision) corroborated = true;
      else contradicted = true;
      // Each earlier report is credited (or debited) once, by the first other client to match it.
      if (!this.judged.has(other.id)) {
        this.judged.add(other.id);
        const h = this.history0(other.keyId);
        if (other.decision === report.decision) h.agree++;
        else h.disagree++;
      }
    }
    const h = this.history0(report.keyId);
    if (corroborated) h.agree++;
    if (contradicted) h.disagree++;
    if (corroborated || contradicted) this.judged.add(report.id);
  }

  private history0(keyId: number): KeyHistory {
    let h = this.keys.get(keyId);
    if (!h) this.keys.set(keyId, (h = { agree: 0, disagree: 0, days: new Map() }));
    return h;
  }

  private forget(id: number): void {
    const r = this.reports.get(id);
    if (!r) return;
    this.reports.delete(id);
    this.prints.remove(id);
    this.judged.delete(id);
    for (const d of r.links) unindex(this.byLink, d, id);
    if (r.network) unindex(this.byNetwork, r.network, id);
    if (r.author) unindex(this.byAuthor, r.author, id);
  }
}

/** Reports kept per domain, IP range or author pattern (the newest), so a check stays cheap. */
const PER_KEY = 500;

function index(map: Map<string, Set<number>>, key: string, id: number): void {
  const set = map.get(key);
  if (!set) map.set(key, new Set([id]));
  else {
    set.add(id);
    if (set.size > PER_KEY) set.delete(set.values().next().value as number);
  }
}

function unindex(map: Map<string, Set<number>>, key: string, id: number): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}
