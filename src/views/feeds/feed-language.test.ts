import { describe, expect, it } from 'vitest';
import { feedLanguageCode, newsLanguageCode } from './feed-language.ts';

describe('newsLanguageCode', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ru', 'ru'],
    ['kk-Cyrl-KZ', 'kk'],
    ['zh', 'zh-cn'],
    ['zh-Hans', 'zh-cn'],
    ['zh-CN', 'zh-cn'],
    ['zh-Hans-SG', 'zh-cn'],
    ['zh-Hant', 'zh-tw'],
    ['zh-TW', 'zh-tw'],
    ['zh-HK', 'zh-tw'],
    ['zh-Hant-HK', 'zh-tw'],
  ])('%s → %s', (tag, code) => expect(newsLanguageCode(tag)).toBe(code));
});

describe('feedLanguageCode', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en-GB'],
    ['en-gb', 'en-GB'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-hans', 'zh-Hans'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-HK', 'zh-HK'],
    ['sr-Latn', 'sr-Latn'],
    ['uz-Latn', 'uz-Latn'],
    ['es-419', 'es-419'],
  ])('%s → %s', (tag, code) => expect(feedLanguageCode(tag)).toBe(code));

  it('keeps the language of a tag Intl refuses', () => {
    expect(feedLanguageCode('ru_RU!')).toBe('ru');
  });
});
