import { describe, expect, it } from 'vitest';
import { canonicalLanguage, languageKey, sameLanguage } from './language.ts';
import { planLink, planUnlink, type TranslationMember, visibleTranslations } from './translation.ts';

const member = (id: number, language: string, group: string | null, over: Partial<TranslationMember> = {}) =>
  ({
    id,
    kind: 'post',
    slug: `a${id}`,
    title: `A${id}`,
    language,
    status: 'published',
    publishedAt: '2026-01-01T00:00:00.000Z',
    authorId: 1,
    group,
    ...over,
  }) satisfies TranslationMember;

describe('planLink', () => {
  const en = member(1, 'en', null);
  const ru = member(2, 'ru', null);

  it('two loose articles make a new group of both', () => {
    expect(planLink(en, [en], ru, [ru])).toEqual({ ok: true, group: null, move: [1, 2], already: false });
  });

  it('a loose article joins the other one’s group, from either side', () => {
    const g = [member(1, 'en', 'g'), member(3, 'zh-Hans', 'g')];
    expect(planLink(g[0]!, g, ru, [ru])).toEqual({ ok: true, group: 'g', move: [2], already: false });
    expect(planLink(ru, [ru], g[0]!, g)).toEqual({ ok: true, group: 'g', move: [2], already: false });
  });

  it('two groups merge into the editor’s article’s group', () => {
    const g = [member(1, 'en', 'g'), member(3, 'zh-Hans', 'g')];
    const h = [member(2, 'ru', 'h'), member(4, 'kk', 'h')];
    expect(planLink(g[0]!, g, h[0]!, h)).toEqual({ ok: true, group: 'g', move: [2, 4], already: false });
  });

  it('refuses a second article of a language, whichever group holds it', () => {
    const g = [member(1, 'en', 'g'), member(3, 'ru', 'g')];
    const plan = planLink(g[0]!, g, ru, [ru]);
    expect(plan).toMatchObject({ ok: false, reason: 'language-taken', language: 'ru' });
    const h = [member(2, 'kk', 'h'), member(4, 'RU', 'h')];
    expect(planLink(g[0]!, g, h[0]!, h)).toMatchObject({ ok: false, reason: 'language-taken' });
  });

  it('refuses the same article, the same language and another kind', () => {
    expect(planLink(en, [en], en, [en])).toMatchObject({ ok: false, reason: 'same-article' });
    expect(planLink(en, [en], member(5, 'EN', null), [])).toMatchObject({ reason: 'same-language' });
    expect(planLink(en, [en], member(6, 'ru', null, { kind: 'page' }), [])).toMatchObject({
      reason: 'other-kind',
    });
  });

  it('two articles of one group are already linked', () => {
    const g = [member(1, 'en', 'g'), member(3, 'ru', 'g')];
    expect(planLink(g[0]!, g, g[1]!, g)).toEqual({ ok: true, group: 'g', move: [], already: true });
  });
});

describe('planUnlink', () => {
  it('the leaving article leaves; a group of two dissolves', () => {
    const three = [member(1, 'en', 'g'), member(2, 'ru', 'g'), member(3, 'kk', 'g')];
    expect(planUnlink(three[1]!, three)).toEqual([2]);
    const two = three.slice(0, 2);
    expect(planUnlink(two[1]!, two)).toEqual([2, 1]);
    expect(planUnlink(member(4, 'en', null), [])).toBeNull();
  });
});

describe('visibleTranslations', () => {
  it('lists the other public members by language tag', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const group = [
      member(1, 'en', 'g'),
      member(2, 'zh-Hans', 'g'),
      member(3, 'ru', 'g'),
      member(4, 'kk', 'g', { status: 'draft' }),
      member(5, 'uz', 'g', { publishedAt: '2026-07-01T00:00:00.000Z' }),
    ];
    expect(visibleTranslations(1, group, now).map((m) => m.id)).toEqual([3, 2]);
  });
});

describe('language tags', () => {
  it('are canonical, and compared without case', () => {
    expect(canonicalLanguage(' ZH-hans ')).toBe('zh-Hans');
    expect(canonicalLanguage('pt-br')).toBe('pt-BR');
    expect(canonicalLanguage('not a tag!')).toBe('not a tag!');
    expect(languageKey('zh-Hans')).toBe('zh-hans');
    expect(sameLanguage('zh-Hans', 'ZH-HANS')).toBe(true);
    expect(sameLanguage('zh-Hans', 'zh-Hant')).toBe(false);
  });
});
