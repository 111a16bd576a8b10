// Known answers of issue 15's "stop flagging real readers" (2026-12-07 late; money-reader.ts): a
// reader's refund from their bank, card issuer or airline and a shop's revenue are no testimonial
// (investment-pitch, recovery-scam), a reader's own income told as experience is no earnings
// pitch, and a payout named beside an official portal counts nothing (earnings-offer); in English,
// Russian and Chinese. The scams of the same surface still count: a recovery testimonial naming a
// hacker, agent or expert with a contact, earnings addressed to the reader, a payout with an
// unofficial link. The sentences are written for this test, not taken from the example files; the
// last block holds floors on the batches.
import { describe, expect, it } from 'vitest';
import {
  offerCount as count,
  recoveryCount as recovery,
} from '../../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../../test/support/spam-verdicts.ts';
import { MONEY_READER_GENUINE_DEV, MONEY_READER_SPAM_DEV } from '../../examples/money-reader-examples.ts';
import {
  MONEY_READER_GENUINE_HELDOUT,
  MONEY_READER_SPAM_HELDOUT,
} from '../../examples/money-reader-heldout-examples.ts';

const all = (raw: string): number =>
  count(raw, 'investment-pitch') + count(raw, 'earnings-offer') + recovery(raw);

describe("readers' own money stories count nothing", () => {
  it.each([
    // refunds and chargebacks from the reader's bank, card issuer or airline
    'Got $60 back from my bank after someone cloned my card, ring them at 1-800-555-0123 straight away.',
    'Received $130 back in a week after the chargeback, the bank number is +1 415 555 0109.',
    'Got my $48 back from the airline, their refund page is https://www.delta.com/refunds',
    'Банк вернул 3 000 рублей за ошибочное списание, звонила на 8 800 555 35 35.',
    '银行退回了被盗刷的600元，打了客服电话95588。',
    // a shop's revenue, a salary
    'Our cafe made $7,500 in sales last month, the menu is at https://cornercafe.example.net',
    'My salary went up, I now earn $4,100 every month, the union page: https://union.example.org',
    // income told as experience, on the reader's own blog
    'After three years of freelance editing I made $2,800 a month on average, notes: https://edits.example.com/three-years',
    'My first year as a freelance photographer, I made $1,900 a month before taxes: https://photos.example.org/year-one',
    // a payout beside an official portal
    'Пенсионерам выплата 10 000 рублей — оформите на Госуслугах https://www.gosuslugi.ru/',
    'Every pensioner gets $300 extra this winter, details at https://www.gov.uk/winter-fuel-payment',
    '每人可领取500元消费券，在政府官网申请：https://www.gov.cn/fuwu/',
    // code, a log paste, a question with a number, a warning quoting the scam
    'refund = await bank.chargeback(txn); // got $0 back in the test at line 12',
    '2026-12-07 05:01:12 INFO refund 4411 settled: got $25 back, https://status.example.org',
    'Does my bank at 1-800-555-0166 refund card fraud within a month?',
    "Beware of 'hacker Mike got my $40,000 back, text him' comments, recovery hackers are scammers.",
  ])('%s', (text) => expect(all(text)).toBe(0));
});

describe('the scams of the same surface still count', () => {
  it.each([
    'Got my $22,000 back from a fake exchange thanks to a recovery hacker, email recoverfast@outlook.com',
    'An expert got my $9,500 back in a day, WhatsApp him +1 646 555 0121',
    'Хакер вернул мне все деньги, пишите ему в телеграм @vernu_vse',
    '黑客高手帮我追回了被骗的钱，加他微信 zhuihui_99',
  ])('recovery or testimonial: %s', (text) =>
    expect(count(text, 'investment-pitch') + recovery(text)).toBeGreaterThan(0),
  );
  it.each([
    'I made $2,000 a month on average from home and you can too: https://cash-home.example.top',
    'In my first year I made $4,000 a month, join my team: https://team-cash.example.biz',
    'Пенсионерам выплата 20 000 рублей — оформите на сайте pensia-vyplata.example.site',
    'Every pensioner gets $500, claim at https://www.gov.uk.pension-help.example.top',
    'Every citizen gets $1,000, see https://www.gov.uk/ and message us on telegram @payout_help',
    '每人可领取补贴3000元，领取网址：butie.example.top',
  ])('earnings: %s', (text) => expect(count(text, 'earnings-offer')).toBeGreaterThan(0));
});

describe("the shipped model's verdicts of the batches", () => {
  // Floors and ceilings at the figures of the change (docs/spam.md, "Readers' own money stories").
  it('development batch', () => {
    const spam = verdictCounts(MONEY_READER_SPAM_DEV);
    expect(spam.spam).toBeGreaterThanOrEqual(12);
    expect(spam.spam + spam.hold).toBeGreaterThanOrEqual(15);
    expect(verdictCounts(MONEY_READER_GENUINE_DEV).spam).toBeLessThanOrEqual(2);
  });
  it('held-out batch', () => {
    expect(verdictCounts(MONEY_READER_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(HELDOUT_SPAM_FLOOR);
    expect(verdictCounts(MONEY_READER_GENUINE_HELDOUT).spam).toBeLessThanOrEqual(
      HELDOUT_GENUINE_SPAM_CEILING,
    );
  });
});

const HELDOUT_SPAM_FLOOR = 5;
const HELDOUT_GENUINE_SPAM_CEILING = 1;
