// Known answers for the gaps closed on 2026-12-07, fifth session (issue 15; docs/spam.md, "Open
// gaps: codes, payouts, project income, spun praise, word domains, WeChat stand-ins"): earnings
// testimonials with a hyphenated or Cyrillic-folded code, a subject far from its verb, a payout, an
// address to students; a reader's own project income beside its repository; spun blog praise
// before a keyword tail; bare domains on word-like top-level domains and the code that writes such
// words; 薇 as WeChat and Chinese lenders' promises. The sentences of the first blocks are written
// for this test; the last block holds the batches' figures as floors and ceilings.
import { describe, expect, it } from 'vitest';
import { offerCount } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { normalizeText } from '../text/normalize.ts';
import { isBlogPraise } from '../signals/seo/blog-praise.ts';
import { withoutKeywordTail } from '../signals/seo/seo.ts';
import * as dev from './open-gaps-examples.ts';
import * as heldout from './open-gaps-heldout-examples.ts';

const earnings = (text: string): number => offerCount(text, 'earnings-offer');
const loan = (text: string): number => offerCount(text, 'loan-offer');
const links = (text: string): number => normalizeText(text).urls.length;

describe('earnings: the shapes the referral reading missed count', () => {
  it.each([
    'Sign up with referral code MX-4410 and I promise it works, I clear $320 a day on my phone',
    'I, a retired bus mechanic from Perth, make $210 a day with the app, link in my bio',
    'Just got my second $940 payout from Surveyly, enter promo code SV-12 when you join',
    'Заработал 40 000 за неделю, вводи промокод TAKCA3 при регистрации', // TAKCA3 folds to «такса3»
    'Домохозяйки! Работа с телефона, от 1200 рублей в день, подробности в директ',
    'Я пенсионерка, но получаю по 3500 в день в приложении, подробности в профиле',
    '上周提现到账两千，填我的邀请码 HB-77 领红包',
  ])('%s', (text) => expect(earnings(text)).toBeGreaterThanOrEqual(2));
});

describe("earnings: readers' look-alikes count nothing", () => {
  it.each([
    'Я пенсионерка, получаю пенсию 19 000 в месяц, промокод аптеки на скидку так и не пришёл.',
    'Студенты! Стипендию 9 000 в месяц теперь платят только на карту, подробности на сайте вуза.',
    'My mother, a pensioner from Pavlodar, got a $120 payout from the insurer after the flood.',
    'The gate code AB-1120 was wrong and I, a courier from Almaty, lost $40 that day.',
  ])('%s', (text) => expect(earnings(text)).toBe(0));
});

describe("a reader's own project income beside its repository", () => {
  it.each([
    'I get around $250 a month from GitHub Sponsors for my YAML linter, the repo: https://github.com/aigul/yamlint-kz',
    'Наш проект получает около 40 000 в месяц пожертвованиями, репозиторий: https://github.com/kz-nlp/tokenizer',
    '我维护的开源库每个月有一千多赞助，代码：https://github.com/li-dev/pinyin-fast',
  ])('counts nothing: %s', (text) => expect(earnings(text)).toBe(0));

  it.each([
    'I make $1,500 a month with this repo, you can too, here is how: https://github.com/easy-cash/guide',
    'Зарабатываю 90 000 в месяц, ты тоже сможешь, вот как: https://github.com/dengi-bot/start',
    '我每个月赚八千，你也可以，教程：https://github.com/zhuanqian/guide',
  ])('still counts when it recruits: %s', (text) => expect(earnings(text)).toBeGreaterThanOrEqual(1));
});

describe('spun praise of the blog before a keyword tail', () => {
  const head = (text: string): string => withoutKeywordTail(normalizeText(text).text);

  it.each([
    'I added your blog to my favourites and will tell my friends about it. Cheap hotels Bali',
    'Your weblog is great, I subscribed to the RSS feed today. Tree removal services Austin',
  ])('is praise to the tail: %s', (text) => {
    const h = head(text);
    expect(h).not.toBe(normalizeText(text).text);
    expect(isBlogPraise(h)).toBe(true);
  });

  it.each([
    'Great post, thanks for sharing your setup!',
    'Bookmarked. Does this work on Alpine too?',
    'I shared your article with my colleagues, we had the same problem with the customs forms.',
  ])('a reader keeps no tail: %s', (text) => expect(head(text)).toBe(normalizeText(text).text));
});

