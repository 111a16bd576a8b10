// Known answers of the fourth round of issue 15, item 1 (2026-12-06): easy-earnings offers
// (earnings-offer), microloans and credit (loan-offer), databases and personal data for sale
// (data-selling), accounts, followers, likes and reviews for sale (account-selling), lottery
// "inside information" (lottery-tip), the SEO praise templates with a link or a website
// (praise-template), each in English, Russian and Chinese; a reader on VAT, customs and trade
// paperwork (trade-paperwork); the genuine comments near them, which must count nothing; and the
// shipped model's verdicts. The sentences of the first blocks are written for this test, not taken
// from market-examples.ts.
import { describe, expect, it } from 'vitest';
import { offerCount as count } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts, verdictOf } from '../../../test/support/spam-verdicts.ts';
import { analyzeComment } from '../analyze.ts';
import { MARKET_GENUINE_DEV, MARKET_SPAM_DEV, type MarketFamily } from './market-examples.ts';
import { DEFAULT_BITS } from '../classifier/model.ts';
import { normalizeText } from '../text/normalize.ts';
import { type OfferSignalCode } from '../signals/offers/offers.ts';
import { countPraiseTemplates } from '../signals/seo/praise-template.ts';
import { SIGNAL_CODES, type SignalCode } from '../signals/signals.ts';

const signal = (input: { content: string; author?: string; url?: string }, code: SignalCode): number =>
  analyzeComment(input, DEFAULT_BITS).signals[SIGNAL_CODES.indexOf(code)] ?? 0;

const FAMILIES: readonly OfferSignalCode[] = [
  'earnings-offer',
  'loan-offer',
  'data-selling',
  'account-selling',
  'lottery-tip',
  'job-offer',
];

describe('the families count in every script', () => {
  it.each<[OfferSignalCode, string, number]>([
    ['earnings-offer', 'We are earning $500 a day with our proven online method, join us', 2],
    ['earnings-offer', 'Earn $90 per hour from home on your phone, start now', 1],
    ['earnings-offer', 'Заработок в сети без вложений, пассивный доход от 2000 руб в день', 2],
    ['earnings-offer', 'Зарабатываю от 150 тыс в месяц, не выходя из дома', 2],
    ['earnings-offer', '宝妈在家赚钱，日赚300，零投资', 3],
    ['loan-offer', 'Personal loans with no credit check and same-day approval, bad credit OK', 3],
    ['loan-offer', 'We provide fast business loans to everyone', 1],
    ['loan-offer', 'Микрозайм без отказа, деньги на карту сразу, одобрение всем', 3],
    ['loan-offer', '黑户也能贷，不看征信，当天放款', 3],
    ['data-selling', 'We sell verified B2B email lists of importers in Kazakhstan', 2],
    ['data-selling', 'Продаю свежие базы номеров, пробив человека по ФИО', 2],
    ['data-selling', '出售精准客户资料，一手数据', 2],
    ['account-selling', 'Buy aged Facebook accounts and PVA Gmail accounts in bulk', 2],
    ['account-selling', 'Order now: get 5000 real TikTok followers, non-drop', 2],
    ['account-selling', 'Продаём аккаунты Авито с историей, недорого', 2],
    ['account-selling', '出售小红书账号，买粉买赞，价格优惠', 3],
    ['lottery-tip', 'Sure lotto numbers for Saturday, and a lottery spell that works', 2],
    ['lottery-tip', 'Знаю результаты розыгрыша заранее, гарантия выигрыша 100%', 2],
    ['lottery-tip', '双色球内部消息，每期必中，一肖一码', 3],
  ])('%s: %s', (code, text, n) => expect(count(text, code)).toBeGreaterThanOrEqual(n));

  it('reads look-alike letters and full-width forms as the phrase they imitate', () => {
    // Cyrillic "о" in "nо credit check", full-width "日赚５００", Latin "a" and "o" in «зaрaботок»
    expect(count('Loans with nо credit check', 'loan-offer')).toBeGreaterThanOrEqual(1);
    expect(count('日赚５００，在家做', 'earnings-offer')).toBeGreaterThanOrEqual(1);
    expect(count('Зaрaботок в интернете', 'earnings-offer')).toBeGreaterThanOrEqual(1);
  });
});

