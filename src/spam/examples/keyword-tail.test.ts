// Keyword tails (issue 15, 2026-12-07, third session; docs/spam.md, "Keyword tails"): after
// generic praise, a last sentence that is nothing but a trade's or a product's keywords is an
// anchor (seo.ts), and the praise before it is all the comment says (praise-only.ts reads
// `withoutKeywordTail`). Then the shipped model's verdicts on the examples.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import * as dev from './keyword-tail-examples.ts';
import { KEYWORD_TAIL_GENUINE_HELDOUT, KEYWORD_TAIL_SPAM_HELDOUT } from './keyword-tail-heldout-examples.ts';
import { normalizeText } from '../text/normalize.ts';
import { seoEvidence, withoutKeywordTail } from '../signals/seo/seo.ts';

const anchors = (raw: string): number => {
  const n = normalizeText(raw);
  return seoEvidence(n.text, n.plain, raw).anchors;
};

describe('a keyword tail after praise', () => {
  it.each([
    ['a trade and a place', 'Nice blog, keep posting. Cleaning company in Manchester', 2],
    ['a thing sold', 'Very informative post. Cheap flights to Bali', 1],
    ['a trade near me', 'Awesome content, bookmarked. Emergency plumber near me', 2],
    ['deals', 'Really appreciate you sharing this blog post. Keep writing. Dubai desert safari deals', 1],
  ])('%s is an anchor', (_name, text, n) => {
    expect(anchors(text)).toBe(n);
  });

  it.each([
    [
      'a sentence with a verb',
      'Great article, thanks for sharing. Cheap flights are the only way we travel.',
    ],
    ['an article and an adverb', 'Interesting post. Cheap Chinese trucks everywhere on the roads now.'],
    ['a compound', 'Good read. Visa-free for thirty days, finally.'],
    ['no trade', 'Keep up the good work! Greetings from Osh.'],
    ['news', 'Well written. Sad news for the drivers.'],
    ['no praise before it', 'The border reopened. Cheap flights to Urumqi'],
    ['the keywords alone', 'Cheap flights to Bali'],
  ])('%s is not', (_name, text) => {
    expect(anchors(text)).toBe(0);
  });

  it.each([
    ['after a line break', 'Great post!\nCleaning company in Leeds', 'great post!'],
    ['with trailing marks', 'Great post!   Cheap flights to Bali ! . ', 'great post!'],
    [
      'after a sentence with a decimal',
      'Great post! Prices are 3.5 times higher. Cheap flights to Bali',
      'great post! prices are 3.5 times higher.',
    ],
  ])('finds the tail %s', (_name, text, head) => {
    expect(withoutKeywordTail(normalizeText(text).text)).toBe(head);
  });

  it.each([
    ['a question', 'Great post! Cheap flights to Bali?'],
    ['no space after the mark', 'Nice article.Cheap flights to Bali'],
    ['a line break inside it', 'Nice blog. Cleaning\ncompany in Leeds'],
    ['too short', 'Great post! ab'],
  ])('no tail in %s', (_name, text) => {
    const lower = normalizeText(text).text;
    expect(withoutKeywordTail(lower)).toBe(lower);
  });

  it('leaves the praise for praise-only.ts', () => {
    expect(withoutKeywordTail('nice blog, keep posting. cleaning company in manchester')).toBe(
      'nice blog, keep posting.',
    );
    expect(withoutKeywordTail('nice blog. bakhty is closed on sundays.')).toBe(
      'nice blog. bakhty is closed on sundays.',
    );
  });
});

describe('the shipped model on the examples (figures of docs/spam.md)', () => {
  it('development: spam 0/2/6 before, 6/1/1 after; genuine 0/0/6 both', () => {
    const spam = verdictCounts(dev.KEYWORD_TAIL_SPAM_DEV);
    expect(spam.spam).toBeGreaterThanOrEqual(6);
    expect(verdictCounts(dev.KEYWORD_TAIL_GENUINE_DEV).ham).toBe(dev.KEYWORD_TAIL_GENUINE_DEV.length);
  });

  it('held out (measured once: spam 0/0/6 before, 5/0/1 after; genuine 0/0/5 both)', () => {
    expect(verdictCounts(KEYWORD_TAIL_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(5);
    expect(verdictCounts(KEYWORD_TAIL_GENUINE_HELDOUT).ham).toBe(KEYWORD_TAIL_GENUINE_HELDOUT.length);
  });
});
