// A site with an upstream spam service, over real HTTP on loopback: a hub (another Silkpress
// serving the Akismet API) answers its checks; an upstream that hangs or is gone costs a check at
// most the timeout (then nothing, while it is rested) and the local verdict stands; moderators'
// decisions reach the hub through the report outbox, also after the hub was down. Both databases.
import { commentPageHooks } from '../../src/http/comments/wire.ts';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/spam/network/api-key-service.ts';
import type { SpamFeature } from '../../src/compose/spam.ts';
import { contentHash } from '../../src/spam/service/spam-service.ts';
import { UPSTREAM_REPORTS_JOB } from '../../src/spam/network/upstream-reports.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const ORDINARY =
  'Thanks for the clear write-up on the council budget; the table of school funding helped me a lot.';

const listening = async (site: TestSite): Promise<string> => {
  await site.app.listen({ port: 0, host: '127.0.0.1' });
  const address = site.app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
};

/**
 * A TCP server that accepts connections and never answers: the slowest possible upstream. It notes
 * when each request arrives, so a test sees what the site did (asked or not) and how long it waited
 * from then on, rather than how long its own checks took on a busy machine. (Requests, not
 * connections: fetch reuses and opens connections as it sees fit after an abort.)
 */
async function hangingServer(): Promise<{ url: string; requests: number[]; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const requests: number[] = [];
  const server: Server = createServer((s) => {
    sockets.add(s);
    s.on('error', () => {});
    s.on('data', (chunk: Buffer) => {
      for (const _ of chunk.toString('latin1').matchAll(/^POST \/1\.1\/comment-check /gm))
        requests.push(performance.now());
    });
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A port nothing listens on: port 1, as network-processes.test.ts uses. A port taken from the
 * system and closed again could be given to another test's server meanwhile, or be the very
 * source port the kernel picks for the connection to it (which then connects to itself).
 */
const closedPort = async (): Promise<string> => 'http://127.0.0.1:1';

// The timeout for tests that are not about timeouts: long enough that a busy machine never turns a
// live hub's answer into a timeout (1.5 s did, at load 18: "{ spam: 1, timeout: 1 }").
const HUB_TIMEOUT_MS = 10_000;

const upstreamEnv = (url: string, key: string, timeoutMs: number) => ({
  SPAM_UPSTREAM_URL: url,
  SPAM_UPSTREAM_KEY: key,
  SPAM_UPSTREAM_TIMEOUT_MS: String(timeoutMs),
});

const reportsJob = (site: TestSite) => {
  const job = site.services.jobs.find((j) => j.name === UPSTREAM_REPORTS_JOB);
  if (!job) throw new Error('no upstream reports job');
  return job;
};

for (const dialect of testDialects()) {
  describe(`the upstream spam service [${dialect}]`, { timeout: 60_000 }, () => {
    let hub: TestSite;
    let hubUrl: string;
    let key: string;
    let keyId: number;
    const sites: TestSite[] = [];

    beforeAll(async () => {
      hub = await createTestSite(dialect, { demo: false, siteUrl: 'http://hub.test' });
      const spam = hub.services.deps.spam!;
      const created = await createApiKey(
        spam.apiKeys,
        { label: 'Site A', siteUrl: 'http://a.test' },
        hub.clock.now(),
      );
      key = created.key;
      keyId = created.record.id;
      hubUrl = await listening(hub);
    }, 60_000);
    afterAll(async () => {
      for (const s of sites) await s.close();
      await hub?.close();
    });

    const site = async (env: Record<string, string>, databaseUrl?: string) => {
      const s = await createTestSite(dialect, {
        demo: false,
        siteUrl: 'http://a.test',
        env,
        ...(databaseUrl ? { databaseUrl } : {}),
      });
      sites.push(s);
      return s;
    };
    const check = (spam: SpamFeature, content: string, extra: Record<string, string> = {}) =>
      spam.service.check({ content, ip: '198.51.100.20', ...extra }, { origin: 'form' });

    it('asks the hub: its spam answer is one explained signal, its guid is kept, ham stays ham', async () => {
      const a = await site(upstreamEnv(hubUrl, key, HUB_TIMEOUT_MS));
      const spam = a.services.deps.spam!;
      const ham = await check(spam, ORDINARY, { author: 'Maria Lopez' });
      expect(ham.verdict.verdict).toBe('ham');
      // Akismet's documented trigger: the hub answers spam, which this site's model alone would not.
      const flagged = await check(spam, ORDINARY, { author: 'viagra-test-123' });
      expect(flagged.verdict.verdict).toBe('spam');
      expect(flagged.verdict.reasons.find((r) => r.code === 'upstream-verdict')?.message).toBe(
        'the upstream service says spam',
      );
      const stored = await spam.verdicts.findByGuid(flagged.guid);
      expect(stored?.upstream).toBe('spam');
      // The hub says what of its verdict is its memory, so a site does
      // not count the text it scores itself a second time; a forced answer says nothing of it.
      const ask = (author: string) =>
        fetch(`${hubUrl}/1.1/comment-check`, {
          method: 'POST',
          body: new URLSearchParams({
            api_key: key,
            blog: 'http://a.test',
            user_ip: '198.51.100.20',
            comment_content: ORDINARY,
            comment_author: author,
          }),
        });
      // The hub has seen this text twice already (the two checks above): near-duplicates, which
      // only its memory knows, are its network evidence; the words are not.
      const answer = await ask('Maria Lopez');
      expect(await answer.text()).toBe('false');
      expect(Number(answer.headers.get('x-silkpress-network'))).toBeGreaterThan(0);
      expect((await ask('viagra-test-123')).headers.get('x-silkpress-network')).toBeNull();
      const atHub = await hub.services.deps.spam!.verdicts.findByGuid(stored!.upstreamGuid!);
      expect(atHub?.origin).toBe('api');
      expect(JSON.parse(atHub!.input)).toMatchObject({ author: 'viagra-test-123', ip: '198.51.100.20' });
      expect(await spam.stats.upstreamOutcomes('2000-01-01')).toEqual({ ham: 1, spam: 1 });
    });

    it("reports a moderator's decision to the hub, joined by the hub's guid", async () => {
      const a = await site(upstreamEnv(hubUrl, key, HUB_TIMEOUT_MS));
      const spam = a.services.deps.spam!;
      const missed = await check(
        spam,
        'Great prices on garden furniture this week at our warehouse, visit us soon',
      );
      const stored = (await spam.verdicts.findByGuid(missed.guid))!;
      expect(stored.upstream).toBe('ham');
      await spam.service.learn(stored, 'spam');
      expect(await spam.upstreamReports.countByStatus()).toEqual({ pending: 1 });
      await reportsJob(a).run();
      expect(await spam.upstreamReports.countByStatus()).toEqual({ sent: 1 });
      const atHub = await hub.services.deps.spam!.verdicts.findByGuid(stored.upstreamGuid!);
      expect(atHub?.correction).toBe('spam');
      // Approving a comment the hub called ham sends nothing.
      // (A text of its own: the hub holds one it has seen many times from this address.)
      const fine = await check(
        spam,
        'The ferry timetable in the article is the summer one; the winter boats leave an hour later.',
        { ip: '192.0.2.77' },
      );
      await spam.service.learn((await spam.verdicts.findByGuid(fine.guid))!, 'approve');
      expect(await spam.upstreamReports.countByStatus()).toEqual({ sent: 1 });
    });

    it('a hanging upstream costs at most the timeout, then nothing while it is rested', async () => {
      const hanging = await hangingServer();
      try {
        const b = await site(upstreamEnv(hanging.url, key, 300));
        const spam = b.services.deps.spam!;
        const outcomes: Array<string | null> = [];
        const asked: number[] = [];
        const waits: number[] = [];
        for (let i = 0; i < 6; i++) {
          const before = hanging.requests.length;
          const r = await check(spam, `${ORDINARY} (${i})`);
          const answered = performance.now();
          expect(r.verdict.verdict).not.toBe('spam');
          asked.push(hanging.requests.length - before);
          if (hanging.requests.length > before) waits.push(answered - hanging.requests.at(-1)!);
          outcomes.push((await spam.verdicts.findByGuid(r.guid))!.upstream);
        }
        expect(outcomes).toEqual(['timeout', 'timeout', 'timeout', 'skipped', 'skipped', 'skipped']);
        // One request per check until the upstream is rested, then none: a rested upstream costs
        // nothing at all.
        expect(asked).toEqual([1, 1, 1, 0, 0, 0]);
        // The check answered although the upstream never did ('timeout': the site gave up). From
        // the request reaching the upstream to the check's answer: the 300 ms timeout plus storing
        // the verdict, with room for a loaded 2-core machine; not the check's scoring or connecting,
        // which such a machine stretches most (a bound on the whole check failed at load 20+).
        for (const w of waits) expect(w).toBeLessThan(300 + 2_000);
        expect(await spam.stats.upstreamOutcomes('2000-01-01')).toEqual({ timeout: 3, skipped: 3 });
      } finally {
        await hanging.close();
      }
    });

    it('an upstream that is down: the check answers at once; the report waits and is sent later', async () => {
      const down = await closedPort();
      // A long timeout: a refused connection must not wait for it. The outcome says which
      // happened ('error' when the refusal came back, 'timeout' had it waited), so the test
      // does not depend on how busy the machine is.
      const b = await site(upstreamEnv(down, key, 30_000));
      const spam = b.services.deps.spam!;
      const t0 = performance.now();
      const r = await check(
        spam,
        'Cheap replica watches and designer handbags shipped from our factory outlet today',
      );
      expect(performance.now() - t0).toBeLessThan(30_000);
      const stored = (await spam.verdicts.findByGuid(r.guid))!;
      expect(stored.upstream).toBe('error');
      await spam.service.learn(stored, 'spam');
      await reportsJob(b).run();
      expect(await spam.upstreamReports.countByStatus()).toEqual({ pending: 1 });
      // The site restarts pointing at the hub (same database): the report is sent once it is due.
      const again = await site(upstreamEnv(hubUrl, key, HUB_TIMEOUT_MS), b.url);
      await reportsJob(again).run();
      expect(await again.services.deps.spam!.upstreamReports.countByStatus()).toEqual({ pending: 1 });
      again.clock.advance(2 * 60_000);
      await reportsJob(again).run();
      expect(await again.services.deps.spam!.upstreamReports.countByStatus()).toEqual({ sent: 1 });
      const hubSpam = hub.services.deps.spam!;
      await hubSpam.flush();
      const content = (JSON.parse(stored.input) as { content: string }).content;
      const reported = await hubSpam.verdicts.findLatestByContent(contentHash(content), keyId);
      expect(reported?.correction).toBe('spam');
    });

    it('the privacy page names the upstream and what goes there; without one, nothing leaves', async () => {
      const a = await site(upstreamEnv(hubUrl, key, HUB_TIMEOUT_MS));
      const withUpstream = await commentPageHooks(a.services.deps.comments, a.services.deps).staticPageExtras(
        'privacy',
      );
      expect(String(withUpstream?.html)).toContain(new URL(hubUrl).host);
      expect(String(withUpstream?.html)).toContain('IP address and user agent');
      const plain = await commentPageHooks(hub.services.deps.comments, hub.services.deps).staticPageExtras(
        'privacy',
      );
      expect(String(plain?.html)).toContain('sends nothing anywhere else');
    });
  });
}
