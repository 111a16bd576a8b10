// The plugs in a video's comments (issue 15, 2026-12-07, seventh session; docs/spam.md, "Plugs in
// a video's comments"): the batches' figures measured when the change landed, as floors and
// ceilings. The genuine development comments the shipped model still sends to spam ("I subscribed
// to her channel", a complaint about channel spam, one official link) were spam before the change
// too: their words, not the plugs, send them there.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import * as dev from './video-plug-examples.ts';
import * as heldout from './video-plug-heldout-examples.ts';

describe('plugs in a video’s comments: the batches', () => {
  it('development spam: 25 of 26 to spam (16 before), none published', () => {
    const counts = verdictCounts(dev.VIDEO_PLUG_SPAM_DEV);
    expect(counts.spam).toBeGreaterThanOrEqual(25);
    expect(counts.ham).toBe(0);
  });

  it('development genuine comments: no more to spam than before (5), 18 of 24 published', () => {
    const counts = verdictCounts(dev.VIDEO_PLUG_GENUINE_DEV);
    expect(counts.spam).toBeLessThanOrEqual(5);
    expect(counts.ham).toBeGreaterThanOrEqual(18);
  });

  it('held out (measured once): spam 10/2/0 (9/1/2 before), genuine 2/1/9 (as before)', () => {
    expect(verdictCounts(heldout.VIDEO_PLUG_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(10);
    expect(verdictCounts(heldout.VIDEO_PLUG_SPAM_HELDOUT).ham).toBe(0);
    expect(verdictCounts(heldout.VIDEO_PLUG_GENUINE_HELDOUT).spam).toBeLessThanOrEqual(2);
  });

  it('second round, development: spam 9/1/0 (1/4/5 before), genuine 0/0/8 (as before)', () => {
    expect(verdictCounts(dev.VIDEO_PLUG_INTRO_SPAM_DEV).spam).toBeGreaterThanOrEqual(9);
    expect(verdictCounts(dev.VIDEO_PLUG_INTRO_GENUINE_DEV).unpublishedTexts).toEqual([]);
  });

  it('second round, held out (measured once): spam 5/1/0 (1/0/5 before), genuine 0/0/6 (as before)', () => {
    expect(verdictCounts(heldout.VIDEO_PLUG_INTRO_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(5);
    expect(verdictCounts(heldout.VIDEO_PLUG_INTRO_SPAM_HELDOUT).ham).toBe(0);
    expect(verdictCounts(heldout.VIDEO_PLUG_INTRO_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
  });
});
