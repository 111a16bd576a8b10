// CheckLogRepo's contract on SQLite and PostgreSQL: a batch of checks is stored in one
// transaction, ids come back in the order given, a check without a fingerprint stores none, what
// was written reads back through VerdictRepo and SpamContextRepo, and a batch that fails part way
// stores nothing of itself (a duplicate guid is refused by the unique index). On a SQLite file the
// same contract holds for batches written by the write thread (db/sqlite-write-thread.ts) and for
// batches written on the main connection.
import { expect, it } from 'vitest';
import { type CheckRecord, CheckLogRepo } from '../../src/spam/service/check-log-repo.ts';
import { SpamContextRepo } from '../../src/spam/context/context-repo.ts';
import { VerdictRepo } from '../../src/spam/service/verdict-repo.ts';
import type { DatabaseHandle } from '../../src/db/create-db.ts';
import { describeEachDialect } from '../support/test-db.ts';

const at = '2026-12-05T09:00:00.000Z';
/** Added to every record's number, so each writer's run stores guids of its own. */
let offset = 0;

function check(n: number, withFingerprint: boolean): CheckRecord {
  n += offset;
  return {
    fingerprint: withFingerprint
      ? {
          simhash: `0000000000000${String(n % 1000).padStart(3, '0')}`,
          ip: `192.0.2.${n}`,
          network: '192.0.2.0/24',
          email: `reader${n}@example.com`,
          articleKey: 'article:1',
          links: n % 2 ? ['example.net'] : [],
          verdict: n % 2 ? 'spam' : 'ham',
          createdAt: at,
        }
      : null,
    verdict: {
      guid: `check-${n}`,
      commentId: null,
      apiKeyId: null,
      origin: 'api',
      score: n % 2 ? 0.97 : 0.04,
      verdict: n % 2 ? 'spam' : 'ham',
      shadow: false,
      isTest: n === 3,
      reasons: JSON.stringify([{ code: 'test', n }]),
      signals: '[]',
      input: JSON.stringify({ content: `comment number ${n}` }),
      contentHash: `hash-${n}`,
      createdAt: at,
      upstream: null,
      upstreamGuid: null,
    },
  };
}

describeEachDialect('CheckLogRepo contract', (get) => {
  for (const threaded of [false, true]) describeWriter(get, threaded);
});

function describeWriter(get: () => DatabaseHandle, threaded: boolean): void {
  const writer = () => {
    const { db, dialect, writeThread } = get();
    offset = threaded ? 1000 : 0;
    return { db, log: new CheckLogRepo(db, dialect, threaded ? writeThread : null) };
  };
  const name = (s: string) => (threaded ? `${s} (write thread where there is one)` : s);
  it(
    name('stores a batch in order, with fingerprints only where given, readable by the other repositories'),
    async () => {
      const { db, log } = writer();
      expect(await log.write([])).toEqual([]);
      // More rows than one yield interval (20), so the batch also crosses its pauses.
      const records = Array.from({ length: 45 }, (_, i) => check(i + 1, i % 3 !== 0));
      const stored = await log.write(records);
      expect(stored).toHaveLength(45);
      const ids = stored.map((s) => s.verdictId);
      expect(new Set(ids).size).toBe(45);
      expect([...ids].sort((a, b) => a - b)).toEqual(ids); // inserted in the order given
      records.forEach((r, i) => expect(stored[i]!.fingerprintId === null).toBe(r.fingerprint === null));

      const verdicts = new VerdictRepo(db);
      const fingerprints = new SpamContextRepo(db);
      for (const i of [0, 1, 2, 44]) {
        const back = (await verdicts.findByGuid(`check-${i + 1 + offset}`))!;
        expect(back).toMatchObject({
          id: stored[i]!.verdictId,
          fingerprintId: stored[i]!.fingerprintId,
          verdict: records[i]!.verdict.verdict,
          score: records[i]!.verdict.score,
          isTest: records[i]!.verdict.isTest,
          shadow: false,
          correction: null,
          input: records[i]!.verdict.input,
        });
      }
      const withPrints = stored.filter((s) => s.fingerprintId !== null);
      const prints = await fingerprints.byIds(withPrints.map((s) => s.fingerprintId!));
      expect(prints).toHaveLength(withPrints.length);
      const second = prints.find((p) => p.id === stored[1]!.fingerprintId)!;
      expect(second).toMatchObject({ ip: `192.0.2.${2 + offset}`, email: `reader${2 + offset}@example.com` });
      const third = prints.find((p) => p.id === stored[2]!.fingerprintId)!;
      expect(third.links).toEqual(['example.net']);
    },
  );

  it(name('stores nothing of a batch that fails part way'), async () => {
    const { db, log } = writer();
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('spam_verdicts')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const printsCount = async () =>
      Number(
        (
          await db
            .selectFrom('spam_fingerprints')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await log.write([check(100, true)]);
    const [verdictsBefore, printsBefore] = [await count(), await printsCount()];
    // The third record repeats a stored guid: the unique index refuses it, and the batch with it.
    await expect(log.write([check(101, true), check(102, true), check(100, true)])).rejects.toThrow();
    expect(await count()).toBe(verdictsBefore);
    expect(await printsCount()).toBe(printsBefore);
    expect(await new VerdictRepo(db).findByGuid(`check-${101 + offset}`)).toBeNull();
  });
}
