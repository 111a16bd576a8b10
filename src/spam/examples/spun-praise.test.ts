// Spun praise under a person's name with a website named for a spam trade (issue 15, 2026-12-07,
// third session; docs/spam.md, "Spun praise templates II"): the address counts as the author's
// anchor (keyword-domain.ts, `keyword-author` with its own reason), thirteen more templates count
// (praise-template.ts) and a template is praise beside an anchor (`praise-with-anchor`). Then the
// shipped model's verdicts on the examples.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { builtinModel, scoreComment } from '../index.ts';
import { keywordSite } from '../signals/seo/keyword-domain.ts';
import { normalizeText } from '../text/normalize.ts';
import { countPraiseTemplates } from '../signals/seo/praise-template.ts';
import * as dev from './spun-praise-examples.ts';
import { SPUN_PRAISE_GENUINE_HELDOUT, SPUN_PRAISE_SPAM_HELDOUT } from './spun-praise-heldout-examples.ts';

describe('a website named for a spam trade', () => {
  it.each([
    ['https://bestcasinobonus.club', ['casino', 'best', 'bonus']],
    ['http://ketoslimpills.shop', ['keto', 'pills', 'shop']], // (the top-level domain's word too, 2026-12-07)
    ['http://slot-gacor-88.site', ['gacor', 'slot']],
    ['http://escortsdubai24.com', ['escorts']],
    ['https://www.vpn-best-deals.org/landing', ['vpn', 'best', 'deals']],
    ['https://bestbuy.com', ['best', 'buy']],
  ])('%s', (url, words) => {
    expect(keywordSite(url)).toEqual(words);
  });

  it.each([
    'https://mareknovak.dev',
    'https://rita-dba.net',
    'https://dietrich.dev',
    'https://cryptography.blog',
    'https://seoul-travel.com',
    'https://updating.net',
    'https://betty-shop.com',
    'https://winfield.org',
    'https://online-school.kz',
    'https://bitcoinmagazine.com',
    'localhost',
    '',
  ])('a name, not a trade: %s', (url) => {
    expect(keywordSite(url)).toBeNull();
  });

  it('is an explained keyword author, in the admin’s words too', () => {
    const v = scoreComment(
      { content: 'Thanks for sharing, great post.', author: 'Marcus', url: 'https://bestcasinobonus.club' },
      builtinModel(),
    );
    const reason = v.reasons.find((r) => r.code === 'keyword-author');
    expect(reason?.message).toBe("the author's website is named for a spam trade (casino, best, bonus)");
    expect(reason?.values).toMatchObject({ site: 'casino, best, bonus' });
  });

  it('counts nothing for a person’s own site', () => {
    const v = scoreComment(
      { content: 'Thanks for sharing, great post.', author: 'Marek Novak', url: 'https://mareknovak.dev' },
      builtinModel(),
    );
    expect(v.reasons.some((r) => r.code === 'keyword-author')).toBe(false);
  });
});

describe('thirteen more spun praise templates', () => {
  it.each(dev.SPUN_PRAISE_SPAM_DEV.map((c) => c.content))('%s', (text) => {
    expect(countPraiseTemplates(normalizeText(text).text)).toBeGreaterThanOrEqual(1);
  });

  it.each(dev.SPUN_PRAISE_GENUINE_DEV.map((c) => c.content))('a reader: %s', (text) => {
    expect(countPraiseTemplates(normalizeText(text).text)).toBe(0);
  });
});

describe('the shipped model on the examples (figures of docs/spam.md)', () => {
  it('development: spun praise with a trade’s website goes to spam, the readers stay as they were', () => {
    const spam = verdictCounts(dev.SPUN_PRAISE_SPAM_DEV);
    expect(spam.spam).toBeGreaterThanOrEqual(11);
    expect(spam.ham).toBe(0);
    const genuine = verdictCounts(dev.SPUN_PRAISE_GENUINE_DEV);
    expect(genuine.spam).toBe(0);
    expect(genuine.ham).toBeGreaterThanOrEqual(6);
  });

  it('held out (measured once: spam 0/0/7 before, 4/1/2 after; genuine 0/1/3 both)', () => {
    expect(verdictCounts(SPUN_PRAISE_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(4);
    const genuine = verdictCounts(SPUN_PRAISE_GENUINE_HELDOUT);
    expect(genuine.spam).toBe(0);
    expect(genuine.ham).toBeGreaterThanOrEqual(3);
  });
});
