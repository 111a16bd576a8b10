// The import seen from the public site (301s from old WordPress URLs, rendered multilingual
// content) and the round trip: export → import into an empty Silkpress → export again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxrItem, WxrRecord } from '../../src/importers/wxr/parse/wxr-records.ts';
import { parseAll } from '../fixtures/wxr/wxr-fixtures.ts';
import { repoRoot } from '../support/requirements.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const fixturePath = (name: string) => resolve(repoRoot, 'test/fixtures/wxr', name);

async function exportText(site: TestSite): Promise<string> {
  let out = '';
  for await (const chunk of site.services.deps.wxr!.exportChunks()) out += chunk;
  return out;
}

/** What must survive a round trip, without ids and URLs that depend on the database. */
function comparable(records: WxrRecord[]): unknown {
  const items = records.filter((r): r is WxrItem => r.kind === 'item');
  return {
    authors: records.flatMap((r) => (r.kind === 'author' ? [[r.login, r.email, r.displayName]] : [])),
    terms: records.flatMap((r) => (r.kind === 'term' ? [[r.slug, r.name]] : [])).sort(),
    items: items.map((i) => {
      const indexOf = new Map(i.comments.map((c, n) => [c.wpId, n]));
      return {
        title: i.title,
        slug: i.slug,
        type: i.postType,
        status: i.status,
        content: i.contentHtml,
        excerpt: i.excerptHtml,
        date: i.postDateGmt,
        creator: i.creator,
        tags: i.categories.map((c) => c.nicename),
        meta: i.meta,
        comments: i.comments.map((c) => ({
          author: c.authorName,
          email: c.authorEmail,
          content: c.content,
          approved: c.approved,
          type: c.type,
          date: c.dateGmt,
          parent: c.parentWpId === null ? null : indexOf.get(c.parentWpId),
        })),
      };
    }),
  };
}

for (const dialect of testDialects()) {
  describe(`WXR import on a running site [${dialect}]`, { timeout: 120_000 }, () => {
    let site: TestSite;
    beforeAll(async () => {
      site = await createTestSite(dialect, { demo: false });
      for (const name of ['small-export.xml', 'nasty.xml']) {
        const report = await site.services.deps.wxr!.importFile(fixturePath(name), { workers: 0 });
        expect(report.fatal).toBeNull();
      }
    });
    afterAll(async () => site?.close());

    it('answers old WordPress URLs with 301 to the new ones', async () => {
      const cases: Array<[string, string]> = [
        ['/?p=10', '/article/new-ferry-timetable'],
        ['/2024/05/new-ferry-timetable/', '/article/new-ferry-timetable'],
        ['/?page_id=3', '/contact'],
        ['/category/local/harbour/', '/tag/harbour'],
        ['/tag/ferries/', '/tag/ferries'],
        ['/feed/', '/feed.xml'],
      ];
      for (const [from, to] of cases) {
        const res = await site.app.inject({ url: from });
        expect(res.statusCode, from).toBe(301);
        expect(res.headers.location, from).toBe(to);
      }
      expect((await site.app.inject({ url: '/' })).statusCode).toBe(200);
      expect((await site.app.inject({ url: '/?p=999999' })).statusCode).toBe(200);
      expect((await site.app.inject({ url: '/no-such-page/' })).statusCode).toBe(404);
    });

    it('renders imported Chinese, Russian and emoji content', async () => {
      const res = await site.app.inject({ url: '/article/same-slug' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('“quoted”');
      const tag = await site.app.inject({ url: '/tag/novosti' });
      expect(tag.statusCode).toBe(200);
      expect(tag.body).toContain('Новости');
    });

    it('exports a WXR file that imports into an empty site and exports the same content', async () => {
      const first = await exportText(site);
      const dir = mkdtempSync(join(tmpdir(), 'silkpress-wxr-'));
      const empty = await createTestSite(dialect, { demo: false });
      try {
        writeFileSync(join(dir, 'export.xml'), first);
        const report = await empty.services.deps.wxr!.importFile(join(dir, 'export.xml'), { workers: 0 });
        expect(report.fatal).toBeNull();
        expect(report.failures).toEqual([]);
        const second = await exportText(empty);
        const a = comparable(await parseAll([first]));
        const b = comparable(await parseAll([second]));
        expect(b).toEqual(a);
        expect((a as { items: unknown[] }).items.length).toBeGreaterThan(5);
      } finally {
        await empty.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
