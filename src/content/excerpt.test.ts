import { describe, expect, it } from 'vitest';
import { automaticExcerpt, chooseExcerpt } from './excerpt.ts';

const body = 'Customs officers at Dostyk now clear a freight train in under two hours.';
const auto = { excerpt: automaticExcerpt(body), excerptAuto: true };

describe('chooseExcerpt', () => {
  it.each([
    ['an empty field', '', null, auto],
    ['nothing sent', undefined, null, auto],
    ['blanks', '  \n', null, auto],
    ['the automatic excerpt of this body', ` ${body} `, null, auto],
    [
      'the automatic excerpt the article had',
      'The old opening.',
      { excerpt: 'The old opening.', excerptAuto: true },
      auto,
    ],
    ['written text', 'Our own summary.', null, { excerpt: 'Our own summary.', excerptAuto: false }],
    [
      'the written excerpt the article had',
      'Our own summary.',
      { excerpt: 'Our own summary.', excerptAuto: false },
      { excerpt: 'Our own summary.', excerptAuto: false },
    ],
  ])('%s', (_what, submitted, before, expected) => {
    expect(chooseExcerpt(submitted, body, before)).toEqual(expected);
  });

  it('cuts the automatic excerpt at a word boundary with an ellipsis', () => {
    const long = 'word '.repeat(100);
    const e = automaticExcerpt(long);
    expect(e.length).toBeLessThanOrEqual(221);
    expect(e.endsWith('word…')).toBe(true);
  });
});
