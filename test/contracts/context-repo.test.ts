// SpamContextRepo's contract on SQLite and PostgreSQL: fingerprints every instance loads (the
// newest plus the burst window, the moderated ones, those after an id, by ids) read back as
// written, verdicts set by moderators, spam domains counted and ordered by when last seen, and
// pruning that keeps moderated fingerprints longer than undecided ones.
import { expect, it } from 'vitest';
import {
  type FingerprintRecord,
  SpamContextRepo,
  fingerprintRow,
} from '../../src/spam/context/context-repo.ts';
import { describeEachDialect } from '../support/test-db.ts';

const minute = (m: number) => new Date(Date.parse('2026-11-26T12:00:00.000Z') + m * 60_000).toISOString();
const print = (n: number, over: Partial<FingerprintRecord> = {}): FingerprintRecord => ({
  simhash: n.toString(16).padStart(4, '0').repeat(64),
  ip: `192.0.2.${n}`,
  network: '192.0.2.0/24',
  email: `r${n}@mail.test`,
  articleKey: `article-${n % 2}`,
  links: n % 3 === 0 ? [] : [`site${n}.example`, 'shared.example'],
  verdict: 'pending',
  createdAt: minute(n),
  ...over,
});

describeEachDialect('SpamContextRepo contract', (get) => {
  const repo = () => new SpamContextRepo(get().db);

  it('loads fingerprints as written: newest and burst window, decided, after an id, by ids', async () => {
    const db = get().db;
    const r = repo();
    expect(await r.maxId()).toBe(0);
    const ids: number[] = [];
    for (let n = 1; n <= 8; n++) {
      const row = await db
        .insertInto('spam_fingerprints')
        .values(fingerprintRow(print(n, n === 2 ? { ip: null, email: null, articleKey: null } : {})))
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(Number(row.id));
    }
    expect(await r.maxId()).toBe(ids[7]);
    const [one] = await r.byIds([ids[0]!]);
    expect(one).toEqual({ id: ids[0], ...print(1) });
    expect((await r.byIds([ids[1]!]))[0]).toMatchObject({ ip: null, email: null, articleKey: null });
    expect((await r.byIds([ids[2]!]))[0]!.links).toEqual([]);
    expect(await r.byIds([])).toEqual([]);
    expect((await r.byIds([ids[3]!, 999_999])).map((f) => f.id)).toEqual([ids[3]]);

    // The two newest, plus every one since minute 4 up to five: ids 4..8, oldest first.
    expect((await r.loadRecent(2, minute(4), 5)).map((f) => f.id)).toEqual(ids.slice(3));
    // The burst window is capped: the newest three of it and the two newest overall.
    expect((await r.loadRecent(2, minute(1), 3)).map((f) => f.id)).toEqual(ids.slice(5));
    expect((await r.after(ids[5]!, 10)).map((f) => f.id)).toEqual(ids.slice(6));
    expect((await r.after(0, 2)).map((f) => f.id)).toEqual(ids.slice(0, 2));

    await r.setFingerprintVerdict(ids[1]!, 'spam');
    await r.setFingerprintVerdict(ids[4]!, 'ham');
    await r.setFingerprintVerdict(ids[6]!, 'spam');
    expect((await r.loadDecided(10)).map((f) => [f.id, f.verdict])).toEqual([
      [ids[1], 'spam'],
      [ids[4], 'ham'],
      [ids[6], 'spam'],
    ]);
    expect((await r.loadDecided(2)).map((f) => f.id)).toEqual([ids[4], ids[6]]);

    // Undecided ones go after minute 6, decided ones only before minute 3.
    const deleted = await r.pruneFingerprints({ before: minute(3), undecidedBefore: minute(6) });
    expect(deleted).toBe(4);
    expect((await r.after(0, 100)).map((f) => f.id)).toEqual([ids[4], ids[5], ids[6], ids[7]]);
  });

  it('counts spam domains once per comment and lists the most recently seen first', async () => {
    const r = repo();
    await r.addSpamDomains(['a.example', 'b.example', 'a.example'], new Date(minute(1)));
    await r.addSpamDomains(['b.example'], new Date(minute(2)));
    await r.addSpamDomains(['c.example'], new Date(minute(3)));
    await r.addSpamDomains(['a.example'], new Date(minute(4)));
    expect(await r.loadSpamDomains(10)).toEqual(['a.example', 'c.example', 'b.example']);
    expect(await r.loadSpamDomains(1)).toEqual(['a.example']);
    const counts = await get()
      .db.selectFrom('spam_domains')
      .select(['domain', 'spam_count'])
      .orderBy('domain')
      .execute();
    expect(counts.map((c) => [c.domain, Number(c.spam_count)])).toEqual([
      ['a.example', 2],
      ['b.example', 2],
      ['c.example', 1],
    ]);
  });
});
