// Reputation lists loaded over real HTTP from a server the test starts: conditional GET, the last
// good copy kept (in the database, for every process) when a refresh fails, one refresh across
// instances, and a comment from a listed address, domain or e-mail getting the explained signal
// through the Akismet-compatible API — on SQLite and PostgreSQL.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/spam/network/api-key-service.ts';
import { createSpamFeature } from '../../src/compose/spam.ts';
import type { ListSettings } from '../../src/spam/lists/list-repo.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

/** A list server: each path answers what `lists` holds, with an ETag, and counts its requests. */
function listServer() {
  const lists = new Map<string, { body: string; etag: string; status?: number }>();
  const requests: { path: string; ifNoneMatch: string | null }[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '/';
    const ifNoneMatch = (req.headers['if-none-match'] as string | undefined) ?? null;
    requests.push({ path, ifNoneMatch });
    const list = lists.get(path);
    if (!list) return res.writeHead(404).end('not found');
    if (list.status) return res.writeHead(list.status).end('<html>Service Unavailable</html>');
    if (ifNoneMatch === list.etag) return res.writeHead(304, { etag: list.etag }).end();
    res.writeHead(200, { 'content-type': 'text/plain', etag: list.etag }).end(list.body);
  });
  return {
    lists,
    requests,
    start: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve())),
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const settings = (over: Partial<ListSettings>): ListSettings => ({
  name: 'forum-spam-ips',
  kind: 'ip',
  format: 'lines',
  csvColumn: null,
  csvHeader: false,
  location: '',
  weight: 2,
  action: 'hold',
  refreshMinutes: 60,
  enabled: true,
  ...over,
});

const HAM =
  'Thanks for the clear write-up on the council budget; the table of school funding helped me a lot.';

