// Spun praise under a keyword name (issue 15, 2026-12-07, fifth session; docs/spam.md, "Spun praise
// under a keyword name"): a keyword name linked to an address named for a spam trade is both
// anchors at once (author-anchor.ts, `keyword-author` 2); the spun comment's fillers are praise
// (praise-only.ts). Known answers per script, then the shipped model's verdicts on the examples.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { analyzeComment, builtinModel, scoreComment, SIGNAL_CODES } from '../index.ts';
import { authorAnchor } from '../signals/seo/author-anchor.ts';
import { isPraiseOnly } from '../signals/seo/praise-only.ts';
import { AUTHOR_PRAISE_GENUINE, AUTHOR_PRAISE_SPAM } from './author-praise-examples.ts';
import {
  AUTHOR_PRAISE_GENUINE_HELDOUT,
  AUTHOR_PRAISE_SPAM_HELDOUT,
} from './author-praise-heldout-examples.ts';

const KEYWORD_AUTHOR = SIGNAL_CODES.indexOf('keyword-author');

describe("the author's name and website as anchors", () => {
  it.each([
    ['payday loans', 'http://quick-payday-cash.com', 2],
    ['replica watches', 'https://replica-watch-store.net', 2],
    ['займы онлайн', 'https://zaimy-online.ru', 2],
    ['代开发票', 'http://daikai-fapiao.net', 2],
    ['roof repair', 'https://roofrepair-dallas.com', 1],
    ['Marcus', 'https://bestcasinobonus.club', 1],
    ['Tom Baker, carpet cleaning', 'https://bakerclean.co.uk', 1],
    ['Almaty Door Service', 'https://almatydoor.kz', 0],
    ['Maria Lopez', 'https://marialopez.me', 0],
    ['payday loans', null, 0],
  ])('%s at %s: %i', (author, url, value) => {
    expect(authorAnchor(author, url, false).value).toBe(value);
  });

  it('says both in the reason, and the signal counts twice', () => {
    const input = {
      content: 'Very good post. I certainly appreciate this website. Keep writing!',
      author: 'payday loans',
      url: 'http://quick-payday-cash.com',
    };
    const analyzed = analyzeComment(input, builtinModel().bits);
    expect(analyzed.signals[KEYWORD_AUTHOR]).toBe(2);
    const reason = scoreComment(input, builtinModel()).reasons.find((r) => r.code === 'keyword-author');
    expect(reason?.message).toBe(
      "keywords as the author's name, linked to a website named for a spam trade (payday, cash)",
    );
    expect(reason?.values).toMatchObject({ site: 'payday, cash', name: 'yes' });
  });
});

describe("the spun comment's fillers are praise", () => {
  it.each([
    'Very good post. I certainly appreciate this website. Keep writing!',
    'Excellent blog you have here. It is hard to find quality writing like yours nowadays. I honestly appreciate people like you! Take care!!',
    'Интересно пишете, буду следить за обновлениями.',
    'Полезная информация, добавил сайт в закладки.',
    '写得太好了，收藏了，以后常来看看。',
  ])('%s', (text) => {
    expect(isPraiseOnly(text.toLowerCase())).toBe(true);
  });

  it.each([
    'Most people take care of the hard part themselves: the customs paperwork.',
    'Интересно пишете, но цифры по тарифам за 2023 год устарели.',
    '以后常来看看，不过运价的数据是哪一年的？',
  ])('says something: %s', (text) => {
    expect(isPraiseOnly(text.toLowerCase())).toBe(false);
  });
});

describe('verdicts on the examples', () => {
  it('development: spam 17/2/3 (was 6/6/10), genuine all published', () => {
    const spam = verdictCounts(AUTHOR_PRAISE_SPAM);
    expect(spam.spam).toBeGreaterThanOrEqual(17);
    expect(verdictCounts(AUTHOR_PRAISE_GENUINE).unpublishedTexts).toEqual([]);
  });

  it('held out, measured once: spam 8/2/2 (was 4/3/5), genuine all published', () => {
    expect(verdictCounts(AUTHOR_PRAISE_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(8);
    expect(verdictCounts(AUTHOR_PRAISE_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
  });
});
