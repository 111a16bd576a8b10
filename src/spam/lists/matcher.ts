// Matching a comment against loaded reputation lists, fast enough to run on every check: IP ranges
// sorted by start with a running maximum of their ends (one binary search finds a covering range,
// nested or overlapping), domains by suffix (sub.bad.example is on a list holding bad.example),
// e-mail addresses exactly or by their domain, user names exactly after case folding.
import { type IpAddress, parseIp, parseIpRange } from './ip.ts';
import { normalizeDomain, normalizeEmail, normalizeUsername } from './normalize.ts';
import type { ListKind } from './parse.ts';
import { domainOf } from '../text/url.ts';

/** What a hit does besides its weight: `hold` also holds the comment for a moderator. */
export type ListAction = 'score' | 'hold';

/** One configured list as the matcher needs it. */
export interface ListMeta {
  name: string;
  kind: ListKind;
  /** Log-odds a hit adds to the comment's score. */
  weight: number;
  action: ListAction;
}

/** Which part of the comment matched. */
export type ListHitField = 'ip' | 'link' | 'author-url' | 'email' | 'author';

/** One list entry a comment matched. */
export interface ListHit {
  list: string;
  kind: ListKind;
  field: ListHitField;
  /** The list entry as canonically written (`203.0.113.0/24`, `bad.example`, `@bad.example`). */
  entry: string;
  /** What the comment carried (an IP, a host, an address, a name): shown, never stored. */
  value: string;
  weight: number;
  action: ListAction;
}

/** What a comment is matched by. */
export interface ListQuery {
  ip?: string | null;
  email?: string | null;
  author?: string | null;
  /** Hosts of the links in the text. */
  linkHosts?: readonly string[];
  /** The author's website. */
  authorUrl?: string | null;
}

class IpRanges<T extends number | string> {
  private readonly starts: T[] = [];
  private readonly maxEnd: T[] = [];
  private readonly maxAt: number[] = [];
  private readonly entries: string[] = [];

  constructor(items: { start: T; end: T; entry: string }[], compare: (a: T, b: T) => number) {
    items.sort((a, b) => compare(a.start, b.start));
    let best = -1;
    items.forEach((r, i) => {
      this.starts.push(r.start);
      this.entries.push(r.entry);
      if (best < 0 || r.end > items[best]!.end) best = i;
      this.maxEnd.push(items[best]!.end);
      this.maxAt.push(best);
    });
  }

  get size(): number {
    return this.starts.length;
  }

  /** The entry of a range holding `ip`: among ranges starting at or before it, the longest-reaching. */
  find(ip: T): string | null {
    let lo = 0;
    let hi = this.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= ip) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last < 0 || this.maxEnd[last]! < ip) return null;
    return this.entries[this.maxAt[last]!] ?? null;
  }
}

/** Suffix lookup: the listed domain a host is, or is under. */
function findDomain(set: ReadonlySet<string>, host: string): string | null {
  let at = 0;
  for (;;) {
    const suffix = at === 0 ? host : host.slice(at);
    if (set.has(suffix)) return suffix;
    const dot = host.indexOf('.', at);
    if (dot < 0) return null;
    at = dot + 1;
  }
}

/** One list ready for matching. */
export class CompiledList {
  private readonly v4: IpRanges<number>;
  private readonly v6: IpRanges<string>;
  private readonly names = new Set<string>();
  private readonly domains = new Set<string>();

  constructor(
    readonly meta: ListMeta,
    entries: readonly string[],
  ) {
    const v4: { start: number; end: number; entry: string }[] = [];
    const v6: { start: string; end: string; entry: string }[] = [];
    for (const entry of entries) {
      if (meta.kind === 'ip') {
        const r = parseIpRange(entry);
        if ('error' in r) continue;
        if (r.family === 4) v4.push({ start: r.start, end: r.end, entry });
        else v6.push({ start: r.start, end: r.end, entry });
      } else if (meta.kind === 'domain') this.domains.add(entry);
      else if (meta.kind === 'email' && entry.startsWith('@')) this.domains.add(entry.slice(1));
      else this.names.add(entry);
    }
    this.v4 = new IpRanges(v4, (a, b) => a - b);
    this.v6 = new IpRanges(v6, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Number of entries. */
  get size(): number {
    return this.v4.size + this.v6.size + this.names.size + this.domains.size;
  }

  /** The entry an address is on, or null. */
  matchIp(ip: IpAddress): string | null {
    return ip.family === 4 ? this.v4.find(ip.value) : this.v6.find(ip.value);
  }

  /** The listed domain a canonical host is, or is under. */
  matchDomain(host: string): string | null {
    return findDomain(this.domains, host);
  }

  /** The entry an address (canonical parts) is on: the exact address, or its domain as `@domain`. */
  matchEmail(local: string, domain: string): string | null {
    const exact = `${local}@${domain}`;
    if (this.names.has(exact)) return exact;
    // Sub-addressing: user+tag@ is user@.
    const plus = local.indexOf('+');
    if (plus > 0 && this.names.has(`${local.slice(0, plus)}@${domain}`))
      return `${local.slice(0, plus)}@${domain}`;
    const d = findDomain(this.domains, domain);
    return d === null ? null : `@${d}`;
  }

  /** The entry a folded user name is. */
  matchName(name: string): string | null {
    return this.names.has(name) ? name : null;
  }
}

/** Every loaded list; `match` returns each list's hits for one comment. */
export class ListSet {
  constructor(readonly lists: readonly CompiledList[]) {}

  match(q: ListQuery): ListHit[] {
    if (this.lists.length === 0) return [];
    const ip = q.ip ? parseIp(q.ip) : null;
    const email = q.email ? normalizeEmail(q.email) : null;
    const author = q.author ? normalizeUsername(q.author) : null;
    const links: string[] = [];
    for (const h of q.linkHosts ?? []) {
      const d = normalizeDomain(h);
      if (d !== null && !links.includes(d)) links.push(d);
    }
    const site = q.authorUrl ? normalizeDomain(domainOf(q.authorUrl)) : null;
    const hits: ListHit[] = [];
    for (const list of this.lists) {
      const { name, kind, weight, action } = list.meta;
      const add = (field: ListHitField, entry: string, value: string): number =>
        hits.push({ list: name, kind, field, entry, value, weight, action });
      let entry: string | null = null;
      switch (kind) {
        case 'ip':
          if (ip && (entry = list.matchIp(ip)) !== null) add('ip', entry, q.ip!.trim());
          break;
        case 'domain':
          if (site && (entry = list.matchDomain(site)) !== null) add('author-url', entry, site);
          // One hit per list for the links: the first listed one, however many there are.
          for (const host of links)
            if ((entry = list.matchDomain(host)) !== null) {
              add('link', entry, host);
              break;
            }
          break;
        case 'email':
          if (email && (entry = list.matchEmail(email.local, email.domain)) !== null)
            add('email', entry, `${email.local}@${email.domain}`);
          break;
        case 'username':
          if (author && (entry = list.matchName(author)) !== null) add('author', entry, author);
          break;
      }
    }
    return hits;
  }
}
