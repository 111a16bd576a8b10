// StatsRepo's contract on SQLite and PostgreSQL: the spam dashboard's and Akismet key-sites'
// aggregates over a known set of verdicts (per day, upstream outcomes, caught and corrected,
// corrections, the newest non-ham reasons, discards, one key's month), test requests and
// shadow-mode verdicts counted or left out exactly as documented.
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../src/db/schema.ts';
import { ApiKeyRepo } from '../../src/spam/network/api-key-repo.ts';
import { StatsRepo } from '../../src/spam/service/stats-repo.ts';
import { VerdictRepo } from '../../src/spam/service/verdict-repo.ts';
import { describeEachDialect } from '../support/test-db.ts';

type VerdictRow = Omit<Database['spam_verdicts'], 'id'>;

let seq = 0;
async function verdict(db: Kysely<Database>, over: Partial<VerdictRow>): Promise<void> {
  seq += 1;
  await db
    .insertInto('spam_verdicts')
    .values({
      guid: `stats-${seq}`,
      comment_id: null,
      api_key_id: null,
      fingerprint_id: null,
      origin: 'form',
      score: 0.5,
      verdict: 'ham',
      shadow: 0,
      is_test: 0,
      reasons: JSON.stringify([`reason ${seq}`]),
      signals: '[]',
      input: '{}',
      content_hash: `h${seq}`,
      correction: null,
      corrected_at: null,
      created_at: '2026-12-03T10:00:00.000Z',
      upstream: null,
      upstream_guid: null,
      ...over,
    })
    .execute();
}

describeEachDialect('StatsRepo contract', (get) => {
  it('answers every dashboard aggregate over a known set of verdicts', async () => {
    const { db } = get();
    const key = await new ApiKeyRepo(db).create({
      key_hash: 'stats-key-hash',
      key_prefix: 'stk',
      label: 'Client',
      site_url: null,
      rate_limit: 60,
      created_at: '2026-11-01T00:00:00.000Z',
    });
    const other = await new ApiKeyRepo(db).create({
      key_hash: 'stats-other-hash',
      key_prefix: 'sto',
      label: 'Other',
      site_url: null,
      rate_limit: 60,
      created_at: '2026-11-01T00:00:00.000Z',
    });
    const day1 = '2026-12-03T10:00:00.000Z';
    const day2 = '2026-12-04T08:30:00.000Z';
    // Before the window: counted nowhere below.
    await verdict(db, { verdict: 'spam', created_at: '2026-11-20T00:00:00.000Z' });
    // Day 1: 2 ham, 1 spam (corrected to ham), 1 discard, 1 test request (left out).
    await verdict(db, { verdict: 'ham', created_at: day1, upstream: 'ham' });
    await verdict(db, { verdict: 'ham', created_at: day1, upstream: 'timeout' });
    await verdict(db, {
      verdict: 'spam',
      created_at: day1,
      correction: 'ham',
      corrected_at: '2026-12-04T09:00:00.000Z',
      upstream: 'spam',
    });
    await verdict(db, { verdict: 'discard', created_at: day1 });
    await verdict(db, { verdict: 'spam', created_at: day1, is_test: 1, upstream: 'spam' });
    // Day 2: a shadow-mode spam (not "caught"), an API spam (not the site's own), a held ham.
    await verdict(db, { verdict: 'spam', created_at: day2, shadow: 1 });
    await verdict(db, { verdict: 'spam', created_at: day2, origin: 'api', api_key_id: key.id });
    await verdict(db, {
      verdict: 'ham',
      created_at: day2,
      origin: 'api',
      api_key_id: key.id,
      correction: 'spam',
      corrected_at: '2026-12-04T10:00:00.000Z',
    });
    await verdict(db, { verdict: 'ham', created_at: day2, origin: 'api', api_key_id: other.id });
    await verdict(db, {
      verdict: 'spam',
      created_at: '2026-11-30T23:59:59.000Z',
      origin: 'api',
      api_key_id: key.id,
      correction: 'ham',
      corrected_at: '2026-12-01T00:00:00.000Z',
    });
    const discards = new VerdictRepo(db);
    for (let i = 0; i < 3; i++) await discards.countDiscard('2026-12-03');
    await discards.countDiscard('2026-11-20');

    const stats = new StatsRepo(db);
    const since = '2026-12-01T00:00:00.000Z';
    expect(await stats.perDay(since)).toEqual([
      { day: '2026-12-03', ham: 2, spam: 1, discard: 1 },
      { day: '2026-12-04', ham: 2, spam: 2, discard: 0 },
    ]);
    expect(await stats.upstreamOutcomes(since)).toEqual({ ham: 1, timeout: 1, spam: 1 });
    // The site's own form comments sent to spam or discarded, not in shadow mode: 2, one corrected.
    expect(await stats.caughtSince(since)).toEqual({ caught: 2, falsePositives: 1 });
    expect(
      (await stats.corrections(since)).sort((a, b) => a.correctedAt.localeCompare(b.correctedAt)),
    ).toEqual(
      [
        { verdict: 'ham', correction: 'spam', correctedAt: '2026-12-04T10:00:00.000Z' },
        { verdict: 'spam', correction: 'ham', correctedAt: '2026-12-04T09:00:00.000Z' },
        { verdict: 'spam', correction: 'ham', correctedAt: '2026-12-01T00:00:00.000Z' },
      ].sort((a, b) => a.correctedAt.localeCompare(b.correctedAt)),
    );
    // Newest first, not-ham only (test requests included: the reasons are what the filter said).
    const reasons = await stats.spamReasons(since, 3);
    expect(reasons).toHaveLength(3);
    expect(reasons.map((r) => JSON.parse(r) as string[])).toEqual([
      [`reason ${seq - 3}`], // the API spam of day 2
      [`reason ${seq - 4}`], // the shadow-mode spam
      [`reason ${seq - 5}`], // the test request
    ]);
    expect(await stats.discards('2026-12-01')).toEqual(new Map([['2026-12-03', 3]]));
    expect(await stats.keyMonth(key.id, '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')).toEqual({
      spam: 1,
      ham: 1,
      missedSpam: 1,
      falsePositives: 0,
    });
    expect(await stats.keyMonth(key.id, '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')).toEqual({
      spam: 1,
      ham: 0,
      missedSpam: 0,
      falsePositives: 1,
    });
    expect(await stats.keyMonth(other.id, '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')).toEqual({
      spam: 0,
      ham: 1,
      missedSpam: 0,
      falsePositives: 0,
    });
  });
});
