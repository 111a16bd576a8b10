// Article languages through WXR: the export writes each article's language (Silkpress's own meta,
// a Polylang language term, WPML's meta) and its translation group; the import reads them back,
// and maps Polylang's and WPML's data from WordPress. On SQLite and PostgreSQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/create-db.ts';
import type { WxrItem, WxrTerm } from '../../src/importers/wxr/parse/wxr-records.ts';
import { fixture, parseAll } from '../fixtures/wxr/wxr-fixtures.ts';
import { describeEachDialect, testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { importBytes } from './import-helpers.ts';

async function languages(db: DatabaseHandle['db']): Promise<Record<string, [string, string | null]>> {
  const rows = await db
    .selectFrom('articles')
    .select(['slug', 'language', 'translation_group'])
    .orderBy('slug')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.slug, [r.language, r.translation_group]]));
}

async function exportText(site: TestSite): Promise<string> {
  let out = '';
  for await (const chunk of site.services.deps.wxr!.exportChunks()) out += chunk;
  return out;
}

describeEachDialect('WXR import of Polylang and WPML languages', (get) => {
  it('gives each article the language and translation group its plugin recorded', async () => {
    const { report } = await importBytes(get(), fixture('multilingual.xml'));
    expect(report.fatal).toBeNull();
    const pll = 'https://steppe.example.org|polylang:pll_665a1b2c3d4e5';
    const wpml = 'https://steppe.example.org|wpml:42';
    expect(await languages(get().db)).toEqual({
      'rail-freight-record': ['en', pll],
      'rekord-zheleznodorozhnykh-perevozok': ['ru', pll],
      'tielu-huoyun-chuang-jilu': ['zh-TW', pll],
      'maoyi-zengzhang': ['zh-Hans', wpml],
      'trade-grows': ['en', wpml],
      'torgovlya-rastyot': ['ru', null],
      'no-language-said': ['en', null],
    });
    // Language terms are not topics: no tag was made of them.
    const tags = await get().db.selectFrom('tags').select('slug').execute();
    expect(tags.map((t) => t.slug)).not.toContain('ru');
  });

  it('keeps one article per language in a group: a second one comes without the link', async () => {
    // The same file from another site, its Taiwanese item made a second Russian one.
    const text = fixture('multilingual.xml')
      .toString('utf8')
      .replaceAll('steppe.example.org', 'steppe2.example.org')
      .replace('<category domain="language" nicename="tw">', '<category domain="language" nicename="ru">');
    const { report } = await importBytes(get(), Buffer.from(text));
    expect(report.fatal).toBeNull();
    const rows = await get()
      .db.selectFrom('articles')
      .select(['title', 'language', 'translation_group'])
      .where('translation_group', 'like', 'https://steppe2.example.org|polylang:%')
      .execute();
    expect(rows.map((r) => r.language).sort()).toEqual(['en', 'ru']);
    expect(report.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('already have an article in ru'),
    );
  });
});

for (const dialect of testDialects()) {
  describe(`WXR language round trip [${dialect}]`, { timeout: 120_000 }, () => {
    it('keeps ru and zh-Hans (and translation groups) through export and import', async () => {
      const site = await createTestSite(dialect);
      const empty = await createTestSite(dialect, { demo: false });
      const dir = mkdtempSync(join(tmpdir(), 'silkpress-wxr-lang-'));
      try {
        const db = site.services.database.db;
        await db
          .updateTable('articles')
          .set({ translation_group: 'summit-coverage' })
          .where('slug', 'in', ['astana-summit-opens-new-phase', 'zhongya-hezuo-cong-xian-dao-asitana'])
          .execute();
        const before = await languages(db);
        expect(new Set(Object.values(before).map(([lang]) => lang))).toEqual(
          new Set(['en', 'ru', 'zh-Hans']),
        );

        const text = await exportText(site);
        const records = await parseAll([text]);
        const items = records.filter((r): r is WxrItem => r.kind === 'item');
        const zh = items.find((i) => i.meta['_silkpress_language'] === 'zh-Hans');
        expect(zh?.categories).toContainEqual({ domain: 'language', nicename: 'zh-hans', name: '简体中文' });
        expect(zh?.meta['_wpml_import_language_code']).toBe('zh-hans');
        const terms = records.filter((r): r is WxrTerm => r.kind === 'term' && r.taxonomy === 'language');
        expect(terms.map((t) => t.slug).sort()).toEqual(['en', 'ru', 'zh-hans']);

        // Polylang's group of the pair: a post_translations term (language → post id) and a
        // category on each of its items.
        const groups = records.filter(
          (r): r is WxrTerm => r.kind === 'term' && r.taxonomy === 'post_translations',
        );
        const pair = items.filter((i) => i.meta['_silkpress_translation_group'] === 'summit-coverage');
        const slugOf = pair[0]!.categories.find((c) => c.domain === 'post_translations')?.nicename;
        const group = groups.find((g) => g.slug === slugOf);
        expect(groups).toHaveLength(2); // the pair, and the demo's story in three languages
        expect(group!.description).toBe(
          `a:2:{${pair
            .map(
              (i) =>
                `s:${i.meta['_wpml_import_language_code']!.length}:"${i.meta['_wpml_import_language_code']}";i:${i.wpId};`,
            )
            .join('')}}`,
        );
        for (const i of pair)
          expect(i.categories).toContainEqual({
            domain: 'post_translations',
            nicename: group!.slug,
            name: group!.slug,
          });

        writeFileSync(join(dir, 'export.xml'), text);
        const report = await empty.services.deps.wxr!.importFile(join(dir, 'export.xml'), { workers: 0 });
        expect(report.fatal).toBeNull();
        expect(await languages(empty.services.database.db)).toEqual(before);

        // What WordPress with Polylang would export again: no Silkpress or WPML group meta, and
        // one item that lost its category (the term still lists it): linked all the same.
        const polylangOnly = text
          .replace(
            /<wp:postmeta>\s*<wp:meta_key><!\[CDATA\[(_silkpress_translation_group|_wpml_import_translation_group)\]\]><\/wp:meta_key>[\s\S]*?<\/wp:postmeta>/g,
            '',
          )
          .replace(
            `<category domain="post_translations" nicename="${group!.slug}">`,
            '<category domain="x-dropped" nicename="x">',
          )
          .replaceAll('http://news.test', 'https://wp.example.org');
        expect(polylangOnly).not.toContain('_silkpress_translation_group');
        const third = await createTestSite(dialect, { demo: false });
        try {
          writeFileSync(join(dir, 'polylang.xml'), polylangOnly);
          const again = await third.services.deps.wxr!.importFile(join(dir, 'polylang.xml'), { workers: 0 });
          expect(again.fatal).toBeNull();
          const linked = await languages(third.services.database.db);
          const keys = pair.map((i) => linked[i.slug]?.[1]);
          expect(keys[0]).toMatch(/^https:\/\/wp\.example\.org\|polylang:pll_/);
          expect(keys[1]).toBe(keys[0]);
        } finally {
          await third.close();
        }
        const page = await empty.app.inject({ url: `/article/${items.find((i) => i === zh)?.slug}` });
        expect(page.body).toMatch(/<html lang="zh-Hans"/);
      } finally {
        await site.close();
        await empty.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