describe('bare domains on word-like top-level domains', () => {
  it.each([
    'Big savings at weekly-best.deals',
    'Cash in 10 minutes: moneyfast.loans',
    'Odds boosted at sportwin.bet',
    'Free spins at goldspin.casino',
  ])('a link: %s', (text) => expect(links(text)).toBe(1));

  it.each([
    'I read obj.store in the watcher and it is stale.',
    'cart.shop is null after logout',
    'user.vip is false for everyone after the migration',
    'We pinned 2.3.top in the lockfile by mistake',
    'I lost the bet.loans are not the answer', // a run-on: a short word before it
  ])('no link: %s', (text) => expect(links(text)).toBe(0));
});

describe('Chinese: 薇 as WeChat, lenders’ promises', () => {
  it('薇 with an id after it is WeChat; 薇 in a name is not', () => {
    expect(normalizeText('加薇：ab1234 详聊').text).toContain('微信');
    expect(normalizeText('我同学张薇在口岸工作。').text).not.toContain('微信');
  });

  it.each(['黑白户都能贷，无需抵押，当天到账', '急用钱？不看征信，当日到账'])('counts: %s', (text) =>
    expect(loan(text)).toBeGreaterThanOrEqual(2),
  );

  it.each(['退税当天到账，银行效率挺高。', '我用微信转账，当天到账。'])('no loan: %s', (text) =>
    expect(loan(text)).toBe(0),
  );
});

describe('the batches (figures measured when the change landed, docs/spam.md)', () => {
  it('development spam is caught', () => {
    expect(verdictCounts(dev.EARNINGS_GAP_SPAM_DEV).ham).toBe(0);
    expect(verdictCounts(dev.PRAISE_TAIL_SPAM_DEV).ham).toBe(0);
    expect(verdictCounts(dev.PROJECT_INCOME_SPAM_DEV).spam).toBe(5);
    expect(verdictCounts(dev.WORD_DOMAIN_SPAM_DEV).ham).toBeLessThanOrEqual(1);
    expect(verdictCounts(dev.ZH_CONTACT_LOAN_SPAM_DEV).spam).toBe(10);
  });

  it('development readers stay published', () => {
    for (const batch of [
      dev.EARNINGS_GAP_GENUINE_DEV,
      dev.PRAISE_TAIL_GENUINE_DEV,
      dev.WORD_DOMAIN_GENUINE_DEV,
      dev.ZH_CONTACT_LOAN_GENUINE_DEV,
    ])
      expect(verdictCounts(batch).unpublishedTexts).toEqual([]);
    // (the bakery reader linking a petition page: spam until 2026-12-07's sixth session, held since,
    // its petition a cited source; reader-voice.test.ts)
    expect(verdictCounts(dev.PROJECT_INCOME_GENUINE_DEV).spam).toBeLessThanOrEqual(1);
  });

  it('held out (measured once): the floors and ceilings', () => {
    expect(verdictCounts(heldout.EARNINGS_GAP_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(9);
    expect(verdictCounts(heldout.PRAISE_TAIL_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(6);
    expect(verdictCounts(heldout.WORD_DOMAIN_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(5);
    expect(verdictCounts(heldout.ZH_CONTACT_LOAN_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(4);
    expect(verdictCounts(heldout.EARNINGS_GAP_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
    expect(verdictCounts(heldout.PRAISE_TAIL_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
    expect(verdictCounts(heldout.WORD_DOMAIN_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
    expect(verdictCounts(heldout.PROJECT_INCOME_GENUINE_HELDOUT).spam).toBeLessThanOrEqual(1);
    expect(verdictCounts(heldout.ZH_CONTACT_LOAN_GENUINE_HELDOUT).spam).toBe(0);
  });
});
