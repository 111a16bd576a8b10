// The batches of readers on subscribing (issue 15, 2026-12-07, evening; docs/spam.md, "Readers on
// subscribing"): the shipped model's verdicts, pinned at the figures measured when the change
// landed (held out: measured once before and once after).
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import * as dev from './subscribe-remark-examples.ts';
import * as heldout from './subscribe-remark-heldout-examples.ts';

describe('readers on subscribing', () => {
  it('development readers are published (a negated Chinese ask, 别…求订阅, still goes to spam)', () => {
    expect(verdictCounts(dev.NEWS_SUBSCRIBER_GENUINE_DEV).unpublishedTexts).toEqual([]);
    expect(verdictCounts(dev.FAN_CHANNEL_GENUINE_DEV).unpublishedTexts).toEqual([]);
    expect(verdictCounts(dev.BEGGING_COMPLAINT_GENUINE_DEV).unpublishedTexts).toHaveLength(1);
  });

  it('the plugs beside them stay spam', () => {
    expect(verdictCounts(dev.SUBSCRIBE_PLUG_SPAM_DEV).spam).toBeGreaterThanOrEqual(8);
    expect(verdictCounts(heldout.SUBSCRIBE_PLUG_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(5);
  });

  it('held out (measured once): no reader to spam, at most one held', () => {
    const genuine = verdictCounts(heldout.SUBSCRIBE_REMARK_GENUINE_HELDOUT);
    expect(genuine.spam).toBe(0);
    expect(genuine.hold).toBeLessThanOrEqual(1);
  });
});
