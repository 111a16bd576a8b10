// A seller's advert opening with a rhetorical question (issue 15, 2026-12-07, third session;
// docs/spam.md, "Adverts that open with a question"): the descriptive terms of service-pitch.ts
// ("door to door", «под ключ», 门到门) count in the comment's statements beside a way to buy, and
// never inside a reader's question. Then the shipped model's verdicts on the examples.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import * as ex from './ad-question-examples.ts';
import { normalizeText } from '../text/normalize.ts';
import { countServicePitch } from '../signals/service-pitch.ts';

const pitch = (raw: string): number => countServicePitch(normalizeText(raw));

describe('descriptive terms after an advert’s opening question', () => {
  it.each([
    ['"We handle customs", door to door', ex.AD_QUESTION_SPAM_DEV[0] as string, 2],
    ['«под ключ», «растаможка включена»', ex.AD_QUESTION_SPAM_DEV[1] as string, 2],
    ['门到门, 双清包税', ex.AD_QUESTION_SPAM_DEV[2] as string, 2],
  ])('%s', (_name, text, atLeast) => {
    expect(pitch(text)).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    [
      'inside the question, with a number',
      'Which forwarder goes door to door? Call me back on +7 701 222 33 44, my cousin asked.',
    ],
    ['a reader’s question', ex.AD_QUESTION_GENUINE_DEV[0] as string],
    ['no way to buy', ex.AD_QUESTION_GENUINE_DEV[2] as string],
  ])('%s counts nothing', (_name, text) => {
    expect(pitch(text)).toBe(0);
  });
});

describe('the shipped model on the examples (figures of docs/spam.md)', () => {
  it('development: adverts 0/1/2 before, 3/0/0 after; readers 0/0/3 both', () => {
    expect(verdictCounts(ex.AD_QUESTION_SPAM_DEV).spam).toBe(3);
    expect(verdictCounts(ex.AD_QUESTION_GENUINE_DEV).ham).toBe(3);
  });

  it('held out (measured once: adverts 1/1/0 before, 2/0/0 after; readers 0/0/2 both)', () => {
    expect(verdictCounts(ex.AD_QUESTION_SPAM_HELDOUT).spam).toBe(2);
    expect(verdictCounts(ex.AD_QUESTION_GENUINE_HELDOUT).ham).toBe(2);
  });
});
