// The spam dashboard (/admin/spam): accessible SVG charts with data tables, editors and owners
// only, API keys created (shown once), listed with usage and revoked, and reputation lists.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn, makeUser } from '../admin/admin-client.ts';
import { firstArticleSlug, postForm } from '../comments/helpers.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';

const spam = (site: TestSite) => site.services.deps.spam!;

for (const dialect of testDialects()) {
  describe(`spam dashboard [${dialect}]`, () => {
    let site: TestSite;

    beforeAll(async () => {
      site = await createTestSite(dialect);
      await makeUser(site, 'owner');
      const slug = await firstArticleSlug(site.app);
      site.clock.advance(60_000);
      await postForm(site.app, slug, {
        comment: 'Great read. More at http://bit.ly/a1 and http://bit.ly/a2',
      });
    }, 60_000);
    afterAll(async () => site?.close());

    it('shows charts with titles, descriptions and data tables to editors, not to authors', async () => {
      const { client } = await loggedIn(site, 'editor');
      const res = await client.get('/admin/spam');
      expect(res.statusCode).toBe(200);
      expect(res.body).toMatch(/<svg\s+role="img"/);
      expect(res.body).toContain('<title id="chart-per-day-title">Comments per day by verdict</title>');
      expect(res.body).toMatch(/<desc id="chart-reasons-desc">Most frequent:[^<]*url-shortener \(1\)/);
      expect(res.body).toMatch(/<th scope="row">url-shortener<\/th>\s*<td>1<\/td>/);
      expect(res.body).not.toContain('<script');
      const author = await loggedIn(site, 'author');
      expect((await author.client.get('/admin/spam')).statusCode).toBe(403);
    });

    it('creates a key shown once, lists it with usage, revokes it', async () => {
      const { client } = await loggedIn(site, 'owner');
      await client.get('/admin/spam');
      const created = await client.post('/admin/spam/keys', { label: 'Sister <site>', rateLimit: '90' });
      expect(created.statusCode).toBe(200);
      const key = /<code id="new-api-key">([0-9a-f]{24})<\/code>/.exec(created.body)?.[1];
      expect(key).toBeDefined();
      expect(created.body).toMatch(/Sister (&lt;|&#60;)site(&gt;|&#62;)/);
      const check = await site.app.inject({
        method: 'POST',
        url: '/1.1/comment-check',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          api_key: key!,
          blog: 'http://x.test',
          user_ip: '192.0.2.1',
          comment_content: 'hi',
        }).toString(),
      });
      expect(check.body).toBe('false');
      site.clock.advance(3000);
      const usage = await site.app.inject({
        method: 'POST',
        url: '/1.2/usage-limit',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `api_key=${key!}`,
      });
      expect(JSON.parse(usage.body).usage).toBe(1);
      const list = await client.get('/admin/spam');
      expect(list.body).not.toContain(key!);
      expect(list.body).toContain('90/min');
      const id = /action="\/admin\/spam\/keys\/(\d+)\/revoke"/.exec(list.body)?.[1];
      const revoked = await client.post(`/admin/spam/keys/${id}/revoke`, {});
      expect(revoked.statusCode).toBe(303);
      const after = await site.app.inject({
        method: 'POST',
        url: '/1.1/verify-key',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `key=${key!}&blog=http://x.test`,
      });
      expect(after.body).toBe('invalid');
    });
    it('shows the reputation lists to editors; owners add one (read at once), refresh, disable, remove', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'silkpress-dash-lists-'));
      const path = join(dir, 'domains.txt');
      writeFileSync(path, '0.0.0.0 bad.example\n0.0.0.0\n');
      const owner = (await loggedIn(site, 'owner')).client;
      await owner.get('/admin/spam');
      const added = await owner.post('/admin/spam/lists', {
        name: 'bad-domains',
        location: path,
        kind: 'domain',
        format: 'hosts',
        weight: '1.5',
        action: 'score',
        refreshMinutes: '60',
      });
      expect(added.statusCode).toBe(303);
      const text = (body: string) => body.replaceAll('&#39;', "'").replaceAll('&#x27;', "'");
      const page = text((await owner.get('/admin/spam')).body);
      expect(page).toContain(
        "List 'bad-domains' added. List 'bad-domains': 1 entries loaded, 1 malformed lines skipped.",
      );
      expect(page).toMatch(/<th scope="row">bad-domains<\/th>/);
      expect(page).toContain('1 malformed lines skipped');
      expect(page).toContain('action="/admin/spam/lists/bad-domains/refresh"');
      const bad = await owner.post('/admin/spam/lists', { name: 'x y', location: 'ftp://a', kind: 'ip' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('only http(s) URLs and file paths');

      rmSync(path);
      await owner.post('/admin/spam/lists/bad-domains/refresh', {});
      const failed = text((await owner.get('/admin/spam')).body);
      expect(failed).toMatch(
        /could not be read: cannot read .*domains\.txt \(ENOENT\)\. The last good copy stays in use\./,
      );
      expect(failed).toContain('<strong>Failed</strong>');

      const editor = (await loggedIn(site, 'editor')).client;
      const seen = (await editor.get('/admin/spam')).body;
      expect(seen).toMatch(/<th scope="row">bad-domains<\/th>/);
      expect(seen).not.toContain('action="/admin/spam/lists"');
      expect((await editor.post('/admin/spam/lists/bad-domains/remove', {})).statusCode).toBe(403);

      expect((await owner.post('/admin/spam/lists/bad-domains/disable', {})).statusCode).toBe(303);
      expect((await spam(site).lists.repo.find('bad-domains'))?.enabled).toBe(false);
      expect((await owner.post('/admin/spam/lists/bad-domains/remove', {})).statusCode).toBe(303);
      expect(await spam(site).lists.repo.list()).toEqual([]);
      rmSync(dir, { recursive: true, force: true });
    });
  });
}
