import { describe, expect, it } from 'vitest';
import { atWordStarts, withoutNegativeLookarounds } from './patterns.ts';

describe('withoutNegativeLookarounds', () => {
  it('drops the negative look-behinds and look-aheads a word boundary is written with', () => {
    expect(withoutNegativeLookarounds('(?<![\\p{L}\\p{N}])работ\\p{L}*(?![\\p{L}])')).toBe('работ\\p{L}*');
    expect(withoutNegativeLookarounds('(?:(?<!\\b(?:has|have)\\s)\\bup\\s+to)')).toBe('(?:\\bup\\s+to)');
  });

  it('keeps positive look-arounds, character classes and escaped brackets as they are', () => {
    expect(withoutNegativeLookarounds('a(?=b)c(?<=c)')).toBe('a(?=b)c(?<=c)');
    expect(withoutNegativeLookarounds('[(?<!x]y\\(z\\)')).toBe('[(?<!x]y\\(z\\)');
  });

  it('removes a look-around nested in a removed one with it, not on its own', () => {
    expect(withoutNegativeLookarounds('a(?!b(?<!c)d)e')).toBe('ae');
  });

  it('matches every text the original matches (a sound pre-test), and sometimes more', () => {
    const sources = [
      '(?<![\\p{L}\\p{N}])(?:оплата|выплаты)\\s+(?:ежедневн\\p{L}*|сразу)',
      '\\b(?:(?<!\\b(?:has|have|had)\\s)\\b\\d{1,2}\\s*%\\s+off\\b)',
      '(?<!\\d)\\d{3}(?!\\d)',
    ];
    const texts = [
      'оплата сразу',
      'зарплата сразу',
      'get 30% off today',
      'it has 30% off',
      'call 123 now',
      '1234',
      'nothing here',
    ];
    for (const source of sources) {
      const exact = new RegExp(source, 'u');
      const wide = new RegExp(atWordStarts(withoutNegativeLookarounds(source)), 'u');
      for (const t of texts) if (exact.test(t)) expect(wide.test(t), `${source} on ${t}`).toBe(true);
    }
    expect(new RegExp(withoutNegativeLookarounds('(?<!\\d)\\d{3}(?!\\d)')).test('1234')).toBe(true);
    expect(/(?<!\d)\d{3}(?!\d)/.test('1234')).toBe(false);
  });
});
