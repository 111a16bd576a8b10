// A comment-check gives its admission slot back once it is scored and only waits for its commit
// (2026-12-06): while one batch is being committed in the SQLite write thread, the checks behind it
// are scored and form the next batch, larger than MAX_CONCURRENT_REQUESTS. Before, each check held
// its slot until answered, so at most `concurrency` checks ever waited for one commit and the event
// loop sat idle during it. No check is answered before its own batch is committed.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WriteStep } from '../../src/db/sqlite-write-thread.ts';
import { createApiKey } from '../../src/spam/network/api-key-service.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const WAIT = { timeout: 10_000, interval: 10 };
const CONCURRENCY = 2;
const CHECKS = 8;

describe('Akismet comment-check and the admission gate [sqlite]', () => {
  let site: TestSite;
  let url: string;
  let key: string;
  /** Checks per batch the write thread was given, in order. */
  const batches: number[] = [];
  /** Holds the first batch's commit until the test lets it go. */
  let releaseFirst!: () => void;
  const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));

  beforeAll(async () => {
    site = await createTestSite('sqlite', {
      admission: { concurrency: CONCURRENCY, maxQueue: 100, maxWaitMs: 60_000 },
    });
    key = (await createApiKey(site.services.deps.spam!.apiKeys, { label: 'Slot' }, site.clock.now())).key;
    const thread = site.services.database.writeThread!;
    const run = thread.run.bind(thread);
    thread.run = async (steps: WriteStep[]) => {
      const checks = steps.filter((s) => s.sql.includes('spam_verdicts')).length;
      batches.push(checks);
      if (batches.length === 1) await firstHeld;
      return run(steps);
    };
    await site.app.listen({ host: '127.0.0.1', port: 0 });
    const address = site.app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => site?.close());

  it('scores the checks behind a commit and stores them in a batch larger than the concurrency', async () => {
    let answered = 0;
    const responses = Array.from({ length: CHECKS }, (_, i) =>
      fetch(`${url}/1.1/comment-check`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          api_key: key,
          blog: 'http://blog.example',
          user_ip: `198.51.100.${i + 1}`,
          comment_author: `Reader ${i}`,
          comment_content: `Comment number ${i} on the council budget and the school funding table.`,
        }).toString(),
      }).then(async (r) => {
        answered += 1;
        return { status: r.status, body: await r.text() };
      }),
    );

    // The first batch is not committed, yet every check has been scored: none holds a slot or
    // waits for one, and none is answered.
    await vi.waitFor(() => {
      expect(site.admission!.stats()).toMatchObject({ active: 0, queued: 0, parked: CHECKS });
      expect(batches[0]).toBeGreaterThan(0);
    }, WAIT);
    expect(answered).toBe(0);
    expect(batches).toHaveLength(1);

    releaseFirst();
    const results = await Promise.all(responses);
    // (Eight near-duplicates at once: the later ones may well be called spam.)
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(['true', 'false']).toContain(r.body);
    }
    expect(batches.reduce((a, b) => a + b, 0)).toBe(CHECKS);
    // The checks scored during the first commit went together into the next batch.
    expect(Math.max(...batches)).toBeGreaterThan(CONCURRENCY);
    await vi.waitFor(() => expect(site.admission!.stats()).toMatchObject({ active: 0, parked: 0 }), WAIT);
    // Every answered check is stored, once.
    const rows = await site.services.database.db
      .selectFrom('spam_verdicts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('origin', '=', 'api')
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(CHECKS);
  });
});
