// Issue 13, defect 6: a comment posted while the database cannot store anything (a full SQLite
// database, PostgreSQL answering 53100 disk_full or losing the connection under the insert) is
// answered 503 with Retry-After and the form again, with the reader's words in it; the log carries
// the real cause, not the failed rollback after it. Every other surface answers 503 too: a page in
// the site's layout, JSON for API clients, the Akismet API's text, the article editor with the
// editor's text. When space is back, the same request succeeds without a restart.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/logging.ts';
import { createApiKey } from '../../src/spam/network/api-key-service.ts';
import { type AdminClient, loggedIn } from '../admin/admin-client.ts';
import {
  failPostgresInserts,
  fillSqliteDatabase,
  type PostgresFault,
  repairPostgresInserts,
  unfillSqliteDatabase,
} from '../support/storage-faults.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { decodeHtml, firstArticleSlug, formTokenFor, setCommentSettings, textareaValue } from './helpers.ts';

/** A logger at info level whose JSON lines are kept in `lines`. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', format: 'json', stdoutIsTty: false, destination }) };
}

// Every table a request below writes first, for the PostgreSQL faults (a full SQLite database
// refuses them all at once).
const WRITTEN_TABLES = ['comments', 'spam_verdicts', 'spam_fingerprints', 'articles', 'privacy_requests'];

for (const dialect of testDialects()) {
  describe(`the site while its database cannot store anything [${dialect}]`, () => {
    let site: TestSite;
    let app: FastifyInstance;
    let slug: string;
    let editor: AdminClient;
    let apiKey: string;
    const log = capturingLogger();
    let n = 0;

    // SQLite: full (max_page_count), or read-only for writes that fit in a page's free space.
    const breakStorage = async (fault: PostgresFault | 'read-only' = 'disk-full') => {
      const { db } = site.services.database;
      if (dialect === 'sqlite')
        return fault === 'read-only' ? sql`PRAGMA query_only = ON`.execute(db) : fillSqliteDatabase(db);
      for (const table of WRITTEN_TABLES)
        await failPostgresInserts(db, table, fault === 'read-only' ? 'disk-full' : fault);
    };
    const repairStorage = async () => {
      const { db } = site.services.database;
      if (dialect === 'sqlite') {
        await sql`PRAGMA query_only = OFF`.execute(db);
        return unfillSqliteDatabase(db);
      }
      for (const table of WRITTEN_TABLES) await repairPostgresInserts(db, table);
    };
    // The code the real cause carries.
    const causeCode = (fault: PostgresFault) =>
      dialect === 'sqlite' ? 'SQLITE_FULL' : fault === 'disk-full' ? '53100' : '57P01';

    const reader = () => {
      n += 1;
      return {
        author: `Aigerim Bekova ${n}`,
        email: `aigerim${n}@example.kz`,
        url: `https://aigerim${n}.example`,
        // Longer than a database page, with the characters a form must give back exactly.
        comment: `Reader ${n} on "the <budget>" & the roads: ${'a considered paragraph about the river crossing. '.repeat(120).trim()}`,
      };
    };
    const post = (fields: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: `/article/${slug}/comments`,
        remoteAddress: `198.51.100.${n}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'TestBrowser/1.0' },
        payload: new URLSearchParams({ ...fields, formToken: formTokenFor(site.app) }).toString(),
      });

    beforeAll(async () => {
      site = await createTestSite(dialect, { pageCacheEntries: 0 });
      app = await buildApp(site.services.deps, { logger: log.logger });
      await app.ready();
      await setCommentSettings(site, { spamHoldThreshold: 0.5, commentsHoldFirstTime: false });
      slug = await firstArticleSlug(app);
      editor = (await loggedIn(site, 'owner')).client;
      await editor.get('/admin/posts/new');
      apiKey = (await createApiKey(site.services.deps.spam!.apiKeys, { label: 'Storage' }, site.clock.now()))
        .key;
    });
    afterAll(async () => {
      await app?.close();
      await site?.close();
    });
    beforeEach(() => {
      site.clock.advance(120_000);
      log.lines.length = 0;
    });

    const faults: PostgresFault[] = dialect === 'sqlite' ? ['disk-full'] : ['disk-full', 'terminated'];
    for (const fault of faults) {
      it(`a comment (${dialect === 'sqlite' ? 'full database' : fault}): 503, the form with the reader's words, the real cause logged, stored once space is back`, async () => {
        const r = reader();
        await breakStorage(fault);
        let res;
        try {
          res = await post(r);
        } finally {
          await repairStorage();
        }
        expect(res.statusCode).toBe(503);
        expect(res.headers['retry-after']).toBe('60');
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.body).toContain('the site cannot save comments right now');
        expect(res.body).toContain('role="alert"');
        expect(textareaValue(res.body)).toBe(r.comment);
        const page = decodeHtml(res.body);
        expect(page).toContain(`value="${r.author}"`);
        expect(page).toContain(`value="${r.email}"`);
        expect(page).toContain(`value="${r.url}"`);
        // The log names the real cause; no rollback error stands in for it.
        const logged = JSON.stringify(log.lines);
        expect(logged).toContain(causeCode(fault));
        expect(logged).toContain('comment not stored');
        expect(logged).not.toMatch(/cannot rollback|not queryable/);

        // Space is back: the same form, sent again, is stored (no restart).
        const again = await post(r);
        expect(again.statusCode).toBe(303);
        const id = Number(/#comment-(\d+)$/.exec(String(again.headers.location))?.[1]);
        const stored = await site.services.deps.comments!.comments.findById(id);
        expect(stored?.authorName).toBe(r.author);
        expect(stored?.content).toBe(r.comment);
      });
    }

    it('other surfaces answer 503 with Retry-After: a page in the site layout, JSON, the Akismet API, the editor keeps its text', async () => {
      // A privacy request is a row that fits in a page's free space: on SQLite the database is
      // made read-only (SQLITE_READONLY) rather than full for this one.
      await breakStorage(dialect === 'sqlite' ? 'read-only' : 'disk-full');
      try {
        // A public form without a form of its own to re-render: the error page in the site layout.
        const html = await app.inject({
          method: 'POST',
          url: '/privacy/requests',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          payload: 'email=someone%40example.org&kind=export',
        });
        expect(html.statusCode).toBe(503);
        expect(html.headers['retry-after']).toBe('60');
        expect(html.body).toContain('<h1');
        expect(html.body).toContain('Temporarily unavailable');
        expect(html.body).toContain('The site cannot save anything right now');
        expect(html.body).toContain('class="site-header');

        // The same for an API client: JSON.
        const json = await app.inject({
          method: 'POST',
          url: '/privacy/requests',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          payload: 'email=someone%40example.org&kind=export',
        });
        expect(json.statusCode).toBe(503);
        expect(json.headers['retry-after']).toBe('60');
        expect(json.json()).toEqual({
          error: { code: 'STORAGE_UNAVAILABLE', message: expect.stringContaining('cannot save anything') },
        });

        // The Akismet-compatible API: its own text protocol, with the reason in X-akismet-error.
        const check = await app.inject({
          method: 'POST',
          url: '/1.1/comment-check',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({
            api_key: apiKey,
            blog: 'http://blog.example',
            user_ip: '198.51.100.77',
            comment_content: `A comment the check log cannot store ${'words '.repeat(900)}`,
          }).toString(),
        });
        expect(check.statusCode).toBe(503);
        expect(check.headers['retry-after']).toBe('60');
        expect(check.headers['x-akismet-error']).toBe('Temporarily unavailable');

        // The article editor: the form again with the editor's text.
        const body = `A long report typed for an hour. ${'Paragraph after paragraph. '.repeat(300)}`;
        const saved = await editor.post('/admin/posts', {
          title: 'Written on a full disk',
          bodyMarkdown: body,
        });
        expect(saved.statusCode).toBe(503);
        expect(saved.headers['retry-after']).toBe('60');
        expect(saved.body).toContain('Not saved: the site cannot store anything right now');
        expect(decodeHtml(saved.body)).toContain(body.trim());
        expect(decodeHtml(saved.body)).toContain('value="Written on a full disk"');
      } finally {
        await repairStorage();
      }
      expect(JSON.stringify(log.lines)).not.toMatch(/cannot rollback|not queryable/);
      // Recovered without a restart.
      const saved = await editor.post('/admin/posts', {
        title: 'Written after',
        bodyMarkdown: 'Space is back.',
      });
      expect(saved.statusCode).toBe(303);
    });
  });
}
