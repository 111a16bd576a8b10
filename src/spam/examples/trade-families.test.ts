// Known answers of the families of issue 15, item 1 (2026-12-06): forged documents sold with a
// contact (fake-document), invoice and receipt selling (invoice-offer), casino promotion with a win
// story, a promo code or a referral link (gambling-offer), game-currency generators (game-currency)
// and cracked software (cracked-software), each in English, Russian and Chinese; the genuine
// comments near them, which must count nothing; a reader's own subscription (reader-subscription)
// and a public body's number (public-body-number); and the shipped model's verdicts. The sentences
// of the first blocks are written for this test, not taken from trade-examples.ts.
import { describe, expect, it } from 'vitest';
import { offerCount as count } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts, verdictOf } from '../../../test/support/spam-verdicts.ts';
import { analyzeComment } from '../analyze.ts';
import { DEFAULT_BITS } from '../classifier/model.ts';
import { normalizeText } from '../text/normalize.ts';
import { type OfferSignalCode } from '../signals/offers/offers.ts';
import { countReaderSubscription } from '../signals/readers/reader-subscription.ts';
import { SIGNAL_CODES, type SignalCode } from '../signals/signals.ts';
import { TRADE_GENUINE_DEV, TRADE_SPAM_DEV, type TradeFamily } from './trade-examples.ts';

const signal = (raw: string, code: SignalCode): number =>
  analyzeComment({ content: raw }, DEFAULT_BITS).signals[SIGNAL_CODES.indexOf(code)] ?? 0;

const FAMILIES: readonly OfferSignalCode[] = [
  'fake-document',
  'invoice-offer',
  'gambling-offer',
  'game-currency',
  'cracked-software',
];

describe('the families count in every script', () => {
  it.each<[OfferSignalCode, string, number]>([
    ['fake-document', 'Novelty university degrees and transcripts, they look real, order by email today', 2],
    ['fake-document', 'Certificates from any college you like, fast delivery, call us', 1],
    ['fake-document', '专业制作毕业证，全国可查，价格优惠', 2],
    ['fake-document', '各类证件代办，一条龙服务，电话联系', 2],
    ['invoice-offer', 'Receipts for any store and any date, printed the same day', 1],
    ['invoice-offer', 'We sell genuine VAT invoices for your expenses, best prices', 2],
    ['invoice-offer', 'Продам чеки для отчётности, любые суммы и даты', 2],
    ['invoice-offer', 'Обнал от 3,5%, оформим закрывающие документы', 2],
    ['invoice-offer', '代开普通发票，可验证后付款，点数低', 3],
    ['gambling-offer', 'I won $3,200 at the casino yesterday, enter my referral code and claim yours', 2],
    ['gambling-offer', 'Hit the jackpot on slots: sign up through my link, link in bio', 2],
    ['gambling-offer', 'Выиграл в слоты 75 000, регистрируйтесь по моей ссылке', 2],
    ['gambling-offer', '娱乐城注册填邀请码，送彩金', 3],
    ['game-currency', 'Free Robux for every player with this new generator, no password required', 3],
    ['game-currency', 'Unlimited gems hack for Clash Royale', 1],
    ['game-currency', 'Халявные вбаксы: генератор вбаксов без пароля', 3],
    ['game-currency', '点券生成器免费下载，无限钻石', 2],
    ['cracked-software', 'Download AutoCAD 2026 crack with keygen, works offline', 2],
    ['cracked-software', 'Nulled plugins and KMS activator, all free', 2],
    ['cracked-software', 'Кейген для Windows и крякнутый офис, ключ активации бесплатно', 3],
    ['cracked-software', '注册机下载，永久激活', 2],
  ])('%s: %s', (code, text, n) => expect(count(text, code)).toBeGreaterThanOrEqual(n));

  it('reads look-alike letters and full-width forms as the phrase they imitate', () => {
    // Cyrillic "о" and "е" in "Photоshop crаck", full-width "ｋｅｙｇｅｎ", Latin "a" in «кaзино»
    expect(count('Photоshop 2026 crаck free', 'cracked-software')).toBeGreaterThanOrEqual(1);
    expect(count('ｋｅｙｇｅｎ inside', 'cracked-software')).toBeGreaterThanOrEqual(1);
    expect(count('Выигрaл в кaзино 50 000, промокод WIN', 'gambling-offer')).toBeGreaterThanOrEqual(2);
  });
});

