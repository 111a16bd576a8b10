// Known answers of the offer families (offers.ts): each family in each script it exists in, and
// the comments a news site's readers write near them (drug policy, a casino in the news, an essay
// deadline, a scam victim, a diet, a messenger named as where one reads the news) that must not
// count. The phrases here are written for the test, not copied from commercial-examples.ts.
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../../analyze.ts';
import { DEFAULT_BITS } from '../../classifier/model.ts';
import { normalizeText } from '../../text/normalize.ts';
import { OFFER_SIGNAL_CODES, type OfferSignalCode, offerCounts } from './offers.ts';
import { SIGNAL_CODES, SIGNAL_INFO } from '../signals.ts';

const counts = (raw: string): Record<OfferSignalCode, number> => {
  const n = normalizeText(raw);
  const c = offerCounts(n);
  return Object.fromEntries(OFFER_SIGNAL_CODES.map((code, i) => [code, c[i] ?? 0])) as Record<
    OfferSignalCode,
    number
  >;
};

describe('offer families: each counts in its scripts', () => {
  it.each<[OfferSignalCode, string]>([
    ['pharmacy-offer', 'Order cheap Cialis online, next day delivery'],
    ['pharmacy-offer', 'Where to buy tramadol without a prescription? We ship overnight.'],
    ['pharmacy-offer', 'Kaufen Sie Viagra ohne Rezept, diskreter Versand'],
    ['pharmacy-offer', 'Закажите сиалис без рецепта, анонимная доставка'],
    ['pharmacy-offer', '正品伟哥出售，免处方，保密发货'],
    ['gambling-offer', 'Claim 100 free spins with your first deposit at our online casino'],
    ['gambling-offer', 'Top betting sites with a 200% welcome bonus'],
    ['gambling-offer', 'Casino en línea: 50 giros gratis sin depósito'],
    ['gambling-offer', 'Казино Вулкан: бездепозитный бонус за регистрацию'],
    ['gambling-offer', '百家乐娱乐城，注册即送彩金'],
    ['essay-mill', 'Can you do my homework? We offer assignment help online, plagiarism-free'],
    ['essay-mill', 'Hire an expert to write your dissertation, cheap essay writers'],
    ['essay-mill', 'Дипломная работа на заказ, помощь студентам'],
    ['essay-mill', '专业论文代写，代考，包过'],
    [
      'investment-pitch',
      'My account manager Mr. Smith doubled my bitcoin, I earned $9,000 in a week. Email him: smith@trade.example',
    ],
    [
      'investment-pitch',
      'Благодаря наставнику по трейдингу я заработал 300 000 руб за месяц, его телеграм @mentor_x',
    ],
    ['investment-pitch', '跟着带单老师炒币，一周赚了五万，加他微信 teacher01'],
    ['weight-loss-claim', 'I dropped 8 kg in 10 days with these slimming capsules'],
    ['weight-loss-claim', 'Burn belly fat without diet or exercise'],
    ['weight-loss-claim', 'Сбросила 7 кг за неделю, жиросжигатель из аптеки'],
    ['weight-loss-claim', '瘦身胶囊，月瘦15斤，不反弹'],
    ['replica-offer', 'Replica Omega watches, 1:1 mirror quality'],
    ['replica-offer', 'Nike outlet online, cheap Jordans sale'],
    ['replica-offer', 'Люкс копии сумок, реплики кроссовок'],
    ['replica-offer', '精仿A货名表，原单'],
    ['dating-offer', 'Sexy girls near you want to chat, adult dating without limits'],
    [
      'dating-offer',
      "Hi, I'm Kate, I have an interesting proposal for you, write to me at kate@mail.example",
    ],
    ['dating-offer', 'Индивидуалки и интим досуг, выезд'],
    ['dating-offer', 'У меня есть для вас предложение, напишите мне на почту'],
    ['dating-offer', '同城交友，一夜情，裸聊'],
    // an e-mail invitation next to a stranger's approach, or to a private address
    ['dating-offer', 'Hi dear, I saw your profile, write to me at kate@mail.example'],
    ['dating-offer', 'I am a lonely woman looking for a friend, email me at kate@mail.example'],
    ['dating-offer', 'Please write to my private e-mail, I will tell you more about me.'],
    ['dating-offer', 'Я одинокая девушка, напишите мне на почту olga@mail.example'],
    ['dating-offer', 'Напиши мне на личную почту, расскажу о себе больше.'],
    ['messenger-contact', 'Message me on WhatsApp for the price list'],
    ['messenger-contact', 'Telegram: @best_deals_example'],
    ['messenger-contact', 'Пишите мне в вотсап, отвечу сразу'],
    ['messenger-contact', '有需要的加我微信'],
  ])('%s: %s', (code, text) => expect(counts(text)[code]).toBeGreaterThanOrEqual(1));
});