for (const dialect of testDialects()) {
  describe(`reputation lists [${dialect}]`, () => {
    let site: TestSite;
    let key: string;
    const http = listServer();
    const blog = 'http://blog.example';
    const spam = () => site.services.deps.spam!;
    const check = (values: Record<string, string>) =>
      site.app.inject({
        method: 'POST',
        url: '/1.1/comment-check',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ api_key: key, blog, comment_content: HAM, ...values }).toString(),
      });
    const lastReasons = async () => {
      // Checks are stored by a write-behind batch: flush it, or the newest row may be the one before.
      await site.services.deps.spam!.flush();
      const row = await site.services.database.db
        .selectFrom('spam_verdicts')
        .select(['reasons', 'verdict'])
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      return {
        verdict: row.verdict,
        reasons: JSON.parse(row.reasons) as { code: string; message: string }[],
      };
    };

    beforeAll(async () => {
      await http.start();
      site = await createTestSite(dialect, { demo: false });
      key = (await createApiKey(spam().apiKeys, { label: 'Test blog', siteUrl: blog }, site.clock.now())).key;
    });
    afterAll(async () => {
      await site?.close();
      await http.stop();
    });
    beforeEach(() => {
      http.requests.length = 0;
    });

    it('loads a list over HTTP, then asks with If-None-Match and keeps its copy on 304', async () => {
      http.lists.set('/ips.txt', {
        body: '# test list\n203.0.113.0/24\nnot-an-ip\n198.51.100.9\n',
        etag: '"v1"',
      });
      await spam().lists.repo.add(settings({ location: http.url('/ips.txt') }), site.clock.now());
      expect(await spam().lists.refresh()).toEqual([
        { name: 'forum-spam-ips', status: 'updated', entries: 2, skipped: 1 },
      ]);
      const loaded = await spam().lists.repo.find('forum-spam-ips');
      expect(loaded).toMatchObject({
        entries: 2,
        skipped: 1,
        skippedLines: [{ line: 3, text: 'not-an-ip', message: 'not an IP address or CIDR block' }],
        etag: '"v1"',
        version: 1,
        lastError: null,
      });
      // Not due again within its interval; forced, it asks conditionally and gets a 304.
      expect(await spam().lists.refresh()).toEqual([]);
      expect(await spam().lists.refresh({ force: true })).toEqual([
        { name: 'forum-spam-ips', status: 'unchanged' },
      ]);
      expect(http.requests).toEqual([
        { path: '/ips.txt', ifNoneMatch: null },
        { path: '/ips.txt', ifNoneMatch: '"v1"' },
      ]);
      expect((await spam().lists.repo.find('forum-spam-ips'))?.version).toBe(1);
    });

    it('a comment from a listed IP is held, with the list and entry in its reasons', async () => {
      const res = await check({ user_ip: '203.0.113.7' });
      expect(res.body).toBe('false');
      expect(res.headers['x-silkpress-verdict']).toBe('hold');
      const { verdict, reasons } = await lastReasons();
      expect(verdict).toBe('hold');
      expect(reasons).toContainEqual(
        expect.objectContaining({
          code: 'list-ip',
          message: "IP address is on list 'forum-spam-ips' (CIDR 203.0.113.0/24), held for moderation",
          // What the admin words it from, in its language.
          hits: [
            {
              field: 'ip',
              list: 'forum-spam-ips',
              match: 'cidr',
              entry: '203.0.113.0/24',
              link: '',
              held: true,
            },
          ],
        }),
      );
      // The commenter's own address is quoted nowhere in the stored reasons.
      expect(JSON.stringify(reasons)).not.toContain('203.0.113.7');
      const other = await check({ user_ip: '192.0.2.1' });
      expect(other.headers['x-silkpress-verdict']).toBeUndefined();
    });

    it('a failed refresh keeps the last good copy, in use and in the database, and says why', async () => {
      http.lists.set('/ips.txt', { body: '', etag: '"v2"', status: 503 });
      expect(await spam().lists.refresh({ force: true })).toEqual([
        { name: 'forum-spam-ips', status: 'failed', error: 'HTTP 503 Service Unavailable' },
      ]);
      // An HTML page answered with 200 parses to nothing: also a failure, the copy stays.
      http.lists.set('/ips.txt', { body: '<html>\n<body>Moved</body>\n</html>\n', etag: '"v3"' });
      const [failed] = await spam().lists.refresh({ force: true });
      expect(failed).toEqual({
        name: 'forum-spam-ips',
        status: 'failed',
        error: 'no valid entries (3 lines skipped; line 1: not an IP address or CIDR block)',
      });
      const status = await spam().lists.repo.find('forum-spam-ips');
      expect(status).toMatchObject({ entries: 2, version: 1, etag: '"v1"' });
      expect(status?.lastError).toContain('no valid entries');
      // A new process (another worker or instance) loads the same last good copy from storage.
      const fresh = createSpamFeature({
        db: site.services.database.db,
        dialect: site.services.database.dialect,
        writeThread: site.services.database.writeThread,
        upstream: null,
        settings: { readAll: async () => ({}) },
        changes: { publish: async () => {}, subscribe: () => () => {} },
        clock: site.clock,
        onError: (err: unknown) => console.error('spam: could not read the stored checks', err),
        contextPollMs: 0,
      });
      try {
        const hits = (await fresh.lists.store.current()).match({ ip: '203.0.113.50' });
        expect(hits.map((h) => h.entry)).toEqual(['203.0.113.0/24']);
      } finally {
        await fresh.close();
      }
      const res = await check({ user_ip: '203.0.113.8' });
      expect(res.headers['x-silkpress-verdict']).toBe('hold');
    });

    it('a new copy replaces the old one in every process that hears the change', async () => {
      http.lists.set('/ips.txt', { body: '198.51.100.0/24\n', etag: '"v4"' });
      expect(await spam().lists.refresh({ force: true })).toEqual([
        { name: 'forum-spam-ips', status: 'updated', entries: 1, skipped: 0 },
      ]);
      expect((await spam().lists.repo.find('forum-spam-ips'))?.lastError).toBeNull();
      // The store reloads in the background on the change; the next check after it sees the new list.
      await spam().lists.store.reload();
      expect((await check({ user_ip: '203.0.113.7' })).headers['x-silkpress-verdict']).toBeUndefined();
      expect((await check({ user_ip: '198.51.100.20' })).headers['x-silkpress-verdict']).toBe('hold');
    });

    it('refreshes a due list once across two instances', async () => {
      http.lists.set('/domains.txt', { body: '0.0.0.0 bad.example\n0.0.0.0 spam.example\n', etag: '"d1"' });
      await spam().lists.repo.add(
        settings({
          name: 'bad-domains',
          kind: 'domain',
          format: 'hosts',
          location: http.url('/domains.txt'),
          action: 'score',
          weight: 1.5,
        }),
        site.clock.now(),
      );
      const other = createSpamFeature({
        db: site.services.database.db,
        dialect: site.services.database.dialect,
        writeThread: site.services.database.writeThread,
        upstream: null,
        settings: { readAll: async () => ({}) },
        changes: { publish: async () => {}, subscribe: () => () => {} },
        clock: site.clock,
        onError: (err: unknown) => console.error('spam: could not read the stored checks', err),
        contextPollMs: 0,
      });
      try {
        const [a, b] = await Promise.all([spam().lists.refresh(), other.lists.refresh()]);
        expect([...a, ...b]).toEqual([{ name: 'bad-domains', status: 'updated', entries: 2, skipped: 0 }]);
        expect(http.requests.filter((r) => r.path === '/domains.txt')).toHaveLength(1);
      } finally {
        await other.close();
      }
    });

    it('explains link, e-mail and user name hits, and disposable addresses', async () => {
      http.lists.set('/emails.csv', {
        body: 'email,reports\n"@throwaway.example",4\nbot@spam.example,9\n',
        etag: '"e1"',
      });
      http.lists.set('/names.txt', { body: 'Cheap Pills Bot\n', etag: '"n1"' });
      const now = site.clock.now();
      await spam().lists.repo.add(
        settings({
          name: 'bad-emails',
          kind: 'email',
          format: 'csv',
          csvColumn: 'email',
          location: http.url('/emails.csv'),
          action: 'score',
        }),
        now,
      );
      await spam().lists.repo.add(
        settings({
          name: 'bad-names',
          kind: 'username',
          location: http.url('/names.txt'),
          action: 'score',
          weight: 1,
        }),
        now,
      );
      await spam().lists.refresh({ force: true, names: ['bad-emails', 'bad-names'] });
      await spam().lists.store.reload();
      await check({
        user_ip: '192.0.2.44',
        comment_author: 'CHEAP pills bot',
        comment_author_email: 'Someone@Mail.Throwaway.Example',
        comment_content: `${HAM} More at https://shop.bad.example/offer`,
      });
      const { reasons } = await lastReasons();
      const message = (code: string) => reasons.find((r) => r.code === code)?.message;
      expect(message('list-domain')).toBe("link to shop.bad.example is on list 'bad-domains' (bad.example)");
      expect(message('list-email')).toBe("e-mail address is on list 'bad-emails' (domain throwaway.example)");
      expect(message('list-username')).toBe("author name is on list 'bad-names'");
      // A text of its own: HAM has been checked six times by now, and six near-duplicates with a
      // disposable address are enough to hold it; the address alone must leave a comment ham.
      await check({
        user_ip: '192.0.2.45',
        comment_author_email: 'reader@mailinator.com',
        comment_content: 'The new timetable for the number 12 bus is clearer than the old one, thank you.',
      });
      const disposable = await lastReasons();
      expect(disposable.verdict).toBe('ham');
      expect(disposable.reasons).toContainEqual(
        expect.objectContaining({
          code: 'disposable-email',
          message: 'e-mail address at a disposable-mail domain (mailinator.com); never spam by itself',
        }),
      );
    });
  });
}