// What readers of a regional news site write near these families: scams reported, the police's
// warnings, a bank's rate, a law on microloans, a leak, a court case, bought followers exposed,
// fake reviews as a plague, a lottery law, tonight's draw, a neighbour's win.
const GENUINE = [
  'People who answer "earn $200 a day from home" ads on Telegram lose their deposits, the police say.',
  'Her cousin lost their savings to a "make $500 a day on your phone" scheme run from Dubai.',
  'Wages in Bishkek average $400 a month; a family cannot live on that.',
  'Реклама «заработок в интернете без вложений» висит на каждом столбе, а полиция молчит.',
  'Мошенники обещают пассивный доход от 5000 рублей в день, а потом пропадают.',
  '我邻居信了“在家赚钱、日赚500”的广告，被骗了两万。',
  'The central bank capped microloan rates; "no credit check" lenders will have to close.',
  'Payday loans with no credit check are banned in Uzbekistan since March, the law says.',
  'Kaspi raised its consumer loan rate again, now 24% a year.',
  'Закон запрещает микрофинансовым организациям выдавать займы без проверки кредитной истории.',
  'Кредит наличными в Халык банке подорожал, ставка 22%.',
  '央行说要整顿“秒批”网贷，不看征信的平台都是高利贷。',
  '银行的房贷利率又降了，现在能贷三十年。',
  'The court fined the operator for selling customer databases to marketing firms.',
  'A leak of the customs database put 2 million phone numbers online, the ministry admitted.',
  'Полицию задержали за продажу баз данных клиентов сотового оператора.',
  '警方查处了一个出售个人信息的团伙，涉及十万条数据。',
  'The investigation showed the governor bought followers and likes from a click farm.',
  'Journalists found hundreds of fake Google reviews for the new hotel.',
  'Расследование показало накрутку подписчиков у депутатов, почти все боты.',
  '很多网红刷粉丝，大多是僵尸号，这个报道说得对。',
  'The state lottery draw is tonight; the jackpot is 500 million tenge.',
  'Лотерея «Жас Өркен» провела тираж, выигрыш получили трое.',
  '六合彩开奖结果出来了，没人中头奖。',
  'Anyone selling "guaranteed lottery numbers" is a scammer; the lottery law bans it.',
  'Мошенники продают «схемы выигрыша в лотерею», не ведитесь.',
  '所谓彩票内幕都是骗局，警方已经立案。',
  // what a reader earns, asks or reports in passing (probes after the first patterns)
  'I make $400 a month as a teacher in Osh, and rent is $250.',
  'We earn $15 a day picking cotton, the article is right about wages.',
  'Я зарабатываю 70 000 рублей в месяц, а квартира стоит 50.',
  'Он получает доход от 3000 рублей в день на рынке, это немного.',
  '我在家赚钱不多，一个月三千块。',
  '没有零风险的投资，这个赚钱项目不靠谱。',
  'Работаю на дому переводчиком, заказов стало меньше после санкций.',
  'Can I get a loan without a credit check in Kazakhstan? Asking for a friend.',
  'Кредит наличными без справок уже не дают, сказали в банке.',
  'The bank gave instant approval to my mortgage, surprisingly.',
  'Our bank will approve loans for small farms, the minister said; no credit check for the first 500,000 tenge.',
  'Где взять кредит без отказа с плохой историей? Банки отказывают.',
  'Это развод — займ без проверки КИ и без отказа, не ведитесь.',
  '贷款当天放款是真的吗？我申请了一周还没下来。',
  'Продам базу отдыха на Иссык-Куле, писать в личку.',
  'Where can I buy a database of Chinese importers? Our ministry does not publish one.',
  'Пробили по базам — оказалось, номер зарегистрирован на другого человека, сказали в полиции.',
  'Cheap likes and shallow comments are what social media rewards.',
  'Накрутка лайков — цена вопроса 500 рублей, пишет автор.',
  '刷赞价格很便宜，报道说一千个赞只要十块钱。',
  'Я купил аккаунт в Steam у друга, его заблокировали.',
  '六合彩资料在官网上可以查到。',
  '内部消息说下个月降息，大家注意贷款利率。',
  // (held by the text model alone, 0.35: "numbers", "won", "lucky" are SMS prize words; below)
  'The jackpot was won with numbers from a birthday; lucky numbers are a myth.',
];
const TEXT_MODEL_HOLDS = ['The jackpot was won with numbers from a birthday; lucky numbers are a myth.'];

