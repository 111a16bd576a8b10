// A Silkpress hub learning across its Akismet API clients (both databases): a campaign reported by
// one client counts for that client at once and for every other client once a second independent
// client (or one trusted client) reports it; a client that reports everything as spam, or a
// spammer with its own key reporting its campaign as ham, does not flip the others' verdicts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/spam/network/api-key-service.ts';
import { CAMPAIGNS, ordinary, UNSEEN_CAMPAIGN, type Variant, variant } from '../support/campaigns.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

for (const dialect of testDialects()) {
  describe(`the hub's campaign memory [${dialect}]`, () => {
    let hub: TestSite;
    const keys: Record<string, string> = {};

    beforeAll(async () => {
      hub = await createTestSite(dialect, { demo: false, siteUrl: 'http://hub.test' });
      const spam = hub.services.deps.spam!;
      for (const [name, trusted] of [
        ['a', false],
        ['b', false],
        ['c', false],
        ['poisoner', false],
        ['spammer', false],
        ['trusted', true],
      ] as const)
        keys[name] = (
          await createApiKey(spam.apiKeys, { label: name, trusted, rateLimit: 100_000 }, hub.clock.now())
        ).key;
      // A hub in use: its clients' readers have commented before (the everyday text learning
      // measures a campaign's words against).
      for (let i = 0; i < 100; i++) await post('comment-check', i % 2 ? 'a' : 'c', ordinary(i, 5));
    }, 120_000);
    afterAll(async () => hub?.close());

    const post = async (path: string, client: string, v: Variant, extra: Record<string, string> = {}) =>
      hub.app.inject({
        method: 'POST',
        url: `/1.1/${path}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          api_key: keys[client]!,
          blog: `http://${client}.test`,
          ...v,
          ...extra,
        }).toString(),
      });
    /** A check, then the client's moderator's decision on it (joined by guid). */
    const checkAndReport = async (client: string, v: Variant, decision: 'spam' | 'ham') => {
      const checked = await post('comment-check', client, v);
      const guid = String(checked.headers['x-akismet-guid']);
      const res = await post(`submit-${decision}`, client, v, { guid });
      expect(res.body).toBe('Thanks for making the web a better place.');
    };
    const isSpam = async (client: string, v: Variant) =>
      (await post('comment-check', client, v)).body === 'true';

    it("a campaign one client reported counts for that client only; a second client's report makes it count for all", async () => {
      const c = UNSEEN_CAMPAIGN;
      const spam = hub.services.deps.spam!;
      const reasonsOf = async (client: string, v: Variant) => {
        const res = await post('comment-check', client, v);
        const stored = await spam.verdicts.findByGuid(String(res.headers['x-akismet-guid']));
        return {
          spam: res.body === 'true',
          codes: (JSON.parse(stored!.reasons) as Array<{ code: string }>).map((r) => r.code),
        };
      };
      // The hub's model alone does not catch this variant (a fresh hub; the weight-loss campaign
      // used here before is caught at first sight since the offer signals).
      expect((await reasonsOf('b', variant(c, 101))).spam).toBe(false);
      await checkAndReport('a', variant(c, 1), 'spam');
      const own = await reasonsOf('a', variant(c, 2));
      expect(own).toMatchObject({ spam: true, codes: expect.arrayContaining(['network-campaign']) });
      for (const i of [103, 104, 105])
        expect((await reasonsOf('b', variant(c, i))).codes).not.toContain('network-campaign');
      await checkAndReport('c', variant(c, 3), 'spam');
      const caught = [];
      for (let i = 200; i < 240; i++) caught.push(await isSpam('b', variant(c, i)));
      expect(caught.filter(Boolean).length).toBeGreaterThanOrEqual(38);
      const check = await post('comment-check', 'b', variant(c, 300));
      const stored = await hub.services.deps.spam!.verdicts.findByGuid(
        String(check.headers['x-akismet-guid']),
      );
      expect(stored?.reasons).toContain("a campaign reported as spam by 2 sites of this hub's network");
    });

    it('one trusted client is enough', async () => {
      const c = CAMPAIGNS[2]!;
      await checkAndReport('trusted', variant(c, 1), 'spam');
      const caught = [];
      for (let i = 200; i < 220; i++) caught.push(await isSpam('b', variant(c, i)));
      expect(caught.filter(Boolean).length).toBeGreaterThanOrEqual(19);
    });

    it('a client reporting everything as spam does not flip the others’ verdicts', async () => {
      for (let i = 0; i < 250; i++) await checkAndReport('poisoner', ordinary(i, 1), 'spam');
      // Its own checks follow its own reports; nobody else's do.
      expect(await isSpam('poisoner', ordinary(0, 1))).toBe(true);
      const others = [];
      for (let i = 0; i < 40; i++) others.push(await isSpam('b', ordinary(i, 2)));
      expect(others.filter(Boolean)).toEqual([]);
      for (let i = 0; i < 10; i++) expect(await isSpam('b', ordinary(i, 1))).toBe(false);
      // Contradicted by honest clients, it weighs less.
      for (let i = 0; i < 5; i++) await checkAndReport('c', ordinary(i, 1), 'ham');
      const history = hub.services.deps.spam!.network.memory.history(
        (await hub.services.deps.spam!.apiKeys.list('2026-11'))!.find((k) => k.label === 'poisoner')!.id,
      );
      expect(history.disagree).toBeGreaterThan(0);
      expect(history.weight).toBeLessThan(0.5);
      // With one more ordinary client's word it still does not count: its weight is spent.
      await checkAndReport('a', ordinary(20, 1), 'spam');
      expect(await isSpam('b', ordinary(20, 3))).toBe(false);
      // 250 checks and reports in a row, then 60 more: about 4 s on SQLite and 17 s on PostgreSQL
      // at load 18 on 2 cores, so the default 30 s left too little margin on a busy machine.
    }, 120_000);

    it("a spammer's own key reporting its campaign as ham does not un-flag it for the others", async () => {
      const c = CAMPAIGNS[0]!;
      await checkAndReport('a', variant(c, 1), 'spam');
      await checkAndReport('c', variant(c, 2), 'spam');
      for (let i = 3; i < 8; i++) await checkAndReport('spammer', variant(c, i), 'ham');
      const caught = [];
      for (let i = 200; i < 220; i++) caught.push(await isSpam('b', variant(c, i)));
      expect(caught.filter(Boolean).length).toBeGreaterThanOrEqual(19);
    });

    it('an ordinary comment stays ham for every client', async () => {
      for (const [n, client] of ['a', 'b', 'c', 'trusted'].entries())
        for (let i = 0; i < 5; i++) expect(await isSpam(client, ordinary(n * 10 + i, 9))).toBe(false);
    });
  });
}
