import { describe, expect, it } from 'vitest';
import {
  declareLanguageTerm,
  itemLanguage,
  languageTag,
  polylangLanguageTerm,
  polylangLocale,
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
