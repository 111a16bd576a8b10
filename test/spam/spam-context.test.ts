// The in-memory context of several instances on one database: each sees the others' checks after
// a sync, never counts its own twice, hears moderators' decisions and spam domains over the bus,
// and checks answered before they were stored are still found by guid.
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLocalChangeBus } from '../../src/db/change-bus.ts';
import { FINGERPRINT_DECIDED } from '../../src/spam/service/change-keys.ts';
import { createSpamFeature, type SpamFeature } from '../../src/compose/spam.ts';
import { describeEachDialect } from '../support/test-db.ts';

const HOUR = 3600_000;
const TEXT = 'Visit my shop for replica watches and cheap handbags at great prices every day';

describeEachDialect('spam context across instances', (get) => {
  let now = new Date('2026-11-26T12:00:00Z');
  let a: SpamFeature;
  let b: SpamFeature;
  const bus = createLocalChangeBus();
  const instance = () =>
    createSpamFeature({
      db: get().db,
      dialect: get().dialect,
      writeThread: get().writeThread,
      upstream: null,
      settings: { readAll: async () => ({}) },
      changes: bus,
      clock: { now: () => now },
      contextPollMs: 0,
      onError: (err) => console.error('spam: could not read the stored checks', err),
    });
  const lookup = (f: SpamFeature, ip: string, email: string | null = null) =>
    f.context.lookup({
      ip,
      network: ip.replace(/\.\d+$/, '.0/24'),
      email,
      now,
      burstMs: HOUR,
      recentMs: 7 * 24 * HOUR,
    });

  beforeEach(async () => {
    now = new Date(now.getTime() + 2 * HOUR);
    a = instance();
    b = instance();
    await Promise.all([a.context.ready(), b.context.ready()]);
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  it('each instance sees the others’ checks after a sync and counts its own once', async () => {
    for (let i = 0; i < 3; i++)
      await a.service.check(
        { content: `${TEXT} ${i}`, ip: '192.0.2.10' },
        { origin: 'api', articleKey: `https://blog.example/${i}` },
      );
    expect((await lookup(a, '192.0.2.10')).recentFromIp).toBe(3);
    expect((await lookup(b, '192.0.2.10')).recentFromIp).toBe(0);
    await a.flush();
    await Promise.all([a.context.sync(), b.context.sync()]);
    expect((await lookup(a, '192.0.2.10')).recentFromIp).toBe(3);
    const seen = await lookup(b, '192.0.2.10');
    expect([seen.recentFromIp, seen.recentFromNetwork]).toEqual([3, 3]);
    // B now scores a near-duplicate with A's comments as evidence.
    const next = await b.service.check({ content: `${TEXT} 3`, ip: '192.0.2.99' }, { origin: 'api' });
    const signals = await get()
      .db.selectFrom('spam_verdicts')
      .select('signals')
      .where('id', '=', next.verdictId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(signals.signals)).toMatchObject({ similarRecent: 3, recentFromNetwork: 3 });
    // Interleaved writes: B's row lands between A's sync and A's own row.
    await Promise.all([a.context.sync(), b.context.sync()]);
    await b.service.check({ content: 'Nice article.', ip: '192.0.2.11' }, { origin: 'api' });
    await b.flush();
    await a.service.check({ content: 'Great read.', ip: '192.0.2.11' }, { origin: 'api' });
    await a.flush();
    await Promise.all([a.context.sync(), b.context.sync()]);
    expect((await lookup(a, '192.0.2.11')).recentFromIp).toBe(2);
    expect((await lookup(b, '192.0.2.11')).recentFromIp).toBe(2);
  });

  it('counts comments one word apart as near-duplicates, here and after a reload (issue 19)', async () => {
    // Four comments differing by one word: SimHash put them 9–14 bits apart, above its threshold.
    const variants = [
      'Fast loans for everyone in Almaty, no documents needed, write to us on telegram today',
      'Fast loans for everyone in Astana, no documents needed, write to us on telegram today',
      'Fast credit for everyone in Almaty, no documents needed, write to us on telegram today',
      'Fast loans for everyone in Almaty, no papers needed, write to us on telegram today',
    ];
    let last = null as null | Awaited<ReturnType<SpamFeature['service']['check']>>;
    for (const [i, content] of variants.entries())
      last = await a.service.check({ content, ip: `198.51.100.${60 + i}` }, { origin: 'api' });
    const stored = await a.verdicts.findByGuid(last!.guid);
    expect(JSON.parse(stored!.reasons).map((r: { code: string }) => r.code)).toContain('near-duplicate');
    const signals = await get()
      .db.selectFrom('spam_verdicts')
      .select('signals')
      .where('id', '=', last!.verdictId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(signals.signals)).toMatchObject({ similarRecent: 3 });
    // The stored fingerprints read back the same in an instance that loads them.
    const c = instance();
    try {
      const again = await c.service.check(
        { content: variants[0]!.replace('today', 'now'), ip: '198.51.100.70' },
        { origin: 'api', isTest: true },
      );
      const row = await c.verdicts.findByGuid(again.guid);
      expect(
        JSON.parse(row!.reasons).find((r: { code: string }) => r.code === 'near-duplicate')?.message,
      ).toBe('similar to 4 recent comments');
    } finally {
      await c.close();
    }
  });

  it('says when a comment is like one moderators marked spam, on every instance', async () => {
    const spam = 'Cheap replica handbags shipped from our warehouse, order in the shop link in my profile';
    const first = await a.service.check({ content: spam, ip: '203.0.113.80' }, { origin: 'api' });
    await a.service.learn((await a.verdicts.findByGuid(first.guid))!, 'spam');
    await b.context.sync();
    const variant = spam.replace('Cheap', 'Discount');
    for (const f of [a, b]) {
      const v = await f.service.check(
        { content: variant, ip: '203.0.113.81' },
        { origin: 'api', isTest: true },
      );
      const reason = v.verdict.reasons.find((r) => r.code === 'similar-to-marked-spam');
      expect(reason?.message).toBe('similar to 1 comment moderators marked spam');
      expect(reason!.weight).toBeGreaterThan(2);
    }
    const unrelated = await a.service.check(
      {
        content: 'The ferry timetable changes on Monday, the port authority said this morning',
        ip: '203.0.113.82',
      },
      { origin: 'api', isTest: true },
    );
    expect(unrelated.verdict.reasons.map((r) => r.code)).not.toContain('similar-to-marked-spam');
  });

  it('test requests and re-checks are scored but not remembered', async () => {
    await a.service.check({ content: TEXT, ip: '192.0.2.20' }, { origin: 'api', isTest: true });
    await a.service.check({ content: TEXT, ip: '192.0.2.20' }, { origin: 'api', remember: false });
    await a.flush();
    await b.context.sync();
    expect((await lookup(a, '192.0.2.20')).recentFromIp).toBe(0);
    expect((await lookup(b, '192.0.2.20')).recentFromIp).toBe(0);
  });

  it('a queued check is found by guid at once, and a decision reaches every instance', async () => {
    const email = 'seller@example.net';
    const checked = await a.service.check({ content: TEXT, ip: '192.0.2.30', email }, { origin: 'api' });
    const stored = await a.verdicts.findByGuid(checked.guid);
    expect(stored?.fingerprintId).not.toBeNull();
    await b.context.sync();
    await a.service.learn(stored!, 'spam');
    // A applied it at once; B heard the announcement and reads it on its next sync.
    expect((await lookup(a, '192.0.2.30', email)).spamByEmail).toBe(1);
    await b.context.sync();
    const h = await lookup(b, '192.0.2.30', email);
    expect([h.spamByEmail, h.spamByIp]).toEqual([1, 1]);
    // The link domains of spam are known everywhere without a reload.
    await a.context.addSpamDomains(['replica-shop.test'], now);
    expect([...b.context.spamDomains(['replica-shop.test', 'other.test'])]).toEqual(['replica-shop.test']);
    // A fresh instance loads the history from storage.
    const c = instance();
    try {
      expect((await lookup(c, '192.0.2.30', email)).spamByEmail).toBe(1);
      expect([...c.context.spamDomains(['replica-shop.test'])]).toEqual(['replica-shop.test']);
    } finally {
      await c.close();
    }
  });

  it('an erased commenter is forgotten by every instance once their fingerprints are blanked', async () => {
    const email = 'erase.me@example.net';
    const checked = await a.service.check({ content: TEXT, ip: '192.0.2.50', email }, { origin: 'api' });
    const stored = (await a.verdicts.findByGuid(checked.guid))!;
    await a.service.learn(stored, 'spam');
    await b.context.sync();
    expect((await lookup(b, '192.0.2.50', email)).spamByEmail).toBe(1);
    // What PrivacyRepo.anonymiseEmail does to the row, then the key eraseCommentData publishes.
    await get()
      .db.updateTable('spam_fingerprints')
      .set({ ip: null, network: null, email: null })
      .where('id', '=', stored.fingerprintId!)
      .execute();
    await bus.publish([`${FINGERPRINT_DECIDED}${stored.fingerprintId}`]);
    await Promise.all([a.context.sync(), b.context.sync()]);
    for (const f of [a, b]) {
      const h = await lookup(f, '192.0.2.50', email);
      expect([h.spamByEmail, h.spamByIp]).toEqual([0, 0]);
    }
  });

  it('a fingerprint committed late under a lower id (another instance’s transaction) is still read', async () => {
    const db = get().db;
    await a.flush();
    await b.context.sync();
    const max = Number(
      (
        await db
          .selectFrom('spam_fingerprints')
          .select((eb) => eb.fn.max('id').as('m'))
          .executeTakeFirst()
      )?.m ?? 0,
    );
    const row = (id: number) => ({
      id,
      simhash: '0123456789abcdef',
      ip: '192.0.2.40',
      network: '192.0.2.0/24',
      email: null,
      article_key: null,
      links: '',
      verdict: 'pending',
      created_at: now.toISOString(),
    });
    await db
      .insertInto('spam_fingerprints')
      .values(row(max + 2))
      .execute();
    await b.context.sync();
    expect((await lookup(b, '192.0.2.40')).recentFromIp).toBe(1);
    await db
      .insertInto('spam_fingerprints')
      .values(row(max + 1))
      .execute();
    await b.context.sync();
    expect((await lookup(b, '192.0.2.40')).recentFromIp).toBe(2);
    await b.context.sync();
    expect((await lookup(b, '192.0.2.40')).recentFromIp).toBe(2);
    if (get().dialect.name === 'postgres')
      await sql`SELECT setval('spam_fingerprints_id_seq', ${max + 2})`.execute(db);
  });
});
