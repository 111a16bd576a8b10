import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { normalizeText } from '../text/normalize.ts';
import { countReferralLinks, isReferralLink } from './referral.ts';
import { SIGNAL_CODES } from './signals.ts';

const referral = SIGNAL_CODES.indexOf('referral-link');
const signalOf = (content: string): number => analyzeComment({ content }, 18).signals[referral] ?? 0;

describe('referral links (referral.ts)', () => {
  it.each([
    'http://games.example/?ref=7hQk2mWz9R',
    'https://www.paid.example/ref/jdoe4242',
    'http://www.rewards.example/p/register?rb=55120387',
    'https://market.example/user/portfolio?ref=JaneMoller',
    'https://exchange.example/register?ref_id=A1B2C3D4',
    'https://shop.example/item?aff_id=9031178&utm_source=x',
    'https://app.example/invite/XK29PQ',
    'https://casino.example/?affiliate=partner77',
  ])('a code of the commenter’s own: %s', (url) => expect(isReferralLink(url)).toBe(true));

  it.each([
    'https://news.example/story?ref=share',
    'https://news.example/story?ref=hn',
    'https://www.amazon.example/book/dp/B01ABCDEFG/ref=sr_1_7?s=books',
    'https://www.amazon.example/gp/product/B00X?ref_=nav_logo',
    'https://stat.gov.kz/en/industries/labor-and-income/',
    'https://example-news.kz/region/feed?utm_source=twitter&utm_medium=social',
    'https://blog.example/referral/program-terms',
    'https://www.youtube.example/watch?v=dQ3xY7kLm2P&t=2m19s',
    'https://forum.example/thread?ref=newsletter',
  ])('a page’s own tracking or a plain link: %s', (url) => expect(isReferralLink(url)).toBe(false));

  it('counts the links in a comment, found by the normaliser (href kept, entities decoded)', () => {
    const text = normalizeText(
      'Easiest money ever <a href="https://paid.example/ref/jdoe99">join</a> and https://other.example/?r=abc&amp;ref=Q7Z9XP2',
    );
    expect(countReferralLinks(text.urls)).toBe(2);
  });

  it('is a signal of the comment; a reader citing a source has none', () => {
    expect(signalOf('join my team https://paid.example/ref/jdoe99')).toBe(1);
    expect(
      signalOf('The figures are at https://stat.gov.kz/en/industries/labor-and-income/ if anyone wants them'),
    ).toBe(0);
    expect(signalOf('Shared from https://news.example/story?ref=share')).toBe(0);
  });
});
