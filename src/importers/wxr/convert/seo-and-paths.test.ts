import { describe, expect, it } from 'vitest';
import { fixture, itemsById, parseAll } from '../../../../test/fixtures/wxr/wxr-fixtures.ts';
import { legacyItemPaths, legacyTermPath, pathBelow } from './legacy-paths.ts';
import type { WxrSite, WxrTerm } from '../parse/wxr-records.ts';
import { extractSeoMeta } from './seo-meta.ts';

const ctx = { postTitle: 'Ferry news', siteTitle: 'Gazette' };

describe('extractSeoMeta', () => {
  it('reads Yoast first and fills the template variables it knows', () => {
    const meta = {
      _yoast_wpseo_title: '%%title%% %%sep%% %%sitename%% %%page%%',
      rank_math_title: 'ignored',
    };
    expect(extractSeoMeta(meta, ctx)).toEqual({
      title: 'Ferry news – Gazette',
      description: null,
      plugin: 'yoast',
    });
  });

  it('falls back to other plugins and returns nulls when none is set', () => {
    expect(extractSeoMeta({ rank_math_description: 'About &amp; more' }, ctx)).toEqual({
      title: null,
      description: 'About & more',
      plugin: 'rank-math',
    });
    expect(extractSeoMeta({ _yoast_wpseo_title: '%%unknown%%' }, ctx)).toEqual({
      title: null,
      description: null,
      plugin: null,
    });
  });

  it('reads the fixture post meta', async () => {
    const post = itemsById(await parseAll([fixture('small-export.xml')])).get(10);
    expect(extractSeoMeta(post?.meta ?? {}, ctx)).toEqual({
      title: 'Ferry timetable 2024 | Harbour Gazette',
      description: 'What changes on the ferries from Monday.',
      plugin: 'yoast',
    });
  });
});

describe('legacy paths', () => {
  it('finds the path below the blog URL, including sites in a subfolder', () => {
    expect(pathBelow('https://a.test/blog/2024/05/x/', 'https://a.test/blog')).toBe('/2024/05/x/');
    expect(pathBelow('https://a.test/?p=5', 'https://a.test')).toBe('/?p=5');
    expect(pathBelow('https://other.test/x/', 'https://a.test')).toBeNull();
    expect(pathBelow('not a url', 'https://a.test')).toBeNull();
  });

  it('lists permalink and id URLs of posts and pages', async () => {
    const records = await parseAll([fixture('small-export.xml')]);
    const site = records.find((r): r is WxrSite => r.kind === 'site');
    const items = itemsById(records);
    if (!site) throw new Error('no site');
    const post = items.get(10);
    const page = items.get(3);
    if (!post || !page) throw new Error('fixture changed');
    expect(legacyItemPaths(post, site)).toEqual(['/2024/05/new-ferry-timetable/', '/?p=10']);
    expect(legacyItemPaths(page, site)).toEqual(['/about/contact/', '/?p=3', '/?page_id=3']);
  });

  it('builds nested category paths and tag paths, surviving parent loops', () => {
    const term = (slug: string, parentSlug: string | null, taxonomy = 'category'): WxrTerm => ({
      ...{ kind: 'term', line: 1, wpId: null, name: slug, description: '' },
      ...{ taxonomy, slug, parentSlug },
    });
    const terms = new Map(
      [term('news', null), term('local', 'news'), term('a', 'b'), term('b', 'a')].map((t) => [t.slug, t]),
    );
    const parentOf = (slug: string): WxrTerm | undefined => terms.get(slug);
    expect(legacyTermPath(term('harbour', 'local'), parentOf)).toBe('/category/news/local/harbour/');
    expect(legacyTermPath(term('ferries', null, 'post_tag'), parentOf)).toBe('/tag/ferries/');
    expect(legacyTermPath(term('main', null, 'nav_menu'), parentOf)).toBeNull();
    expect(legacyTermPath(term('a', 'b'), parentOf)).toBe('/category/b/a/');
  });
});
