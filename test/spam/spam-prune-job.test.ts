// The pruning job: fingerprints past their window are deleted once per interval across instances
// (a job claim), undecided ones after the 7-day near-duplicate window, moderated ones (the author
// history) after the IP retention, and every instance's in-memory context forgets them too.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { JobClaimRepo } from '../../src/jobs/job-claim-repo.ts';
import { createLocalChangeBus } from '../../src/db/change-bus.ts';
import { startJobs } from '../../src/jobs/runner.ts';
import { createSpamFeature, type SpamFeature } from '../../src/compose/spam.ts';
import {
  PRUNE_FINGERPRINTS_JOB,
  REFRESH_LISTS_JOB,
  pruneSpamFingerprints,
} from '../../src/spam/service/jobs.ts';
import { describeEachDialect } from '../support/test-db.ts';

const DAY = 86_400_000;
const EMAIL = 'old-spammer@example.net';

describeEachDialect('spam fingerprint pruning job', (get) => {
  let now = new Date('2026-11-26T12:00:00Z');
  let retentionDays = 30;
  let a: SpamFeature;
  let b: SpamFeature;
  const bus = createLocalChangeBus();
  const instance = () =>
    createSpamFeature({
      db: get().db,
      dialect: get().dialect,
      writeThread: get().writeThread,
      upstream: null,
      settings: { readAll: async () => ({ commentsIpRetentionDays: retentionDays }) },
      changes: bus,
      clock: { now: () => now },
      contextPollMs: 0,
      onError: (err) => console.error('spam: could not read the stored checks', err),
    });
  const insert = (ageDays: number, verdict: string, ip: string) =>
    get()
      .db.insertInto('spam_fingerprints')
      .values({
        simhash: '0123456789abcdef',
        ip,
        network: null,
        email: EMAIL,
        article_key: null,
        links: '',
        verdict,
        created_at: new Date(now.getTime() - ageDays * DAY).toISOString(),
      })
      .execute();
  const remainingIps = async () =>
    (await get().db.selectFrom('spam_fingerprints').select('ip').orderBy('ip').execute()).map((r) => r.ip);
  const history = async (f: SpamFeature) =>
    (
      await f.context.lookup({
        ip: null,
        network: null,
        email: EMAIL,
        now,
        burstMs: 3600_000,
        recentMs: 7 * DAY,
      })
    ).spamByEmail;
  const deps = (f: SpamFeature) => ({
    fingerprints: f.fingerprints,
    context: f.context,
    jobClaims: new JobClaimRepo(get().db),
    clock: { now: () => now },
    retentionDays: async () => retentionDays,
  });

  beforeEach(async () => {
    now = new Date(now.getTime() + 100 * DAY);
    await get().db.deleteFrom('spam_fingerprints').execute();
    a = instance();
    b = instance();
  });
  afterEach(async () => {
    await a.close();
    await b.close();
  });

  it('deletes undecided fingerprints after 7 days and moderated ones after the retention, once per hour', async () => {
    retentionDays = 30;
    await insert(2, 'pending', '10.0.0.1');
    await insert(8, 'pending', '10.0.0.2');
    await insert(8, 'spam-verdict', '10.0.0.3');
    await insert(8, 'spam', '10.0.0.4');
    await insert(40, 'spam', '10.0.0.5');
    await insert(40, 'ham', '10.0.0.6');
    // Both instances hold the author history (two spam decisions for this email).
    expect(await history(a)).toBe(2);
    expect(await history(b)).toBe(2);
    const runs = await Promise.all([pruneSpamFingerprints(deps(a)), pruneSpamFingerprints(deps(b))]);
    // One instance claimed the run, the other stood aside.
    expect(runs.filter((r) => r === null)).toHaveLength(1);
    expect(runs.find((r) => r !== null)).toBe(4);
    expect(await remainingIps()).toEqual(['10.0.0.1', '10.0.0.4']);
    expect(await history(a)).toBe(1);
    expect(await history(b)).toBe(1);
    // Within the hour nobody runs it again; after it, the next run finds nothing more to delete.
    now = new Date(now.getTime() + 30 * 60_000);
    expect(await pruneSpamFingerprints(deps(a))).toBeNull();
    now = new Date(now.getTime() + 31 * 60_000);
    expect(await pruneSpamFingerprints(deps(b))).toBe(0);
  });

  it('a retention shorter than the window wins, also for the recent fingerprints in memory', async () => {
    retentionDays = 3;
    await insert(2, 'pending', '10.0.1.1');
    await insert(5, 'pending', '10.0.1.2');
    await insert(5, 'spam', '10.0.1.3');
    const recent = async () =>
      (
        await a.context.lookup({
          ip: null,
          network: null,
          email: null,
          now,
          burstMs: 3600_000,
          recentMs: 7 * DAY,
        })
      ).recent.length;
    expect(await recent()).toBe(3);
    // Registered like the other jobs: the runner runs it.
    const runner = startJobs(a.jobs(new JobClaimRepo(get().db)), (_job, err) => {
      throw err;
    });
    expect(a.jobs(new JobClaimRepo(get().db)).map((j) => j.name)).toEqual([
      PRUNE_FINGERPRINTS_JOB,
      REFRESH_LISTS_JOB,
    ]);
    await runner.runAll();
    await runner.stop();
    expect(await remainingIps()).toEqual(['10.0.1.1']);
    expect(await recent()).toBe(1);
    expect(await history(a)).toBe(0);
  });
});
