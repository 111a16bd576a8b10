// UpstreamReportRepo's contract on SQLite and PostgreSQL: reports queued, claimed when due for a
// lease (each once across concurrent claims), claimed again after a lease runs out, retried or
// given up with the form emptied, counted by status, and pruned once sent or failed.
import { expect, it } from 'vitest';
import { UpstreamReportRepo } from '../../src/spam/network/upstream-report-repo.ts';
import { describeEachDialect } from '../support/test-db.ts';

const t0 = new Date('2026-11-26T12:00:00.000Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);

describeEachDialect('UpstreamReportRepo contract', (get) => {
  const repo = () => new UpstreamReportRepo(get().db, get().dialect);
  const clear = () => get().db.deleteFrom('spam_upstream_reports').execute();

  it('claims due reports in order for a lease, counting attempts; a lease that ran out is claimed again', async () => {
    await clear();
    const r = repo();
    await r.enqueue({ verdictId: null, kind: 'submit-spam', form: 'a=1' }, t0);
    await r.enqueue({ verdictId: null, kind: 'submit-ham', form: 'b=2' }, t0);
    await r.enqueue({ verdictId: null, kind: 'submit-spam', form: 'c=3' }, at(100));
    const first = await r.claimDue(at(10), 10, 30_000);
    expect(first.map((x) => [x.kind, x.form, x.attempts])).toEqual([
      ['submit-spam', 'a=1', 1],
      ['submit-ham', 'b=2', 1],
    ]);
    expect(await r.claimDue(at(20), 10, 30_000)).toEqual([]);
    const again = await r.claimDue(at(41), 10, 300_000);
    expect(again.map((x) => [x.form, x.attempts])).toEqual([
      ['a=1', 2],
      ['b=2', 2],
    ]);
    expect((await r.claimDue(at(200), 1, 30_000)).map((x) => x.form)).toEqual(['c=3']);
  });

  it('gives each report to one of two concurrent claims', async () => {
    await clear();
    const r = repo();
    for (let i = 0; i < 12; i++)
      await r.enqueue({ verdictId: null, kind: 'submit-spam', form: `n=${i}` }, t0);
    const [a, b] = await Promise.all([r.claimDue(at(1), 12, 60_000), r.claimDue(at(1), 12, 60_000)]);
    const ids = [...a, ...b].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(12);
  });

  it('sends, retries and gives up; counts by status; prunes only what is done', async () => {
    await clear();
    const r = repo();
    for (const form of ['sent=1', 'retry=1', 'fail=1'])
      await r.enqueue({ verdictId: null, kind: 'submit-spam', form }, t0);
    const [sent, retry, fail] = await r.claimDue(at(1), 10, 60_000);
    await r.markSent(sent!.id, at(2));
    await r.markFailed(retry!.id, 'HTTP 503', at(300));
    await r.markFailed(fail!.id, 'x'.repeat(600), null);
    expect(await r.countByStatus()).toEqual({ sent: 1, pending: 1, failed: 1 });
    const rows = await get()
      .db.selectFrom('spam_upstream_reports')
      .select(['id', 'form', 'last_error', 'status'])
      .orderBy('id')
      .execute();
    expect(rows.map((x) => x.form)).toEqual(['', 'retry=1', '']);
    expect(rows[2]!.last_error).toHaveLength(500);
    expect(await r.claimDue(at(299), 10, 60_000)).toEqual([]);
    expect((await r.claimDue(at(300), 10, 60_000)).map((x) => [x.form, x.attempts])).toEqual([
      ['retry=1', 2],
    ]);
    await r.prune(at(10));
    expect(await r.countByStatus()).toEqual({ pending: 1 });
  });
});
