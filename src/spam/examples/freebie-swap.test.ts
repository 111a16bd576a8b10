// Free generators and subscription swaps (issue 15, 2026-12-07, evening; docs/spam.md, "Free
// generators and subscription swaps"): the batches' figures measured when the change landed, as
// floors and ceilings.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import * as dev from './freebie-swap-examples.ts';
import * as heldout from './freebie-swap-heldout-examples.ts';

describe('free generators and subscription swaps: the batches', () => {
  it('development freebies: 16/2/0 (9/0/9 before)', () => {
    const counts = verdictCounts(dev.FREEBIE_SPAM_DEV);
    expect(counts.spam).toBeGreaterThanOrEqual(16);
    expect(counts.ham).toBe(0);
  });

  it('development swaps: 10/1/1 (0/3/9 before)', () => {
    expect(verdictCounts(dev.SWAP_SPAM_DEV).spam).toBeGreaterThanOrEqual(10);
  });

  it('development genuine comments: none to spam, 10 of 14 published (as before)', () => {
    const counts = verdictCounts(dev.FREEBIE_SWAP_GENUINE_DEV);
    expect(counts.spam).toBe(0);
    expect(counts.ham).toBeGreaterThanOrEqual(10);
  });

  it('held out (measured once): spam 11/1/0 (4/2/6 before), genuine 0/1/7 (as before)', () => {
    const spam = verdictCounts(heldout.FREEBIE_SWAP_SPAM_HELDOUT);
    expect(spam.spam).toBeGreaterThanOrEqual(11);
    expect(spam.ham).toBe(0);
    const genuine = verdictCounts(heldout.FREEBIE_SWAP_GENUINE_HELDOUT);
    expect(genuine.spam).toBe(0);
    expect(genuine.ham).toBeGreaterThanOrEqual(7);
  });
});
