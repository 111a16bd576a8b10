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
      expect(res.body).toMatch(/<desc id="chart-reasons-desc">Most frequent:[^<]*URL shortener \(1\)/);
      expect(res.body).toMatch(/<th scope="row">URL shortener<\/th>\s*<td>1<\/td>/);
      expect(res.body).not.toContain('<script');
      const author = await loggedIn(site, 'author');
      expect((await author.client.get('/admin/spam')).statusCode).toBe(403);
    });

    it('speaks the admin language of the user: Russian and Chinese titles, plurals, numbers and dates', async () => {
      const { client, user } = await loggedIn(site, 'editor');
      await client.get('/admin/profile');
      await client.post('/admin/profile', { name: user.name, bio: '', adminLanguage: 'ru' });
      const ru = await client.get('/admin/spam');
      expect(ru.body).toContain('<h1>Защита от спама</h1>');
      expect(ru.body).toContain('<title id="chart-per-day-title">Комментарии по дням и оценкам</title>');
      // One comment scored in the last 30 days: "Оценён 1 комментарий за последние 30 дней".
      expect(ru.body).toMatch(/Оценён 1 комментарий за последние 30 дней/);
      expect(ru.body).toMatch(/<desc id="chart-reasons-desc">Чаще всего:[^<]*Короткие ссылки \(1\)/);
      // Days in the Russian order, digits only (the statistics' UTC day).
      const today = site.clock.now().toISOString().slice(0, 10);
      const [y, m, d] = today.split('-');
      expect(ru.body).toContain(`<time datetime="${today}">${d}.${m}.${y}</time>`);
      expect(ru.body).toContain('Ключи API, совместимого с Akismet');
      await client.post('/admin/profile', { name: user.name, bio: '', adminLanguage: 'zh-Hans' });
      const zh = await client.get('/admin/spam');
      expect(zh.body).toContain('<h1>垃圾评论防护</h1>');
      expect(zh.body).toContain('最近 30 天共评分 1 条评论');
      expect(zh.body).toContain('<th scope="col">速率限制</th>');
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
      // A refused key: a notice in the admin language saying what a key needs, nothing created.
      const refused = await client.post('/admin/spam/keys', { label: '', site: 'ftp://x' });
      expect(refused.statusCode).toBe(303);
      expect((await client.get('/admin/spam')).body).toContain('The key was not created: it needs a label');
      expect(await spam(site).apiKeys.list(site.clock.now().toISOString().slice(0, 7))).toHaveLength(1);
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
        'List “bad-domains” added. List “bad-domains”: 1 entry loaded, 1 malformed line skipped.',
      );
      expect(page).toMatch(/<th scope="row">\s*bad-domains\s*<\/th>/);
      expect(page).toContain('1 malformed line skipped');
      expect(page).toContain('title="Malformed lines: 2"');
      expect(page).toContain('action="/admin/spam/lists/bad-domains/refresh"');
      const bad = await owner.post('/admin/spam/lists', { name: 'x y', location: 'ftp://a', kind: 'ip' });
      expect(bad.statusCode).toBe(303);
      const refused = (await owner.get('/admin/spam')).body;
      expect(refused).toContain(
        'The list was not added. Check the name (letters, digits, dots, dashes and underscores, at most 64), the location (an http or https URL, or a file path).',
      );
      expect(await spam(site).lists.repo.find('x y')).toBeNull();
      const again = await owner.post('/admin/spam/lists', {
        name: 'bad-domains',
        location: path,
        kind: 'domain',
      });
      expect(again.statusCode).toBe(303);
      expect(text((await owner.get('/admin/spam')).body)).toContain(
        'A list named “bad-domains” exists already.',
      );

      rmSync(path);
      await owner.post('/admin/spam/lists/bad-domains/refresh', {});
      const failed = text((await owner.get('/admin/spam')).body);
      expect(failed).toMatch(
        /List “bad-domains” could not be read: cannot read .*domains\.txt \(ENOENT\)\. The last good copy stays in use\./,
      );
      // The status table: the fetcher's own error as written (marked English), and what it means.
      expect(failed).toMatch(
        /<strong>Failed<\/strong> <time [^>]*>[^<]+<\/time>: <code lang="en">cannot read /,
      );

      const editor = (await loggedIn(site, 'editor')).client;
      const seen = (await editor.get('/admin/spam')).body;
      expect(seen).toMatch(/<th scope="row">\s*bad-domains\s*<\/th>/);
      expect(seen).not.toContain('action="/admin/spam/lists"');
      expect((await editor.post('/admin/spam/lists/bad-domains/remove', {})).statusCode).toBe(403);

      expect((await owner.post('/admin/spam/lists/bad-domains/disable', {})).statusCode).toBe(303);
      expect((await spam(site).lists.repo.find('bad-domains'))?.enabled).toBe(false);
      const disabled = text((await owner.get('/admin/spam')).body);
      expect(disabled).toContain('List “bad-domains” disabled.');
      expect(disabled).toContain('bad-domains (disabled)');
      expect((await owner.post('/admin/spam/lists/bad-domains/remove', {})).statusCode).toBe(303);
      expect(await spam(site).lists.repo.list()).toEqual([]);
      rmSync(dir, { recursive: true, force: true });
    });
  });
}
