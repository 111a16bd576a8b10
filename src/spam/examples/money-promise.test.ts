// Known answers of the money-promise audit (2026-12-07, money-promise-patterns.ts): a return as a
// rate per period, a multiple in a period, an unconditional promise (yield-offer), an amount per
// period addressed to the reader and a payout to everyone beside a link or a contact
// (earnings-offer), and `claimsEarnings`'s stronger reading, in English, Russian and Chinese; the
// money talk of genuine readers (a bank's rate, inflation, wages, pensions, crypto news, warnings,
// questions, payouts reported in the past tense), which must count nothing; and floors on the
// shipped model's verdicts of the development and held-out batches. The sentences of the first
// blocks are written for this test, not taken from the example files.
import { describe, expect, it } from 'vitest';
import { offerCount as count } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { MONEY_PROMISE_GENUINE_DEV, MONEY_PROMISE_SPAM_DEV } from './money-promise-examples.ts';
import {
  MONEY_PROMISE_GENUINE_HELDOUT,
  MONEY_PROMISE_SPAM_HELDOUT,
} from './money-promise-heldout-examples.ts';
import { normalizeText } from '../text/normalize.ts';
import { type OfferSignalCode } from '../signals/offers/offers.ts';
import { claimsEarnings } from '../signals/own-promotion.ts';

const money = (raw: string): number => count(raw, 'yield-offer') + count(raw, 'earnings-offer');

describe('money promises count in every script', () => {
  it.each<[OfferSignalCode, string]>([
    ['yield-offer', 'Our club pays 4% a week on every deposit, join via telegram @club4'],
    ['yield-offer', 'Monthly returns of 25% with zero risk, register today'],
    ['yield-offer', 'ROI 250% for early members, write me on whatsapp'],
    ['yield-offer', 'Triple your savings in 20 days, message me'],
    ['yield-offer', 'Прибыль 15% в неделю, пишите в телеграм @pribyl15'],
    ['yield-offer', 'Доходность 60% годовых гарантируем каждому вкладчику'],
    ['yield-offer', 'Утроим ваш капитал за месяц, подробности по ссылке https://triple.top/go'],
    ['yield-offer', '每月收益15%，加微信 jj1234'],
    ['yield-offer', '保本保息，欢迎咨询客服'],
    ['yield-offer', '十天回本，联系我'],
    ['earnings-offer', 'You can make $400 a day, link in bio'],
    ['earnings-offer', 'Passive income while you sleep, DM me for details'],
    ['earnings-offer', 'Заработок от 8000 ₽ в день, пишите в личку'],
    ['earnings-offer', 'Доход пока вы спите, подробности в профиле'],
    ['earnings-offer', '每天轻松赚800，私聊'],
    [
      'earnings-offer',
      'The state pays every pensioner 40,000 rubles, check at https://pensia-pay.site/check',
    ],
    ['earnings-offer', 'Раздаём по 80 000 тенге, ссылка: https://razdacha.top/kz'],
    ['earnings-offer', 'Каждому жителю выплата 90 000 тенге, заявка тут https://vyplata90.site'],
    ['earnings-offer', '人人可领两千元红包 http://hongbao.top/get'],
  ])('%s: %s', (code, text) => expect(count(text, code)).toBeGreaterThan(0));
});

describe("genuine readers' money talk counts nothing", () => {
  it.each([
    'Halyk now pays 15% a year on deposits, still below inflation.',
    'Prices went up 2% a month all spring.',
    'Inflation is running at 1% a month according to the statistics agency.',
    'Those schemes promising 5% a week are a Ponzi, report them to the police.',
    'Is 20% monthly even possible? I doubt it.',
    'My salary is $800 a month and rent takes half.',
    'The government paid every citizen 42,500 tenge during the lockdown: https://www.gov.kz/memleket',
    'Bitcoin doubled in a year, but it can halve again.',
    'Депозиты в Халык дают 14% годовых, это меньше инфляции.',
    'Цены растут на 2% в месяц, зарплата стоит.',
    'Обещают 30% в месяц? Это пирамида, не ведитесь.',
    'Правда ли каждому гражданину выплата 100 000 тенге?',
    'Правительство выплатило по 42 500 тенге каждому гражданину, https://www.gov.kz/news',
    'Я зарабатываю 300 тысяч в месяц и еле хватает.',
    '央行把一年期存款利率下调到1.5%。',
    '物价每月涨2%，工资却不涨。',
    '月收益30%肯定是骗局，别上当。',
    '我一个月赚八千，房租就要三千。',
    '政府给每人发放了500元消费券，新闻里说的。',
    'Gold rose 5% a month this spring, according to @markets_daily',
    'Kaspi pays 14% a year on deposits, see https://kaspi.kz/deposit',
    'Our fund paid 5% a week until it collapsed, I lost everything',
    'Нефть подорожала на 10% за месяц, пишут в телеграм',
    '比特币一周涨了20%，群里都在说',
  ])('%s', (text) => expect(money(text)).toBe(0));
});

describe('claimsEarnings reads the stronger promises', () => {
  it.each([
    'Double your money in 10 days with our bot',
    'Guaranteed 30% monthly for every investor',
    'Удвоим депозит за неделю',
    '一个月翻倍，稳赚不赔',
    '每人可领三千元补贴',
  ])('claims: %s', (text) => expect(claimsEarnings(normalizeText(text).text)).toBe(true));
  it.each([
    'Prices doubled in a year',
    'The fund returned 7% annually',
    'Халык поднял ставку до 15% годовых',
    '存款利率1.5%',
    'Is it true that everyone gets $1000? Sounds like a scam',
  ])('does not: %s', (text) => expect(claimsEarnings(normalizeText(text).text)).toBe(false));
});

describe("the shipped model's verdicts of the audit's batches", () => {
  // Floors and ceilings at the figures of the change (docs/spam.md, "Money promises").
  it('development batch', () => {
    expect(verdictCounts(MONEY_PROMISE_SPAM_DEV).spam).toBeGreaterThanOrEqual(35);
    expect(verdictCounts(MONEY_PROMISE_GENUINE_DEV).unpublishedTexts).toEqual([]);
  });
  it('held-out batch', () => {
    expect(verdictCounts(MONEY_PROMISE_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(HELDOUT_SPAM_FLOOR);
    expect(verdictCounts(MONEY_PROMISE_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
  });
});

const HELDOUT_SPAM_FLOOR = 12;
