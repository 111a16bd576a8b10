// A domain whose dot Russian spells as a word («keysoft точка ру», «credit-fast тчк ком») is read as
// the domain (spelled-dot-ru.ts, issue 15, 2026-12-07, eighth session); «точка» as the word stays a
// word. Then the shipped model's verdicts on the development and held-out examples, pinned at the
// figures measured when the change landed (held out: once before and once after).
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { normalizeText } from '../text/normalize.ts';
import { RU_DOT_GENUINE_DEV, RU_DOT_SPAM_DEV } from './ru-dot-examples.ts';
import { RU_DOT_GENUINE_HELDOUT, RU_DOT_SPAM_HELDOUT } from './ru-dot-heldout-examples.ts';

const domains = (text: string): string[] => normalizeText(text).domains;

describe('a domain with its dot spelled in Russian', () => {
  it.each([
    ['заходите на keysoft точка ру', 'keysoft.ru'],
    ['сайт zaim-bystro тчк ком', 'zaim-bystro.com'],
    ['регистрация на betwin24 Точка нет', 'betwin24.net'],
    ['подробности на rabota-doma точка рф', 'rabota-doma.рф'],
    ['доставка: replica-watch точка кз', 'replica-watch.kz'],
    ['смотрите avia-deshevo точка com', 'avia-deshevo.com'],
  ])('is read as the domain: %s', (text, domain) => expect(domains(text)).toContain(domain));

  it.each([
    'С моей точки зрения, тариф ударит по перевозчикам.',
    'Последняя точка маршрута — Урумчи.',
    'На карте эта точка ближе к Алматы.',
    'Запятая вместо точки в таблице тарифов сбивает с толку.',
    'В Excel точка и запятая путаются.',
    'Точка ру сегмента тут ни при чём.',
  ])('«точка» as the word stays a word: %s', (text) => expect(domains(text)).toEqual([]));
});

describe("the shipped model's verdicts on the examples", () => {
  it('development: spam 7/0/1 (0/2/6 before), genuine all published', () => {
    expect(verdictCounts(RU_DOT_SPAM_DEV).spam).toBeGreaterThanOrEqual(7);
    expect(verdictCounts(RU_DOT_GENUINE_DEV).unpublishedTexts).toEqual([]);
  });
  it('held out: spam 6/0/0 (1/1/4 before), genuine all published (0/0/6 before and after)', () => {
    expect(verdictCounts(RU_DOT_SPAM_HELDOUT).spam).toBe(6);
    expect(verdictCounts(RU_DOT_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
  });
});
