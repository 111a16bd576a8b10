// The spam a fresh China–Central Asia news site receives (issue 15, 2026-12-07, late evening;
// docs/spam.md, "Agencies, cash desks, AI bots, recovery pledges, bare domains, brand support"):
// work-permit and labour agencies and USDT cash desks count as service adverts beside a contact,
// AI trading bots as yield offers, a Russian recoverer's pledge («вернём ваши криптоактивы») as a
// recovery phrase, a local trade's address beside a city as a trade's, and a wallet's or bank's
// "support team" pointing to its own site as a service advert. Readers asking, comparing rates,
// warning, or naming their own business count nothing. Batches pinned at the figures measured
// when the change landed (held out: once before and once after).
import { describe, expect, it } from 'vitest';
import { offerCount, recoveryCount } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts, verdictOf } from '../../../test/support/spam-verdicts.ts';
import { tradeAddressWords } from '../signals/seo/trade-address.ts';
import * as dev from './fresh-site-examples.ts';
import * as heldout from './fresh-site-heldout-examples.ts';

const advert = (text: string): number => offerCount(text, 'service-advert');
const yieldOffer = (text: string): number => offerCount(text, 'yield-offer');
const NO_SHOP: ReadonlySet<string> = new Set();

describe('work-permit and labour agencies, USDT cash desks (service-advert)', () => {
  it.each([
    'Work permit for Korea and Poland in 3 weeks, no language needed. WhatsApp +998 90 123 45 67',
    'Work visa for Lithuania and Czechia in 21 days, full package with job and housing. WhatsApp +996 555 123 456',
    'Оформим разрешение на работу в Польше за 3 недели, WhatsApp +48 500 600 700',
    'Трудоустройство в Корею, Японию и ОАЭ, рабочая виза, перелёт за наш счёт. WhatsApp +996 700 11 22 33',
    '出国劳务 日本韩国 包签证 包机票 工资高 微信同号 13800138000',
    'Buy and sell USDT for cash in Dubai and Almaty, best rate, message me on Telegram @cashusdt',
    'Обмен USDT на наличные доллары, Бишкек, тг @kg_usdt',
    '收U 出U 大额小额都可以 当面交易 TG @u_otc_almaty',
  ])('counts: %s', (text) => expect(advert(text)).toBeGreaterThanOrEqual(1));

  it.each([
    // no contact, a question, a report, a promise quoted, ads, laundering
    'Work permit for Korea in 3 weeks? That is what the agency told my cousin.',
    'Is there a WhatsApp number for the work permit office? Work permits for Poland in 3 weeks sound fake.',
    'My cousin got a work permit for Poland through a recruiting agency and waited eight months, not three weeks as they promised.',
    'My brother found work in Poland without the language, the agency there has a WhatsApp group for workers and it helped a lot.',
    'Я продал USDT за наличные через P2P, курс был 12 700 сумов, ниже чем в обменниках.',
    'Which exchange gives the best rate for selling USDT for cash in Tashkent? Binance P2P, Telegram groups?',
    '收U 出U 这些广告在电报群里到处都是，很多是洗钱的。',
    '今天在哈萨克斯坦收U的价格比国内高，差价大概两个点，不过小心被骗。',
    'People on Telegram offering to buy USDT for cash at a premium are often laundering money, police warned today.',
    'Объявления «куплю USDT наличными, пишите в телеграм» — это реклама обменников, которые отмывают деньги.',
  ])('a reader: %s', (text) => expect(advert(text)).toBe(0));
});

describe("a wallet's or bank's support pointing to its own site (service-advert)", () => {
  it.each([
    'Having trouble with your Coinbase account? Our certified support team resolves it fast, reach us through our website.',
    'Если у вас проблемы с аккаунтом Kaspi, наша служба поддержки поможет быстро, подробности на сайте.',
    '您的微信账号被冻结了吗？我们的专业客服团队可以快速帮您解封，详情请访问我们的网站。',
  ])('counts: %s', (text) => expect(advert(text)).toBeGreaterThanOrEqual(1));

  it.each([
    'Our support team at the museum answers questions about the Silk Road exhibition through our website.',
    'I had trouble with my Kaspi account last week, their support fixed it in a day.',
    'We are a clothing shop, follow us on Facebook and Instagram, our team posts new designs, visit our site.',
    'Beware: the "Coinbase support team" that asks you to contact them through their website is a scam.',
  ])('is not: %s', (text) => expect(advert(text)).toBe(0));
});

