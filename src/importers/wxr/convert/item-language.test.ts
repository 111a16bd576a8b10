import { describe, expect, it } from 'vitest';
import {
  declareLanguageTerm,
  declareTranslationTerm,
  itemLanguage,
  languageTag,
  polylangGroupTerm,
  polylangLanguageTerm,
  polylangLocale,
  polylangTranslations,
} from './item-language.ts';
import type { WxrTerm } from '../parse/wxr-records.ts';

const term = (slug: string, description: string): WxrTerm => ({
  kind: 'term',
  line: 1,
  wpId: null,
  taxonomy: 'language',
  slug,
  name: slug,
  parentSlug: null,
  description,
});

describe('languageTag', () => {
  it.each([
    ['ru', 'ru'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-hans', 'zh-Hans'],
    ['pt-br', 'pt-BR'],
    [' EN ', 'en'],
    ['', null],
    ['pll_665a', null],
    ['english', null],
  ])('code %j → %j', (raw, tag) => expect(languageTag(raw)).toBe(tag));

  it.each([
    ['ru_RU', 'ru'],
    ['en_US', 'en'],
    ['en_GB', 'en-GB'],
    ['zh_CN', 'zh'],
    ['zh_TW', 'zh-TW'],
    ['de_DE_formal', 'de'],
    ['en-US', 'en'],
    ['zh-Hans', 'zh-Hans'],
  ])('WordPress locale %j → %j', (raw, tag) => expect(languageTag(raw, { locale: true })).toBe(tag));
});

describe('Polylang and WPML', () => {
  it("reads the locale of Polylang's language term", () => {
    expect(polylangLocale('a:3:{s:6:"locale";s:5:"zh_TW";s:3:"rtl";i:0;s:9:"flag_code";s:2:"tw";}')).toBe(
      'zh_TW',
    );
    expect(polylangLocale('')).toBeNull();
    const terms = new Map<string, string>();
    declareLanguageTerm(terms, term('tw', 'a:1:{s:6:"locale";s:5:"zh_TW";}'));
    declareLanguageTerm(terms, term('ru', ''));
    declareLanguageTerm(terms, { ...term('news', ''), taxonomy: 'category' });
    expect([...terms]).toEqual([
      ['tw', 'zh-TW'],
      ['ru', 'ru'],
    ]);
  });

  it('takes Silkpress meta first, then Polylang, then WPML; groups are namespaced by the source', () => {
    const terms = new Map([['tw', 'zh-TW']]);
    const src = 'https://old.example.org';
    const pll = [
      { domain: 'language', nicename: 'tw', name: '中文' },
      { domain: 'post_translations', nicename: 'pll_1', name: 'pll_1' },
    ];
    expect(itemLanguage({ categories: pll, meta: {} }, terms, src)).toEqual({
      language: 'zh-TW',
      translationGroup: 'https://old.example.org|polylang:pll_1',
    });
    expect(
      itemLanguage({ categories: pll, meta: { _silkpress_language: 'zh-Hans' } }, terms, src).language,
    ).toBe('zh-Hans');
    const wpml = { _wpml_import_language_code: 'zh-hans', _wpml_import_translation_group: '42' };
    expect(itemLanguage({ categories: [], meta: wpml }, terms, src)).toEqual({
      language: 'zh-Hans',
      translationGroup: 'https://old.example.org|wpml:42',
    });
    expect(itemLanguage({ categories: [], meta: { _icl_lang_code: 'ru' } }, terms, src).language).toBe('ru');
    expect(itemLanguage({ categories: [], meta: {} }, terms, src)).toEqual({
      language: null,
      translationGroup: null,
    });
    expect(
      itemLanguage({ categories: [], meta: { _silkpress_translation_group: 'g1' } }, terms, src)
        .translationGroup,
    ).toBe('g1');
  });

  it('writes a Polylang language term our import reads back to the same tag', () => {
    for (const tag of ['ru', 'zh-Hans', 'zh-TW', 'en', 'ar']) {
      const t = polylangLanguageTerm(tag);
      const terms = new Map<string, string>();
      declareLanguageTerm(terms, term(t.slug, t.description));
      expect(terms.get(t.slug), tag).toBe(tag === 'zh-Hans' ? 'zh' : tag);
    }
    expect(polylangLanguageTerm('ru')).toEqual({
      slug: 'ru',
      name: 'русский',
      description: 'a:3:{s:6:"locale";s:5:"ru_RU";s:3:"rtl";i:0;s:9:"flag_code";s:2:"ru";}',
    });
    expect(polylangLanguageTerm('ar').description).toContain('s:3:"rtl";i:1;');
  });
});

describe('Polylang post_translations', () => {
  const groupTerm = (slug: string, description: string): WxrTerm => ({
    ...term(slug, description),
    taxonomy: 'post_translations',
  });

  it('reads the language → post id array of a term', () => {
    expect([...polylangTranslations('a:3:{s:2:"en";i:10;s:2:"ru";i:11;s:7:"zh-hans";i:12;}')]).toEqual([
      ['en', 10],
      ['ru', 11],
      ['zh-hans', 12],
    ]);
    expect(polylangTranslations('not serialised')).toEqual(new Map());
  });

  it('places an item without its category by the term that lists its post id', () => {
    const byPost = new Map<number, string>();
    declareTranslationTerm(byPost, groupTerm('pll_abc', 'a:2:{s:2:"en";i:10;s:2:"ru";i:11;}'));
    declareTranslationTerm(byPost, { ...groupTerm('news', 'a:1:{s:2:"en";i:12;}'), taxonomy: 'category' });
    expect([...byPost]).toEqual([
      [10, 'pll_abc'],
      [11, 'pll_abc'],
    ]);
    const item = {
      wpId: 11,
      categories: [{ domain: 'language', nicename: 'ru', name: 'Русский' }],
      meta: {},
    };
    expect(itemLanguage(item, new Map(), 'https://old.example.org', byPost)).toEqual({
      language: 'ru',
      translationGroup: 'https://old.example.org|polylang:pll_abc',
    });
  });

  it('writes a group back as a term our import reads to the same members', () => {
    const members = [
      { id: 3, language: 'en' },
      { id: 7, language: 'zh-Hans' },
    ];
    const own = polylangGroupTerm('https://old.example.org|polylang:pll_665a1b2c3d4e5', members);
    expect(own).toEqual({
      slug: 'pll_665a1b2c3d4e5',
      name: 'pll_665a1b2c3d4e5',
      description: 'a:2:{s:2:"en";i:3;s:7:"zh-hans";i:7;}',
    });
    const made = polylangGroupTerm('silkpress:1b4e28ba-2fa1-11d2-883f-0016d3cca427', members);
    expect(made.slug).toMatch(/^pll_[0-9a-f]{13}$/);
    expect(polylangGroupTerm('silkpress:1b4e28ba-2fa1-11d2-883f-0016d3cca427', members).slug).toBe(made.slug);
    expect([...polylangTranslations(made.description)]).toEqual([
      ['en', 3],
      ['zh-hans', 7],
    ]);
  });
});
