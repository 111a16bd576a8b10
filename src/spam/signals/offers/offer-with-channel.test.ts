// Known answers of `offer-with-channel` (analyze.ts, signals.ts): an offer phrase of any family
// together with a way to buy (a link that is not a public reference, an e-mail address, a phone
// number, a messenger handle, the form's website), in English, Russian and Chinese; and what must
// count nothing: an offer with no channel, a channel with no offer, a reader's report or question.
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../../analyze.ts';
import { DEFAULT_BITS } from '../../classifier/model.ts';
import { SIGNAL_CODES, SIGNAL_INFO } from '../signals.ts';

const value = (input: { content: string; author?: string; url?: string }): number =>
  analyzeComment(input, DEFAULT_BITS).signals[SIGNAL_CODES.indexOf('offer-with-channel')] ?? 0;

describe('offer-with-channel', () => {
  it('is hand-set and fixed', () => {
    expect(SIGNAL_INFO['offer-with-channel']).toMatchObject({ prior: 1.5, fixed: true });
  });

  it.each([
    'Instant payday loans with no credit check, money today: fastcash-now.com',
    'Payday loan with no credit check, approval in 10 minutes, call 1-800-555-0188',
    'Buy Tramadol online without prescription, discreet shipping, order at pills-rx.com',
    'Займ на карту без проверки кредитной истории, одобрение за 5 минут: zaim-fast.kz',
    'Купить диплом любого вуза с занесением в реестр, пишите на diplom.sale@mail.ru',
    '无抵押贷款，当天放款，额度5万起，电话 138 2233 4455',
  ])('counts: %s', (content) => expect(value({ content })).toBe(1));

  it('counts the form’s website as the channel', () => {
    expect(
      value({
        content: 'Payday loans with no credit check and instant approval, apply today.',
        url: 'https://fastcash-now.com',
      }),
    ).toBe(1);
  });

  it.each([
    // an offer with no way to buy
    'Payday loans with no credit check and instant approval, apply today.',
    // a channel with no offer
    'The ministry published the loan rules here: https://www.gov.kz/memleket/entities/finance',
    'Full report at https://tengrinews.kz/kazakhstan_news/ — page 3 has the table.',
    'Email me at reader@mail.ru if you want the scan of the treaty.',
    // a reader's report, question or warning about a loan, with a link or a number
    'My cousin took a payday loan at 2% a day and now owes triple; the regulator’s page is https://www.gov.kz',
    'Can I get a loan without a credit check? The bank at +7 727 250 40 40 said no.',
    'Мошенники обещают займ без проверки кредитной истории; полиция пишет об этом на polisia.kz',
    '这些所谓无抵押贷款都是骗局，报警电话 110。',
  ])('counts nothing in: %s', (content) => expect(value({ content })).toBe(0));
});
