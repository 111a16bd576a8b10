// The hub's campaign memory: a client's own reports count for itself, a campaign counts for the
// others only with two independent clients (or a trusted one), weighed by agreement and capped
// per day, so one client cannot flip the others' verdicts.
import { describe, expect, it } from 'vitest';
import { minhash } from '../context/minhash.ts';
import { authorPattern, DEFAULT_NETWORK_RULES, NetworkMemory, type NetworkReport } from './network-memory.ts';

const T0 = Date.parse('2026-12-05T08:00:00Z');
const CAMPAIGN =
  'Get the best prices on replica designer watches and handbags today, free shipping worldwide from our outlet';
const VARIANT =
  'Get the lowest prices on replica designer watches and wallets today, free shipping worldwide from our store';
const ORDINARY =
  'I went to the council meeting last night and the budget debate was longer than the article says';

let nextId = 1;
const report = (
  keyId: number,
  decision: 'spam' | 'ham',
  content: string,
  extra: Partial<NetworkReport> = {},
) =>
  ({
    id: nextId++,
    keyId,
    decision,
    print: minhash(content),
    links: [],
    network: null,
    author: null,
    createdAt: T0,
    ...extra,
  }) satisfies NetworkReport;
const query = (keyId: number | null, content: string, extra: Partial<NetworkReport> = {}) => ({
  keyId,
  print: minhash(content),
  links: extra.links ?? [],
  network: extra.network ?? null,
  author: extra.author ?? null,
  now: T0 + 60_000,
});

describe('NetworkMemory', () => {
  it("a client's own report counts for its own checks, not for the others'", () => {
    const m = new NetworkMemory(() => false);
    m.add(report(1, 'spam', CAMPAIGN));
    expect(m.evidence(query(1, VARIANT))).toEqual({ value: 1, sites: 1, own: true });
    expect(m.evidence(query(2, VARIANT)).value).toBe(0);
    expect(m.evidence(query(null, VARIANT)).value).toBe(0);
  });

  it('two independent clients make a campaign count for everyone, at first sight', () => {
    const m = new NetworkMemory(() => false);
    m.add(report(1, 'spam', CAMPAIGN));
    m.add(report(2, 'spam', VARIANT));
    expect(m.evidence(query(3, CAMPAIGN))).toEqual({ value: 1, sites: 2, own: false });
    expect(m.evidence(query(3, ORDINARY)).value).toBe(0);
    expect(m.history(1)).toEqual({ agree: 1, disagree: 0, weight: 2 / 3 });
  });

  it('one trusted client is enough', () => {
    const m = new NetworkMemory((k) => k === 9);
    m.add(report(9, 'spam', CAMPAIGN));
    expect(m.evidence(query(3, VARIANT)).value).toBe(1);
  });

  it('a link domain matches; a platform link, an IP range or an author pattern alone only by half', () => {
    const m = new NetworkMemory(() => false);
    m.add(report(1, 'spam', 'first text of a campaign here with words', { links: ['cheap-meds.example'] }));
    m.add(
      report(2, 'spam', 'another text entirely about something else now', { links: ['cheap-meds.example'] }),
    );
    expect(m.evidence(query(3, ORDINARY, { links: ['cheap-meds.example'] })).value).toBe(1);
    // Half matches need twice the support: two new clients are not enough, four are.
    const n = new NetworkMemory(() => false);
    const half = { network: '203.0.113.0/24', links: ['youtube.com'] };
    n.add(report(1, 'spam', 'a', half));
    n.add(report(2, 'spam', 'b', half));
    expect(n.evidence(query(3, ORDINARY, { network: '203.0.113.0/24' })).value).toBe(0);
    expect(n.evidence(query(3, ORDINARY, { links: ['youtube.com'] })).value).toBe(0);
    expect(n.evidence(query(3, ORDINARY, half)).value).toBe(1);
    n.add(report(4, 'spam', 'c', half));
    n.add(report(5, 'spam', 'd', half));
    expect(n.evidence(query(3, ORDINARY, { network: '203.0.113.0/24' })).value).toBe(0.5);
  });

  it('ham reports from other clients weigh against a campaign', () => {
    const m = new NetworkMemory(() => false);
    m.add(report(1, 'spam', CAMPAIGN));
    m.add(report(2, 'spam', CAMPAIGN));
    m.add(report(3, 'ham', CAMPAIGN));
    m.add(report(4, 'ham', CAMPAIGN));
    expect(m.evidence(query(5, CAMPAIGN)).value).toBe(0);
  });

  it('a client that reports everything as spam: capped per day, and contradicted it weighs less', () => {
    const rules = { ...DEFAULT_NETWORK_RULES, dailyCap: 5 };
    const m = new NetworkMemory(() => false, rules);
    // Twenty unrelated ordinary comments (no two share words).
    const texts = Array.from({ length: 20 }, (_, i) =>
      Array.from({ length: 8 }, (_, w) => `word${i}x${w}`).join(' '),
    );
    // Reports beyond the cap count for the poisoner only.
    texts.forEach((t) => m.add(report(66, 'spam', t)));
    m.add(report(2, 'spam', texts[19]!));
    expect(m.evidence(query(3, texts[19]!)).value).toBe(0);
    // Within the cap, honest clients' ham reports contradict it: its weight falls.
    texts.slice(0, 5).forEach((t) => m.add(report(2, 'ham', t)));
    expect(m.history(66).weight).toBeLessThan(0.2);
    m.add(report(7, 'spam', texts[0]!));
    expect(m.evidence(query(3, texts[0]!)).value).toBe(0);
  });

  it('forgets reports past the window', () => {
    const m = new NetworkMemory(() => false);
    m.add(report(1, 'spam', CAMPAIGN));
    m.prune(T0 + DEFAULT_NETWORK_RULES.windowMs + 1);
    expect(m.size).toBe(0);
    expect(m.evidence(query(1, CAMPAIGN)).value).toBe(0);
  });
});

describe('authorPattern', () => {
  it.each([
    ['Cheap Watches 2024', 'cheap watches #'],
    ['cheap  watches 77', 'cheap watches #'],
    ['Jo', null],
    ['12345', null],
    [null, null],
  ])('%j → %j', (name, pattern) => expect(authorPattern(name)).toBe(pattern));
});