describe('offer families: what readers write near them counts nothing', () => {
  it.each([
    'The pharmacy in our street has had no insulin for weeks; the ministry blames the importer.',
    'Drug policy here is decades behind: Portugal stopped jailing people for possession in 2001.',
    'My GP prescribed generic sildenafil for my heart and the pharmacy had none in stock.',
    'Antibiotics are still sold without prescription in half the kiosks of the city, as the article says.',
    'A casino is opening in the free economic zone next year, with a hotel and 1,500 jobs.',
    'The betting regulator fined two bookmakers for bonus offers to minors.',
    'When is the deadline for the history essay competition?',
    'Students should write their own essays; the school now checks every paper for plagiarism.',
    'I lost $20,000 to a fake trading platform; the "experts" on Telegram vanished with it.',
    'I lost 12 kg over a year by walking to work, no pills and no tricks.',
    'My doctor says weight-loss injections are not for everyone.',
    'I read your news on Telegram and share it with my family on WeChat.',
    'You can reach the newsroom on WhatsApp, the number is in the footer.',
    'The museum has a replica of the Viking ship and a copy of the runestone.',
    'Customs seized 40,000 counterfeit pills and fake perfume at the port.',
    'Hello, I am Maria from the third floor, the lift has been broken since Monday.',
    // a researcher or source offering data, a reader offering scans or a translator's contacts by
    // e-mail: an e-mail invitation alone is no romance approach (dating-offer)
    'Email me at reader@example.org if you want the full dataset of the survey.',
    'Write to me at anna@mail.ru if you want the scans of the original treaty.',
    'I can share the contacts of the translator who did the memoir, write to me at petr@example.org.',
    'My name is Dr. Lee, I led the survey; contact me at lee@uni.example for the questionnaire.',
    'Напишите мне на почту ivanova@example.ru, пришлю полные данные опроса.',
    'Если нужны сканы оригинала договора, напишите мне на почту anna@mail.ru.',
    'Могу дать контакты переводчицы, напишите мне на почту petr@example.org.',
    'The official hotline of the tax office is 8 800 222 22 22, calls are free.',
    'В аптеке нет инсулина уже месяц, министерство молчит.',
    'Казино в Приморье открыли ещё в 2015 году, туристов нет.',
    'Когда последний день сдачи эссе на конкурс?',
    'Я читаю ваши новости в телеграме каждый день.',
    'Мой отец потерял все деньги на фальшивой бирже.',
    'Бонус к зарплате так и не выплатили.',
    'Врач сказал, что худеть быстрее килограмма в неделю вредно.',
    '我们小区药店一个月没有胰岛素了。',
    '自贸区新开的赌场能带来就业吗？',
    '我每天在微信公众号上看你们的新闻。',
    '我妈妈被投资骗局骗了十万块。',
    '减肥要慢慢来，一周瘦一斤就够了。',
    'Viagra',
    'casino',
    'bonus',
    'essay',
    'Telegram',
  ])('%s', (text) => expect(Object.values(counts(text)).reduce((a, b) => a + b, 0)).toBe(0));
});

describe('offer signals in the model', () => {
  it('are hand-set signals of every analysed comment, each with a message', () => {
    for (const code of OFFER_SIGNAL_CODES) {
      expect(SIGNAL_INFO[code].fixed).toBe(true);
      expect(SIGNAL_INFO[code].message(2)).toMatch(/^2 /);
    }
    const a = analyzeComment({ content: 'Buy cheap viagra online, discreet shipping' }, DEFAULT_BITS);
    const i = SIGNAL_CODES.indexOf('pharmacy-offer');
    expect(a.counts[i]).toBeGreaterThanOrEqual(2);
    expect(a.signals[i]).toBeCloseTo(Math.log2(1 + (a.counts[i] ?? 0)));
  });

  it('count an investment testimonial only with a way to reach the "expert"', () => {
    expect(
      counts('My account manager Mr. Smith doubled my money, I earned $9,000 in a week.')['investment-pitch'],
    ).toBe(0);
  });
});