// What readers write near these families: a casino licensing law, an apostille, a diploma mill,
// VAT invoices in cross-border trade, V-Bucks prices, a warning about generators, software piracy
// in the news, an embassy's number, a reader applying for a passport.
const GENUINE = [
  'The casino licensing law bans bonuses and promo codes in adverts, and not a day too soon.',
  'A regulator fined the bookmaker for offering welcome bonuses to self-excluded players.',
  'Закон запрещает казино раздавать бонусы и промокоды, давно пора.',
  '立法禁止娱乐城注册送彩金，支持。',
  'My uncle won 20,000 at the casino in 1998 and still talks about it.',
  'How long does an apostille on a diploma take? The consulate says three weeks.',
  'The university was selling fake degrees to anyone, the report says; the rector has resigned.',
  'Где апостилировать диплом и аттестат для учёбы за границей?',
  '我去出入境大厅办理护照，排了一个上午。',
  '国外学位证怎么做学历认证？需要哪些材料？',
  'Our shop issues VAT invoices to EU customers under the reverse charge; the paperwork doubled.',
  'Is a receipt from the airport shop enough to claim the VAT back?',
  'Бухгалтер выписывает счета-фактуры по экспорту с нулевой ставкой НДС.',
  '跨境贸易开增值税发票，财务说要等海关数据。',
  'V-Bucks went up to $8.99 for 1,000 and my son wants the new skins.',
  'Free V-Bucks generators are a scam, my son lost his account to one.',
  'Робуксы подорожали, сын просит донат на день рождения.',
  '皮肤太贵了，一个要一百多块点券。',
  'Software piracy in schools is still common; the ministry promised licences years ago.',
  'The police cracked down on sellers of pirated software at the market.',
  'Пиратские программы в офисах — это штрафы, пишет автор.',
  '公司一律用正版软件，这篇文章说得对。',
];

describe('what readers write near the families counts nothing', () => {
  it.each(GENUINE)('%s', (text) => {
    for (const code of FAMILIES) expect([code, count(text, code)]).toEqual([code, 0]);
  });
});

describe('reader-subscription: a reader speaking of their own subscription', () => {
  it.each([
    'I subscribed to the newsletter.',
    'Just subscribed, thanks!',
    "I'm a paying subscriber and this is why.",
    'How do I subscribe to the morning newsletter?',
    'Подписался на рассылку, спасибо.',
    'Я оформила подписку на газету в прошлом году.',
    '我已经订阅了你们的周报。',
  ])('%s', (text) => expect(countReaderSubscription(normalizeText(text).text)).toBeGreaterThanOrEqual(1));

  it.each([
    'Subscribe to my channel!',
    "I'm a subscriber",
    'I subscribed to you, please subscribe back',
    'Sub4sub? I subscribed already',
    'To unsubscribe from this newsletter reply STOP',
    'Подпишитесь на мой канал, я подписался на ваш',
    '关注我的频道，我订阅了你',
  ])('counts nothing in: %s', (text) => expect(countReaderSubscription(normalizeText(text).text)).toBe(0));

  it('counts nothing in a comment with a link, a contact or a call to action', () => {
    expect(signal('I subscribed to the newsletter.', 'reader-subscription')).toBe(1);
    expect(signal('I subscribed to the newsletter: https://news.example/n', 'reader-subscription')).toBe(0);
    expect(signal('I subscribed to the newsletter, write me at a@b.example', 'reader-subscription')).toBe(0);
    expect(signal('I subscribed to the newsletter, click here to win', 'reader-subscription')).toBe(0);
  });
});

describe("public-body-number: a public body's number passed on by a reader", () => {
  it.each([
    'The embassy answers visa questions on +1 202 555 0148 in the mornings.',
    'Консульство отвечает по телефону +7 495 765-43-21 по будням.',
    '领事馆的电话是 010-6532 9876，下午才有人接。',
  ])('%s', (text) => expect(signal(text, 'public-body-number')).toBe(1));

  it.each([
    // a brand's support line, an offer, a link, no public body
    'Norton support at the embassy of savings: call +1 888 555 0199',
    'Embassy-grade fake passports, call +1 202 555 0148',
    'The embassy is at https://embassy.example, phone +1 202 555 0148',
    'Call +1 202 555 0148 for the best prices.',
  ])('counts nothing in: %s', (text) => expect(signal(text, 'public-body-number')).toBe(0));
});

describe('the shipped model', () => {
  // Floors at the counts measured on 2026-12-06 (npm run spam:commercial, trade-… lines); before
  // these families the model sent 4, 1, 3, 1 and 1 of them to spam.
  it.each<[TradeFamily, number]>([
    ['document', 6],
    ['invoice', 6],
    ['casino-referral', 6],
    ['game-currency', 6],
    ['cracked-software', 4],
  ])('sends the development %s spam to spam (at least %i of 6), and holds the rest', (family, floor) => {
    const verdicts = verdictCounts(TRADE_SPAM_DEV[family]);
    expect(verdicts.spam).toBeGreaterThanOrEqual(floor);
    expect(verdicts.ham).toBe(0);
  });

  it('publishes the genuine comments near them', () => {
    const genuine = verdictCounts(TRADE_GENUINE_DEV);
    // "we issue VAT invoices … a valid VAT number" was spam (0.61) until trade-paperwork (−2) gave
    // back the SMS-learned weight of "vat", "valid", "customer", "give" (market-families.test.ts)
    expect(genuine.spamTexts).toEqual([]);
    expect(genuine.heldTexts).toEqual([]);
  });

  it("publishes a reader's subscription and a consulate's number, which it sent to spam or held", () => {
    expect(verdictOf('I subscribed to the newsletter.')).toBe('ham');
    expect(verdictOf('Subscribed to the print edition last week. Keep it up!')).toBe('ham');
    expect(verdictOf("For visa questions the consulate's phone line is +7 495 123 45 67.")).toBe('ham');
  });
});
