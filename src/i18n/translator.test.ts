import { describe, expect, it } from 'vitest';
import { resolveCatalogLocale, translatorFor } from './translator.ts';

describe('translatorFor', () => {
  const en = translatorFor('en');

  it('formats English messages as the views wrote them before the catalogs', () => {
    expect(en.t('layout.backToTop')).toBe('Back to top');
    expect(en.t('comments.heading', { count: 1, title: 'Dams' })).toBe('1 response to “Dams”');
    expect(en.t('comments.heading', { count: 1234, title: 'Dams' })).toBe('1,234 responses to “Dams”');
    expect(en.t('commentForm.error.comment.tooLong', { max: 10_000 })).toBe(
      'Your comment is too long: please keep it under 10,000 characters.',
    );
    expect(en.t('commentForm.notice.flood', { seconds: 1 })).toContain('wait 1 second and');
    expect(en.t('comment.replyTo', { name: 'Ann' })).toBe('Reply to Ann');
  });

  it('keeps rich-text tags and markup values as the caller’s objects', () => {
    const parts = en.parts<{ link: string }>('commentForm.privacy', {
      link: (chunks) => ({ link: chunks.join('') }),
    });
    expect(parts).toEqual([
      'This site fights spam. ',
      { link: 'Learn how your comment data is processed' },
      '.',
    ]);
  });

  it('falls back to the site language, then English, and says which language the text is in', () => {
    expect(translatorFor('xx').lang).toBe('en');
    expect(translatorFor('xx', 'en').locale).toBe('en');
    expect(translatorFor('en-GB').lang).toBe('en-GB');
  });

  it('writes the pseudo-locale bracketed and accented', () => {
    const xa = translatorFor('en-XA');
    expect(xa.t('layout.backToTop')).toBe('⟦Ɓááçķ ţóó ţóóþ⟧');
    expect(xa.t('comments.heading', { count: 2, title: 'X' })).toMatch(/^⟦2 .*“X”⟧$/);
  });
});

describe('resolveCatalogLocale', () => {
  const shipped = ['en', 'kk', 'ru', 'uz-Latn', 'zh-Hans'];
  it.each([
    ['zh-Hans', 'zh-Hans', true],
    ['zh-CN', 'zh-Hans', true],
    ['zh', 'zh-Hans', true],
    ['zh-TW', 'zh-Hans', false],
    ['uz', 'uz-Latn', true],
    ['uz-Cyrl', 'uz-Latn', false],
    ['kk-KZ', 'kk', true],
    ['ru-RU', 'ru', true],
    ['RU', 'ru', true],
  ])('%s reads the %s catalog (same script: %s)', (tag, locale, sameScript) => {
    expect(resolveCatalogLocale(tag, shipped)).toEqual({ locale, sameScript });
  });
  it('finds nothing for a language without a catalog', () => {
    expect(resolveCatalogLocale('de', shipped)).toBeNull();
    expect(resolveCatalogLocale('', shipped)).toBeNull();
  });
});
