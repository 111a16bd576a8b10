// Channel calls, cover promises, bought views (issue 15, 2026-12-07, late evening; docs/spam.md,
// "Channel calls, cover promises, bought views"): the batches' figures measured when the change
// landed, as floors and ceilings.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import * as dev from './self-promo-examples.ts';
import * as heldout from './self-promo-heldout-examples.ts';

describe('channel calls, cover promises, bought views: the batches', () => {
  it.each([
    ['channel calls', dev.CHANNEL_CALL_SPAM_DEV, 10], // 2/0/8 before
    ['cover plugs', dev.COVER_PLUG_SPAM_DEV, 8], // 2/0/6 before
    ['social-DM earnings', dev.MONEY_DM_SPAM_DEV, 3], // 1/0/2 before
    ['bought views', dev.METRICS_SALE_SPAM_DEV, 8], // 5/0/3 before
    ['one-each pleas', dev.ONE_EACH_SPAM_DEV, 4], // 1/1/2 before
    ['cam links', dev.ADULT_LINK_SPAM_DEV, 6], // 5/0/1 before
  ] as const)('development %s: all to spam', (_, batch, spam) => {
    expect(verdictCounts(batch).spam).toBe(spam);
  });

  it('development genuine comments: 3/1/18 (4/0/18 before; the three sent to spam are the learned words, as before)', () => {
    const counts = verdictCounts(dev.SELF_PROMO_GENUINE_DEV);
    expect(counts.spam).toBeLessThanOrEqual(3);
    expect(counts.ham).toBeGreaterThanOrEqual(18);
  });

  it('held out (measured once): spam 11/1/0 (5/1/6 before), genuine 1/1/8 (as before)', () => {
    const spam = verdictCounts(heldout.SELF_PROMO_SPAM_HELDOUT);
    expect(spam.spam).toBeGreaterThanOrEqual(11);
    expect(spam.ham).toBe(0);
    const genuine = verdictCounts(heldout.SELF_PROMO_GENUINE_HELDOUT);
    expect(genuine.spam).toBeLessThanOrEqual(1);
    expect(genuine.ham).toBeGreaterThanOrEqual(8);
  });
});
