// Imports the WordPress theme unit test export (../shared/data/wxr) into a running site: counts
// against the file itself, and a sample of pages rendered from it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAll } from './fixtures/wxr/wxr-fixtures.ts';
import type { ImportReport } from '../src/importers/wxr/import-types.ts';
import type { WxrItem } from '../src/importers/wxr/parse/wxr-records.ts';
import { htmlToPlainText } from '../src/importers/wxr/convert/html-text.ts';
import { requirement, sharedDataDir } from './support/requirements.ts';
import { createTestSite, type TestSite } from './support/test-site.ts';

const dir = sharedDataDir();
const file = dir === null ? '' : resolve(dir, 'wxr/themeunittestdata.wordpress.xml');
const available = requirement(dir !== null && existsSync(file), '../shared/data/wxr');

describe.runIf(available)('import of the theme unit test data', { timeout: 180_000 }, () => {
  let site: TestSite;
  let report: ImportReport;
  let items: WxrItem[] = [];
  beforeAll(async () => {
    items = (await parseAll([readFileSync(file)])).filter((r): r is WxrItem => r.kind === 'item');
    site = await createTestSite('sqlite', { demo: false });
    report = await site.services.deps.wxr!.importFile(file, { workers: 0 });
  });
  afterAll(async () => site?.close());

  it('imports every post, page and comment of the file', () => {
    expect(report.fatal).toBeNull();
    expect(report.failures).toEqual([]);
    const posts = items.filter((i) => i.postType === 'post');
    const pages = items.filter((i) => i.postType === 'page');
    expect(report.counts.posts.imported).toBe(posts.length);
    expect(report.counts.pages.imported).toBe(pages.length);
    const comments = [...posts, ...pages].reduce((n, i) => n + i.comments.length, 0);
    expect(report.counts.comments.imported).toBe(comments);
    expect(report.counts.attachments.skipped).toBe(items.filter((i) => i.postType === 'attachment').length);
  });

  it('renders a sample of published posts and pages with their titles', async () => {
    const published = items.filter(
      (i) => (i.postType === 'post' || i.postType === 'page') && i.status === 'publish' && !i.password,
    );
    const sample = published.filter((_i, n) => n % Math.max(1, Math.floor(published.length / 8)) === 0);
    expect(sample.length).toBeGreaterThan(3);
    for (const item of sample) {
      const res = await site.app.inject({ url: `/?p=${item.wpId}` });
      expect(res.statusCode, item.title).toBe(301);
      const page = await site.app.inject({ url: res.headers.location as string });
      expect(page.statusCode, `${item.title} at ${res.headers.location}`).toBe(200);
      const title = htmlToPlainText(item.title).trim();
      if (title) expect(page.body).toContain(title.replace(/&/g, '&amp;').replace(/</g, '&lt;').slice(0, 20));
    }
  });

  it('keeps approved comments visible and pending ones hidden', async () => {
    const post = items.find(
      (i) =>
        i.postType === 'post' &&
        i.status === 'publish' &&
        !i.password &&
        i.comments.some((c) => c.approved === 'approved'),
    );
    expect(post).toBeDefined();
    const res = await site.app.inject({ url: `/?p=${post!.wpId}` });
    const page = await site.app.inject({ url: res.headers.location as string });
    const approved = post!.comments.find((c) => c.approved === 'approved' && c.authorName.trim());
    expect(page.body).toContain(htmlToPlainText(approved!.authorName).trim().replace(/&/g, '&amp;'));
    expect(page.body).not.toContain(approved!.authorEmail || 'never-shown@');
  });
});
