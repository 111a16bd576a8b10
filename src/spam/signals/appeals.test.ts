import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { countCallsToAction, countMoneyOffers } from './appeals.ts';
import { DEFAULT_BITS } from '../classifier/model.ts';
import { normalizeText } from '../text/normalize.ts';
import { SIGNAL_CODES } from './signals.ts';

const calls = (raw: string): number => countCallsToAction(normalizeText(raw).text);
const offers = (raw: string): number => countMoneyOffers(normalizeText(raw).text);

describe('countCallsToAction', () => {
  it.each([
    ['Please like this comment so everyone can see it', 2],
    ['Give my song a listen, it would mean the world', 1],
    ['Take a second to look at my drawings', 0],
    ['Take a look at my new cover!', 1],
    ['click here to win', 1],
    ['Sign up now and get a bonus', 1],
    ['Vote for me in the contest!', 1],
    ['Use my referral code for a discount', 1],
    ['Ставьте лайки и переходите по ссылке', 3],
    ['Проголосуйте за мою работу, пишите в личку', 2],
    ['求点赞！加微信了解详情', 2],
  ])('%s → %i', (text, n) => expect(calls(text)).toBe(n));

  it.each([
    'Voters will decide on the budget in May.',
    'I like this analysis, it shares the view of the committee.',
    'Where do I click to download the council minutes? The link gives a 404.',
    'Could you share the source of the chart?',
    'Голосование в думе перенесли на март.',
    '我喜欢这篇文章的分析。',
  ])('finds nothing in "%s"', (text) => expect(calls(text)).toBe(0));
});

describe('countMoneyOffers', () => {
  it.each([
    ['Earn $200 a day working from home!', 2],
    ['Make money online with this simple trick', 2],
    ['Congratulations, you have won a free iPhone, claim your prize now', 3],
    ['Guaranteed returns: invest 100 and get 20% daily profit', 2],
    ['Заработок в интернете без вложений, от 5000 ₽ в день', 3],
    ['Удалённая работа, пассивный доход', 2],
    ['在家赚钱，日赚500，兼职日结', 4],
  ])('%s → %i', (text, n) => expect(offers(text)).toBe(n));

  it.each([
    'The council will earn less from parking this year.',
    'We won the cup in 1998 and have not since.',
    'Working from the office again after two years feels odd.',
    'Inflation was 3% in March, according to the statistics office.',
    'Доходы бюджета выросли на 3% за год.',
    '今年的收入比去年高。',
  ])('finds nothing in "%s"', (text) => expect(offers(text)).toBe(0));
});

describe('the signals', () => {
  it('are part of every analysed comment, with learned (not hand-set) weights', () => {
    const a = analyzeComment({ content: 'Please like and share! Earn money from home.' }, DEFAULT_BITS);
    const c = SIGNAL_CODES.indexOf('call-to-action');
    const m = SIGNAL_CODES.indexOf('money-offer');
    expect(a.counts[c]).toBeGreaterThan(0);
    expect(a.counts[m]).toBeGreaterThan(0);
    expect(analyzeComment({ content: 'Good reporting.' }, DEFAULT_BITS).signals[c]).toBe(0);
  });
});