describe('AI trading bots (yield-offer)', () => {
  it.each([
    'AI trading bot with 90% win rate, passive income $500 per week, DM me on Telegram for access',
    'Торговый бот на искусственном интеллекте, доход 30% в месяц, пишите в ТГ',
  ])('counts: %s', (text) => expect(yieldOffer(text)).toBeGreaterThanOrEqual(1));

  it.each([
    'AI trading bots promising passive income are the new pyramid scheme, the regulator said.',
    'Are the AI trading bots sold on Telegram legit? A colleague is tempted.',
    'Торговые боты в телеграме — это пирамида, предупреждает нацбанк.',
  ])('a reader: %s', (text) => expect(yieldOffer(text)).toBe(0));
});

describe("a recoverer's pledge in Russian (recovery-scam)", () => {
  it.each([
    'Потеряли деньги на бирже? Вернём ваши криптоактивы, пишите в телеграм @crypto_vozvrat',
    'Поможем вернуть средства после обмана на бирже, телеграм @vozvrat_help',
  ])('counts: %s', (text) => expect(recoveryCount(text)).toBeGreaterThanOrEqual(1));

  it.each([
    'Осторожно: «вернём ваши криптоактивы» в телеграме пишут вторые мошенники.',
    'Мы вернём себе доверие к бирже не скоро, пишу об этом в телеграме.',
  ])('a reader: %s', (text) => expect(recoveryCount(text)).toBe(0));
});

describe("a local trade's address (trade-address.ts)", () => {
  it.each([
    ['natyazhnye-potolki-almaty', ['potolki']],
    ['remont-kvartir-astana', ['remont']],
    ['gruzoperevozki-kitay', ['gruzoperevozki']],
    ['stroymaterialy-optom', ['stroymaterialy', 'optom']],
    ['bj-banjia', ['banjia']],
    ['shenzhen-banjia', ['banjia']],
  ])('%s reads as a trade', (host, words) => expect(tradeAddressWords(host, NO_SHOP)).toEqual(words));

  it.each(['potolki', 'remont-kvartir', 'almaty-astana', 'remont-blog', 'banjia-zhang', 'kapital'])(
    '%s does not (a business or a name)',
    (host) => expect(tradeAddressWords(host, NO_SHOP)).toBeNull(),
  );
});

describe('the shipped model', () => {
  it.each([
    {
      content: 'Мы ставим натяжные потолки в Бишкеке, и таможня на плёнку подорожала.',
      url: 'https://potolki.kg',
    },
    'Хорошая статья, спасибо. Подробнее об этом писал kapital.kz',
    'The Halyk number 1.800.555.0100 on their site never answers, I waited forty minutes yesterday.',
  ])('publishes the reader: %j', (comment) => expect(verdictOf(comment)).toBe('ham'));
});

describe('the shipped model on the examples (figures of docs/spam.md)', () => {
  it('development spam: agencies 6/3/2 -> 11/0/0, crypto 4/5/2 -> 11/0/0, numbers 6/0/0 both', () => {
    expect(verdictCounts(dev.FRESH_AGENCY_SPAM_DEV).spam).toBe(11);
    expect(verdictCounts(dev.FRESH_CRYPTO_SPAM_DEV).spam).toBe(11);
    expect(verdictCounts(dev.FRESH_NUMBER_SPAM_DEV).spam).toBe(6);
  });

  it('development spam: bare domains 1/5/3 -> 8/1/0, brand support 0/2/3 -> 5/0/0', () => {
    expect(verdictCounts(dev.FRESH_BARE_DOMAIN_SPAM_DEV).spam).toBeGreaterThanOrEqual(8);
    expect(verdictCounts(dev.FRESH_BRAND_SUPPORT_SPAM_DEV).spam).toBe(5);
  });

  it('development genuine: every reader published before and after', () => {
    for (const batch of [
      dev.FRESH_MIGRATION_GENUINE_DEV,
      dev.FRESH_CRYPTO_GENUINE_DEV,
      dev.FRESH_NUMBER_GENUINE_DEV,
      dev.FRESH_SITE_GENUINE_DEV,
    ])
      expect(verdictCounts(batch).unpublishedTexts).toEqual([]);
  });

  it('held out (measured once: offers 6/1/3 -> 10/0/0, others 6/0/4 -> 9/0/1, genuine 0/0/14 both)', () => {
    expect(verdictCounts(heldout.FRESH_OFFER_SPAM_HELDOUT).spam).toBe(10);
    expect(verdictCounts(heldout.FRESH_OTHER_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(9);
    expect(verdictCounts(heldout.FRESH_GENUINE_HELDOUT).ham).toBe(14);
  });
});
