// A bank's or a payment app's support offered by "our operator" in a private messenger (issue 15,
// 2026-12-07, third session; docs/spam.md, "Support offered in a messenger") counts as a service
// advert (contact-offer-patterns.ts), never in a reader's report or warning. Then the shipped
// model's verdicts on the examples.
import { describe, expect, it } from 'vitest';
import { offerCount } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import * as ex from './fake-support-examples.ts';

const advert = (text: string): number => offerCount(text, 'service-advert');

describe('support offered by "our operator" in a messenger', () => {
  it.each(ex.FAKE_SUPPORT_SPAM_DEV)('%s', (text) => {
    expect(advert(text)).toBeGreaterThanOrEqual(1);
  });

  it.each(ex.FAKE_SUPPORT_GENUINE_DEV)('a reader: %s', (text) => {
    expect(advert(text)).toBe(0);
  });

  it('needs the messenger: "contact our operator" with no handle counts nothing', () => {
    expect(advert('Card blocked? Contact our operator in the branch tomorrow morning.')).toBe(0);
  });
});

describe('the shipped model on the examples (figures of docs/spam.md)', () => {
  it('development: adverts 2/1/3 before, 6/0/0 after; readers 0/1/4 both', () => {
    expect(verdictCounts(ex.FAKE_SUPPORT_SPAM_DEV).spam).toBe(6);
    expect(verdictCounts(ex.FAKE_SUPPORT_GENUINE_DEV).spam).toBe(0);
  });

  it('held out (measured once: adverts 0/1/2 before, 3/0/0 after; readers 0/0/3 both)', () => {
    expect(verdictCounts(ex.FAKE_SUPPORT_SPAM_HELDOUT).spam).toBe(3);
    expect(verdictCounts(ex.FAKE_SUPPORT_GENUINE_HELDOUT).ham).toBe(3);
  });
});
