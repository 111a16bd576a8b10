// Known answers of earnings testimonials with a way in and money apps promoted with a referral or
// invite code (issue 15, 2026-12-07; referral-earnings.ts; docs/spam.md, "Earnings testimonials and
// referral codes"): the income claim counts beside a way in (a code with the code itself, an app or
// a site to search or download, details in the writer's profile or DMs, a link in the pitch's
// frame), never alone, and never in a reader's salary, price, bank app, promo code in the news,
// invitation letter, warning or write-up. The sentences of the first blocks are written for this
// test, not taken from the example files; the last block holds the batches' figures as floors.
import { describe, expect, it } from 'vitest';
import { offerCount } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { REFERRAL_GENUINE_DEV, REFERRAL_SPAM_DEV } from './referral-earnings-examples.ts';
import { REFERRAL_GENUINE_HELDOUT, REFERRAL_SPAM_HELDOUT } from './referral-earnings-heldout-examples.ts';

const earnings = (text: string): number => offerCount(text, 'earnings-offer');

describe('an income claim with a way in counts', () => {
  it.each([
    'My roommate makes $250 a day with this app, enter my referral code ROOM42 when you register',
    'I pocketed $2,100 last month doing surveys, search "PollPay" on Google and try it',
    'Been making $90 daily from my phone, link in bio',
    'Подруга получает по 4000 в день, промокод DENGI24 в приложении даёт бонус',
    'Зарабатываю 80 000 в месяц не выходя из дома, подробности в шапке профиля',
    '一个月赚了六千，填我的邀请码 K9J7 注册就送红包',
    '每天轻松赚两百，方法在我主页',
  ])('%s', (text) => expect(earnings(text)).toBeGreaterThanOrEqual(2));

  it('a link in the pitch frame is a way in: one phrase beside the link', () => {
    expect(earnings('I made $3,900 last month from home, here is how: https://cash-steps.example.top')).toBe(
      1,
    );
  });
});

describe('one half alone counts nothing', () => {
  it.each([
    'I made $1,900 last month, more than I expected from the harvest.', // an amount, no way in
    'Use my referral code TAXI77 for a free first ride in Almaty.', // a code, no income claim
    'I work from home now and the new railway timetable suits me.', // "from home" alone
    'Check the summit programme here: https://summit.example.org/programme', // a link alone
    'Промокод MONET50 на скидку в аптеке, пользуйтесь.',
    '邀请码 8K3D2，新用户注册送流量。',
  ])('%s', (text) => expect(earnings(text)).toBe(0));
});

describe("readers' words near the family count nothing", () => {
  it.each([
    'I earn $60 an hour as a contractor, the customs rules cost me a week. Details: https://medium.com/@me/customs',
    'We made $4,000 last month from the food truck at the Expo, the photos are here https://instagram.com/x',
    'My brother makes $3,000 a month in Seoul on a factory contract, see https://www.gov.kz/labour-migration',
    'Exit code 137 again: I make 3 requests a second and the pod dies; my code is at https://gitlab.com/me/app',
    'Run `make build`, download the app from the releases page and enter code 1234 on first run.',
    'My son earns 40,000 rubles a month; he asked me to use his referral code AB12 for Kaspi, is that a scam?',
    'Я зарабатываю 90 000 в месяц, но на поездку всё равно не хватает. Промокод авиакомпании не сработал.',
    'Моя сестра получает 150 000 в месяц в Алматы, ссылка на вакансии в профиле банка.',
    'Водители фур зарабатывают по 3000 юаней в неделю, промокод на топливо KZ100 выдают всем.',
    '我一个月赚五千，在我主页能看到我在霍尔果斯拍的照片。',
    '每天工作10个小时，一个月赚6000块，下载了铁路12306 app 才买到票。',
    '我朋友一天赚两百说让我填他的邀请码 AB12，这是不是骗局？',
    '我每个月赚八千，但是签证邀请函还没办下来，官网链接：https://www.gov.cn/',
  ])('%s', (text) => expect(earnings(text)).toBe(0));
});

it("a seller's own story with a DM ask adds nothing to the older pitch context's one phrase", () => {
  // (the pitch context of market-offer-patterns.ts reads "DM me" beside "I made $200 a day" on main)
  expect(
    earnings(
      "I made $200 a day selling tea during the summit week. DM me if you want the supplier's contact.",
    ),
  ).toBe(1);
});

describe('the shipped model on the examples (figures of docs/spam.md)', () => {
  it('development: spam 0/2/21 before, 20/3/0 after; genuine 0/0/24 both', () => {
    expect(verdictCounts(REFERRAL_SPAM_DEV).spam).toBeGreaterThanOrEqual(20);
    expect(verdictCounts(REFERRAL_SPAM_DEV).ham).toBe(0);
    expect(verdictCounts(REFERRAL_GENUINE_DEV).ham).toBe(24);
  });

  it('held out (measured once: spam 2/0/16 before, 9/3/6 after; genuine 0/0/18 both)', () => {
    expect(verdictCounts(REFERRAL_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(9);
    expect(verdictCounts(REFERRAL_GENUINE_HELDOUT).ham).toBe(18);
  });
});
