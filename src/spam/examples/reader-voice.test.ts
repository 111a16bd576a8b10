// Known answers for the readers' voices (issue 15, 2026-12-07, sixth session; docs/spam.md,
// "Readers' voices: support complaints, public numbers, own income, scam warnings"): a reader
// judging brands' support lines, passing on a public body's or a union's number, telling their
// own shop's or side project's income, or warning about loan adverts by quoting them; and the
// spam beside each that must still count. The sentences of the first blocks are written for this
// test; the last block holds the batches' figures as floors and ceilings.
import { describe, expect, it } from 'vitest';
import { offerCount } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts, verdictOf } from '../../../test/support/spam-verdicts.ts';
import { builtinModel, scoreComment } from '../index.ts';
import * as dev from './reader-voice-examples.ts';
import * as heldout from './reader-voice-heldout-examples.ts';

const model = builtinModel();
const codes = (text: string): string[] => scoreComment({ content: text }, model).reasons.map((r) => r.code);
const loan = (text: string): number => offerCount(text, 'loan-offer');
const earnings = (text: string): number => offerCount(text, 'earnings-offer');

describe("a reader judging brands' support lines names no line to call", () => {
  it.each([
    'Xfinity support and Spectrum support are equally useless, I gave up and switched providers.',
    'Поддержка Билайна и горячая линия МТС — одно и то же, бесполезно звонить.',
    '淘宝客服和京东客服都一样，投诉了也没用。',
  ])('%s', (text) => {
    expect(codes(text)).not.toContain('brand-support');
    expect(codes(text)).not.toContain('support-line');
  });

  it.each([
    'Xfinity support number, Spectrum support number, Verizon customer service number, AT&T helpline',
    'Xfinity support is useless? Call our experts at 1-888-555-0147 for any issue.',
    'Поддержка Билайна бесполезна? Звоните нам: 8 800 555 0110, наши специалисты помогут удалённо.',
  ])('still counts with no judgement, or with a number and a pitch: %s', (text) =>
    expect(codes(text)).toContain('support-line'),
  );
});

describe("a public body's or a union's number", () => {
  it.each([
    'Please call the support team of the pension ministry at 8 800 200 3344, they answered within minutes.',
    'Работаем без выходных, звоните в профсоюз: +7 701 333 4455, там помогут составить жалобу.',
    'Звоните в трудовую инспекцию: 8 800 707 1122, если зарплату задерживают.',
    '单位不给加班费可以找工会，电话 010-8520 6677。',
  ])('is given back: %s', (text) => {
    expect(codes(text)).toContain('public-body-number');
    expect(verdictOf(text)).toBe('ham');
  });

  it('a seller "working without days off" still pitches', () =>
    expect(
      codes('Ремонт стиральных машин без выходных, выезд мастера, недорого, звоните +7 701 555 6677'),
    ).toContain('service-pitch'));
});

describe("a reader's own shop or side project", () => {
  it.each([
    'We made about $5,000 a month from our corner shop until the rent doubled, the petition: https://www.change.org/p/corner-shops',
    '我家的小吃店以前一个月能赚一万五，现在生意差多了，请愿在这里：https://www.change.org/p/xiaochi',
    'I get about $300 a month from the paid tier of my Rust CLI tool, the source: https://github.com/asel-k/rcli',
  ])('counts no earnings offer: %s', (text) => expect(earnings(text)).toBe(0));

  it.each([
    'I make $600 a month from home with this simple online system, you can too: https://cash-system.site',
    '一个月能赚两万，你也可以，加微信 zq6677',
    'I make about $300 a month from the paid tier of my app, you can too, here is how: https://github.com/easy/guide',
  ])('still counts when it recruits: %s', (text) => expect(earnings(text)).toBeGreaterThanOrEqual(1));

  it('a petition page is a cited source beside a shop\u2019s income', () =>
    expect(
      codes(
        'Our bakery took in about $7,000 a month before the new fee, the petition with our figures: https://www.change.org/p/bakery-fee',
      ),
    ).toContain('cited-source'));
});

describe('a warning about loan adverts quotes them', () => {
  it.each([
    '那些"不看征信，当天到账"的网贷广告千万别信。',
    'Anyone promising "no credit check, guaranteed approval" is a loan shark, do not trust them.',
  ])('counts no loan offer: %s', (text) => expect(loan(text)).toBe(0));

  it.each([
    '别信别家的广告，正规秒下款，不看征信，加微信 dk7788',
    '千万别错过！秒下款，不看征信，电话 138 0000 1234',
  ])('the lender with a contact still counts: %s', (text) => expect(loan(text)).toBeGreaterThanOrEqual(1));
});

describe('the batches (figures measured when the change landed, docs/spam.md)', () => {
  it('development readers are published (one judged list and one loan-shark warning still held)', () => {
    expect(verdictCounts(dev.OWN_INCOME_GENUINE_DEV).unpublishedTexts).toEqual([]);
    expect(verdictCounts(dev.PUBLIC_NUMBER_GENUINE_DEV).unpublishedTexts).toEqual([]);
    expect(verdictCounts(dev.SUPPORT_COMPLAINT_GENUINE_DEV).spam).toBe(0);
    expect(verdictCounts(dev.SUPPORT_COMPLAINT_GENUINE_DEV).hold).toBeLessThanOrEqual(1);
    expect(verdictCounts(dev.SCAM_WARNING_GENUINE_DEV).spam).toBe(0);
    expect(verdictCounts(dev.SCAM_WARNING_GENUINE_DEV).hold).toBeLessThanOrEqual(1);
  });

  it('development spam is caught as before', () => {
    expect(verdictCounts(dev.READER_VOICE_SPAM_DEV).spam).toBeGreaterThanOrEqual(12);
  });

  it('held out (measured once): the floors and ceilings', () => {
    expect(verdictCounts(heldout.READER_VOICE_SPAM_HELDOUT).spam).toBe(10);
    expect(verdictCounts(heldout.READER_VOICE_GENUINE_HELDOUT).spam).toBe(0);
  });
});
