import { describe, expect, it } from 'vitest';
import { analyzeComment } from './analyze.ts';
import { keywordAuthor } from './author-name.ts';
import { builtinModel } from './builtin.ts';
import { scoreComment } from './score.ts';
import { SIGNAL_CODES } from './signals.ts';

const SITE = 'https://example.com/';

describe('keywordAuthor: names that are keywords, with a website', () => {
  it.each([
    ['Best Dentist Almaty', 2],
    ['cheap jerseys', 2],
    ['Cleaning Company', 2],
    ['Replica Watches Online', 3],
    ['jerseys 4u', 1],
    ['Plumber in Leeds', 1],
    ['Emergency locksmith near me', 3],
    ['Real Estate Agents Dubai', 2],
    ['roofing-pros.com', 1],
    ['www.cheap-flights.example', 1],
    ['Ремонт квартир Москва', 1],
    ['Купить диплом недорого', 2],
    ['上海搬家公司', 2],
    ['澳门博彩官网', 2],
  ])('%s counts %i', (name, hits) => expect(keywordAuthor(name, SITE)).toBe(hits));

  it.each([
    'Sarah Painter',
    'George Best',
    'george best',
    'Min-jun Seo',
    'min seo',
    'Tom Baker',
    'Aigerim Nurlanovna',
    'Дмитрий Ремонтов',
    'Алексей Кредитов',
    '王小明',
    'Free Tibet',
    'Dr. Anna Schmidt',
    'J. R. Hartley',
  ])('%s does not count', (name) => expect(keywordAuthor(name, SITE)).toBe(0));

  it('counts nothing without a website: the name then links nowhere', () => {
    expect(keywordAuthor('Best Dentist Almaty', '')).toBe(0);
    expect(keywordAuthor('Best Dentist Almaty', null)).toBe(0);
    expect(keywordAuthor('cheap jerseys', undefined)).toBe(0);
    expect(keywordAuthor('', SITE)).toBe(0);
  });
});

describe('keyword-author in the analysis and the verdict', () => {
  const model = builtinModel();
  const signal = (input: Parameters<typeof analyzeComment>[0], code: string): number =>
    analyzeComment(input, model.bits).signals[SIGNAL_CODES.indexOf(code as never)] ?? NaN;

  it('sets keyword-author, and lets praise beside the name count as praise with an anchor', () => {
    const spam = {
      content: 'Thanks for sharing, very informative post.',
      author: 'Best Carpet Cleaning Services',
      url: 'https://carpet-example.com',
    };
    expect(signal(spam, 'keyword-author')).toBe(1);
    expect(signal(spam, 'praise-with-anchor')).toBe(1);
    expect(signal({ ...spam, author: 'Sarah Painter' }, 'keyword-author')).toBe(0);
    expect(signal({ ...spam, author: 'Sarah Painter' }, 'praise-with-anchor')).toBe(0);
    expect(signal({ ...spam, url: null }, 'praise-with-anchor')).toBe(0);
  });

  it('a keyword name with praise is held at least, and the verdict says why', () => {
    const verdict = scoreComment(
      {
        content: 'Great post, thanks for sharing! Keep up the good work.',
        author: 'Cheap Movers Denver',
        url: 'https://movers-example.com',
      },
      model,
    );
    expect(['hold', 'spam', 'discard']).toContain(verdict.verdict);
    expect(verdict.reasons.map((r) => r.code)).toContain('keyword-author');
  });

  it('a reader who gives a name and a website with the same praise stays published', () => {
    for (const author of ['Sarah Painter', 'George Best', 'Aigerim Nurlanovna']) {
      const verdict = scoreComment(
        {
          content: 'Great post, thanks for sharing! Keep up the good work.',
          author,
          url: 'https://sarah-example.net',
        },
        model,
      );
      expect(verdict.verdict).toBe('ham');
    }
  });
});