describe('what readers write near the families counts nothing', () => {
  it.each(GENUINE)('%s', (text) => {
    for (const code of FAMILIES) expect([code, count(text, code)]).toEqual([code, 0]);
  });

  it.each(MARKET_GENUINE_DEV.map((c) => c.content))('%s', (text) => {
    for (const code of FAMILIES) expect([code, count(text, code)]).toEqual([code, 0]);
  });
});

describe('praise-template: the SEO praise templates, only with a link or a website', () => {
  const templates = [
    'I am really impressed with your writing skills and also with the layout on your weblog.',
    'Heya i am for the first time here. I found this board and I find it truly useful.',
    "I've been browsing online more than 3 hours today, yet I never found any interesting article like yours.",
    'Впечатлён вашим стилем письма. Это платная тема или вы сами её сделали?',
    '我通过百度找到了你的网站，写作水平让我佩服，以后会经常来看看。',
  ];
  it.each(templates)('%s', (text) => {
    expect(countPraiseTemplates(normalizeText(text).text)).toBeGreaterThanOrEqual(1);
    expect(signal({ content: text }, 'praise-template')).toBe(0);
    expect(
      signal({ content: text, author: 'Jane', url: 'http://jane.example' }, 'praise-template'),
    ).toBeGreaterThan(0);
    expect(signal({ content: `${text} http://seo.example/x` }, 'praise-template')).toBeGreaterThan(0);
  });

  it.each([
    'Great article, thanks for sharing. I found your site through a friend.',
    'I am impressed with the reporting on Khorgos, well done.',
    'Did you check the figures yourself? The ministry publishes different ones.',
    'Очень интересная статья, буду ждать продолжения.',
    '写得很好，以后会继续关注这个话题。',
  ])('counts nothing in: %s', (text) =>
    expect(signal({ content: text, author: 'Jane', url: 'http://jane.example' }, 'praise-template')).toBe(0),
  );
});

describe('trade-paperwork: a reader on VAT, customs or trade paperwork', () => {
  it.each([
    'Is a VAT invoice issued in Almaty valid for a customer refund in Germany?',
    'The customs clearance at Dostyk takes three days now.',
    'Does the reverse-charge rule apply to services bought from China?',
    'Нужна ли счёт-фактура для возврата НДС при экспорте?',
    '出口退税需要增值税专用发票和报关单。',
  ])('%s', (text) => expect(signal({ content: text }, 'trade-paperwork')).toBe(1));

  it.each([
    // a seller, a link, a contact, a promotion
    'We sell VAT invoices for any amount, best rates',
    'Customs clearance in 24 hours, call +7 701 555 1234',
    'VAT refund guide: https://vat.example/guide',
    'Customs rules explained, check out my channel',
    '代开增值税发票，海关报关一条龙',
    // a forwarder's pitch, with no link or number to give it away
    'If you need cheap cargo delivery from China to Almaty, customs included, write to us on WhatsApp',
    'We deliver from Urumqi door to door, customs clearance and VAT refund are on us',
    'Доставка грузов из Китая под ключ, таможенное оформление включено, обращайтесь',
    '如需从中国发货到阿拉木图，报关清关一条龙，欢迎咨询',
    // no trade paperwork at all
    'The customer service was terrible.',
  ])('counts nothing in: %s', (text) => expect(signal({ content: text }, 'trade-paperwork')).toBe(0));
});

describe('the shipped model', () => {
  // Floors at the counts measured on 2026-12-06 (npm run spam:commercial, market-… lines).
  it.each<[MarketFamily, number]>([
    ['earnings', 5],
    ['loan', 7],
    ['data-selling', 2],
    ['account-selling', 6],
    ['lottery', 5],
    ['seo-template', 6],
  ])('sends the development %s spam to spam (at least %i)', (family, floor) => {
    expect(verdictCounts(MARKET_SPAM_DEV[family]).spam).toBeGreaterThanOrEqual(floor);
  });

  it('publishes every genuine comment near them (none held, none spam)', () => {
    const wrong = verdictCounts([...MARKET_GENUINE_DEV, ...GENUINE]).unpublishedTexts;
    expect(wrong).toEqual(TEXT_MODEL_HOLDS);
    // no hand-set signal counts there: the words alone hold it, and never send it to spam
    for (const content of TEXT_MODEL_HOLDS) expect(verdictOf(content)).toBe('hold');
  });
});
