// Known answers of issue 15's bank, airline and telecom hotlines (2026-12-07, late;
// support-reader.ts): a reader's own past-tense case with their bank's, airline's or operator's
// hotline, naming no impersonated brand and pitching nothing, gives the number no support context;
// fake support spam (brand lists, "call our experts", toll-free with a brand, 24/7 for all errors)
// keeps it. In English, Russian and Chinese. The sentences are written for this test, not taken from
// the example files; the last block holds floors on the batches.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../../test/support/spam-verdicts.ts';
import { analyzeComment } from '../../analyze.ts';
import { BANK_HOTLINE_GENUINE_DEV, BANK_HOTLINE_SPAM_DEV } from '../../examples/bank-hotline-examples.ts';
import {
  BANK_HOTLINE_GENUINE_HELDOUT,
  BANK_HOTLINE_SPAM_HELDOUT,
} from '../../examples/bank-hotline-heldout-examples.ts';
import { builtinModel } from '../../classifier/builtin.ts';
import { DEFAULT_BITS } from '../../classifier/model.ts';
import { scoreComment } from '../../score.ts';
import { SIGNAL_CODES } from '../signals.ts';
import { isReaderSupportCase } from './support-reader.ts';

const signal = (raw: string, code: string): number => {
  const a = analyzeComment({ content: raw }, DEFAULT_BITS);
  return a.counts[SIGNAL_CODES.indexOf(code as never)] ?? 0;
};

describe("a reader's own case with its hotline gives the number no support context", () => {
  it.each([
    'I disputed the charge and my bank reversed it, the helpline is 1-800-555-0138.',
    'We rang the airline hotline at 1-888-555-0125 after the delay and they refunded the seats.',
    'My provider credited the outage days after I called their customer service number 1-877-555-0116.',
    'Я позвонил на горячую линию банка 8 800 555 10 10, и списание отменили за день.',
    'Авиакомпания вернула деньги за рейс, я звонила по номеру поддержки 8 800 555 20 20.',
    '信用卡多扣了钱，我打了银行客服电话 400-555-0100 投诉，第二天就退回了。',
  ])('%s', (text) => {
    expect(signal(text, 'support-number')).toBe(0);
    expect(signal(text, 'support-line')).toBe(0);
  });
});

describe('fake support spam keeps its support signals', () => {
  it.each([
    // a brand, a brand list, toll-free with a brand
    'Chase customer service number 1-866-555-0140 toll free, call for card and login help.',
    'I called the Coinbase support number 1-877-555-0150 and they recovered my wallet, great team.',
    'Garmin helpline number, Roku support number, Netgear support phone number: 1-855-555-0160.',
    // a pitch without a brand
    'Bank account locked? Our certified agents at 1-844-555-0170 fix all login issues 24/7.',
    'Refunded in minutes! Call now 1-833-555-0180, our experts handle any airline refund.',
    'Горячая линия банка 8 800 555 30 30 — звоните, наши специалисты вернут деньги по любым вопросам.',
    '银行退款客服电话 400-555-0190 ，24小时人工客服，请拨打。',
  ])('%s', (text) => expect(signal(text, 'support-number')).toBeGreaterThan(0));
});

describe('the reader test itself', () => {
  it('needs a past-tense account of an institution, no brand, one line phrase, no pitch', () => {
    expect(isReaderSupportCase('my bank refunded it after i called the hotline', 1, 0)).toBe(true);
    expect(isReaderSupportCase('my bank refunded it after i called the hotline', 1, 1)).toBe(false);
    expect(isReaderSupportCase('my bank refunded it after i called the hotline', 2, 0)).toBe(false);
    expect(isReaderSupportCase('i called the hotline, call now for all errors', 1, 0)).toBe(false);
    expect(isReaderSupportCase('the hotline number of the bank', 1, 0)).toBe(false);
    expect(isReaderSupportCase('i called the hotline and they fixed my printer', 1, 0)).toBe(false);
  });
});

describe('must stay ham', () => {
  const model = builtinModel();
  it.each([
    'const hotline = "1-800-555-0101"; // bank refunded in test fixture',
    '2026-12-07 05:40:01 WARN bank refund 4411 failed, retry 3',
    'Is the bank hotline 1-800-555-0102 open on Sundays? I called twice and nobody answered.',
    'Beware of "bank support number" comments, I called one and it was a scammer asking for my PIN.',
  ])('%s', (text) => expect(scoreComment({ content: text }, model).verdict).not.toBe('spam'));
});

describe("the shipped model's verdicts of the batches", () => {
  // Floors and ceilings at the figures of the change (docs/spam.md, "Readers' bank and airline hotlines").
  it('development batch', () => {
    expect(verdictCounts(BANK_HOTLINE_GENUINE_DEV).spamTexts).toEqual([]);
    expect(verdictCounts(BANK_HOTLINE_SPAM_DEV).spam).toBeGreaterThanOrEqual(8);
  });
  it('held-out batch', () => {
    expect(verdictCounts(BANK_HOTLINE_GENUINE_HELDOUT).spamTexts).toEqual([]);
    expect(verdictCounts(BANK_HOTLINE_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(6);
  });
});
