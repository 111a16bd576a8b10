import { describe, expect, it } from 'vitest';
import { ContextMemory, DEFAULT_MEMORY_LIMITS, type MemoryRecord } from './context-memory.ts';
import { minhash } from './minhash.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 10, 26, 12);

const rec = (over: Partial<MemoryRecord> = {}): MemoryRecord => ({
  id: null,
  print: new Uint16Array(0),
  ip: '198.51.100.7',
  network: '198.51.100.0/24',
  email: null,
  articleKey: null,
  links: [],
  verdict: 'pending',
  createdAt: T0,
  ...over,
});

const query = (now: number, over: Partial<Parameters<ContextMemory['lookup']>[0]> = {}) => ({
  ip: '198.51.100.7',
  network: '198.51.100.0/24',
  email: null,
  burstSince: now - HOUR,
  recentSince: now - 7 * 24 * HOUR,
  ...over,
});

describe('ContextMemory', () => {
  it('counts bursts per IP and network within the window, and forgets older ones', () => {
    const m = new ContextMemory();
    m.add(rec({ createdAt: T0 }));
    m.add(rec({ createdAt: T0 + 10 * MIN }));
    m.add(rec({ ip: '198.51.100.8', createdAt: T0 + 20 * MIN }));
    m.add(rec({ ip: '203.0.113.1', network: '203.0.113.0/24', createdAt: T0 + 30 * MIN }));
    let c = m.lookup(query(T0 + 30 * MIN));
    expect([c.recentFromIp, c.recentFromNetwork]).toEqual([2, 3]);
    // An hour after the first comment, it no longer counts.
    c = m.lookup(query(T0 + HOUR + MIN));
    expect([c.recentFromIp, c.recentFromNetwork]).toEqual([1, 2]);
    c = m.lookup(query(T0 + 3 * HOUR));
    expect([c.recentFromIp, c.recentFromNetwork]).toEqual([0, 0]);
    expect(m.sizes().burst).toBe(0);
  });

  it('keeps at most `burst` comments for bursts (the oldest go first)', () => {
    const m = new ContextMemory({ ...DEFAULT_MEMORY_LIMITS, burst: 3 });
    for (let i = 0; i < 5; i++) m.add(rec({ createdAt: T0 + i }));
    expect(m.lookup(query(T0 + 5)).recentFromIp).toBe(3);
  });

  it('compares with the newest `recent` fingerprints inside the recent window', () => {
    const m = new ContextMemory({ ...DEFAULT_MEMORY_LIMITS, recent: 3 });
    for (let i = 0; i < 5; i++)
      m.add(rec({ print: new Uint16Array(64).fill(i), articleKey: `a${i}`, createdAt: T0 + i * 24 * HOUR }));
    const now = T0 + 8 * 24 * HOUR;
    const recent = m
      .lookup(query(now))
      .recent.map((r) => r.articleKey)
      .sort();
    // a0, a1 fell out of the ring; a2 (6 days old) is inside the 7-day window.
    expect(recent).toEqual(['a2', 'a3', 'a4']);
    const narrow = m
      .lookup(query(now, { recentSince: now - 4.5 * 24 * HOUR }))
      .recent.map((r) => r.articleKey);
    expect(narrow.sort()).toEqual(['a4']);
  });

  it('keeps the recent ring times with their fingerprints when a prune drops some after a wrap', () => {
    const m = new ContextMemory({ ...DEFAULT_MEMORY_LIMITS, recent: 4 });
    for (let i = 0; i < 6; i++) m.add(rec({ articleKey: `a${i}`, createdAt: T0 + i * HOUR }));
    const keys = (since: number) =>
      m
        .lookup(query(T0 + 6 * HOUR, { recentSince: since }))
        .recent.map((r) => r.articleKey)
        .sort();
    expect(keys(T0)).toEqual(['a2', 'a3', 'a4', 'a5']);
    m.forgetBefore(T0, T0 + 4 * HOUR);
    expect(keys(T0)).toEqual(['a4', 'a5']);
    for (let i = 6; i < 9; i++) m.add(rec({ articleKey: `a${i}`, createdAt: T0 + i * HOUR }));
    expect(keys(T0)).toEqual(['a5', 'a6', 'a7', 'a8']);
    expect(keys(T0 + 7 * HOUR)).toEqual(['a7', 'a8']);
    expect(m.sizes().recent).toBe(4);
  });

  it('counts the author history from moderated fingerprints, following changed decisions', () => {
    const m = new ContextMemory();
    const email = 'reader@example.org';
    m.add(rec({ id: 1, email, verdict: 'pending' }));
    m.add(rec({ id: 2, email, verdict: 'ham' }));
    m.decide({ id: 3, email, ip: '203.0.113.9', verdict: 'spam', createdAt: T0 });
    let c = m.lookup(query(T0, { email }));
    expect([c.approvedByEmail, c.spamByEmail, c.approvedByIp, c.spamByIp]).toEqual([1, 1, 1, 0]);
    m.decide({ id: 1, email, ip: '198.51.100.7', verdict: 'ham', createdAt: T0 });
    m.decide({ id: 2, email, ip: '198.51.100.7', verdict: 'spam', createdAt: T0 });
    // The same decision heard twice (our own, echoed by the bus) counts once.
    m.decide({ id: 2, email, ip: '198.51.100.7', verdict: 'spam', createdAt: T0 });
    c = m.lookup(query(T0, { email }));
    expect([c.approvedByEmail, c.spamByEmail, c.approvedByIp, c.spamByIp]).toEqual([1, 2, 1, 1]);
    expect(m.decidedVerdict(2)).toBe('spam');
    m.forgetBefore(T0 + 1);
    c = m.lookup(query(T0, { email }));
    expect([c.approvedByEmail, c.spamByEmail, c.approvedByIp, c.spamByIp]).toEqual([0, 0, 0, 0]);
    expect(m.sizes().decided).toBe(0);
  });

  it('keeps at most `decided` moderated fingerprints (the oldest are forgotten)', () => {
    const m = new ContextMemory({ ...DEFAULT_MEMORY_LIMITS, decided: 2 });
    for (let id = 1; id <= 3; id++)
      m.decide({ id, email: 'a@b.c', ip: null, verdict: 'spam', createdAt: T0 });
    expect(m.lookup(query(T0, { email: 'a@b.c' })).spamByEmail).toBe(2);
    expect(m.decidedVerdict(1)).toBeNull();
  });

  it('counts the moderated spam a comment is a near-duplicate of, following decisions', () => {
    const m = new ContextMemory({ ...DEFAULT_MEMORY_LIMITS, spamPrints: 2 });
    const campaign = minhash('Earn 500 dollars a day from home with crypto signals, message me on telegram');
    const variant = minhash('Earn 900 dollars a day from home with crypto signals, message me on telegram');
    const other = minhash('The new metro line in Almaty opens next spring, the city council said today');
    m.add(rec({ id: 1, print: campaign, verdict: 'spam-verdict' }));
    expect(m.lookup(query(T0, { print: variant })).similarModeratedSpam).toBe(0);
    m.decide({ id: 1, email: null, ip: null, verdict: 'spam', createdAt: T0, print: campaign });
    expect(m.lookup(query(T0, { print: variant })).similarModeratedSpam).toBe(1);
    expect(m.lookup(query(T0, { print: other })).similarModeratedSpam).toBe(0);
    // A decision heard again without the fingerprint keeps it; "not spam" drops it.
    m.decide({ id: 1, email: null, ip: null, verdict: 'spam', createdAt: T0 });
    expect(m.lookup(query(T0, { print: variant })).similarModeratedSpam).toBe(1);
    m.decide({ id: 1, email: null, ip: null, verdict: 'ham', createdAt: T0 });
    expect(m.lookup(query(T0, { print: variant })).similarModeratedSpam).toBe(0);
    // Bounded, and forgotten with the author history.
    for (let id = 2; id <= 4; id++)
      m.decide({ id, email: null, ip: null, verdict: 'spam', createdAt: T0 + id, print: campaign });
    expect(m.sizes().spamPrints).toBe(2);
    expect(m.lookup(query(T0, { print: variant })).similarModeratedSpam).toBe(2);
    m.forgetBefore(T0 + 10);
    expect(m.sizes().spamPrints).toBe(0);
  });

  it('remembers spam domains up to its limit, the least recently seen forgotten first', () => {
    const m = new ContextMemory({ ...DEFAULT_MEMORY_LIMITS, spamDomains: 2 });
    m.addSpamDomains(['a.test', 'b.test']);
    m.addSpamDomains(['a.test']);
    m.addSpamDomains(['c.test']);
    expect([...m.spamDomains(['a.test', 'b.test', 'c.test', 'd.test'])].sort()).toEqual(['a.test', 'c.test']);
  });
});
