// Known answers of the families of issue 15 ("Spam defense II"): job and task scams, fake
// documents, SEO service offers and fixed matches (offers.ts), free premium accounts, IPTV and
// live-stream piracy (site-promotion.ts), and the romance opener (the dating-offer family), each in
// English, Russian and Chinese; the comments readers write near them, which must count nothing;
// and the shipped model's verdicts on the development examples (scam-examples.ts). The sentences of
// the first two blocks are written for this test, not taken from scam-examples.ts.
import { describe, expect, it } from 'vitest';
import { verdictCounts, verdictOf } from '../../../test/support/spam-verdicts.ts';
import { normalizeText } from '../text/normalize.ts';
import { OFFER_SIGNAL_CODES, type OfferSignalCode, offerCounts } from '../signals/offers/offers.ts';
import { SCAM_GENUINE_DEV, SCAM_SPAM_DEV, type ScamFamily } from './scam-examples.ts';
import { countSitePromotion } from '../signals/site-promotion.ts';

type Code = OfferSignalCode | 'site-promotion';

const count = (raw: string, code: Code): number => {
  const n = normalizeText(raw);
  return code === 'site-promotion'
    ? countSitePromotion(n.text)
    : (offerCounts(n)[OFFER_SIGNAL_CODES.indexOf(code)] ?? 0);
};

// What readers write near these families: a warning about job ads, a diploma-mill report, a
// passport question, a match-fixing scandal, piracy, family messages that start "hi dear", a log
// line, a price list, code. None of the families counts them.
const GENUINE = [
  'Police warn about "part-time job, daily pay" adverts: victims are asked for a deposit later.',
  'I work from home three days a week and the pay is fine, thanks for asking.',
  'The university was caught selling degrees; the minister wants an audit of every diploma.',
  'How long does it take to get a new passport? Mine expires in May and I fly in June.',
  'Is an IELTS certificate still required for the visa, or is TOEFL accepted now?',
  'Do backlinks from news sites still count for Google? Asking as a small shop owner.',
  'Five players were banned for fixed matches; the club denies everything.',
  'The odds of a rate cut are 100% according to the markets, which seems optimistic.',
  'Piracy of live sports streams costs the league millions, says the report.',
  'Is sharing a Netflix account with my parents against the new rules?',
  'Hi dear all, the parish fete moved to Sunday because of the rain.',
  'Hello dear, I hope your exam went well, call me when you are home.',
  'I saw your profile of the striker, a great interview.',
  'Мошенники предлагают «работу на дому с оплатой ежедневно», будьте осторожны.',
  'Купить диплом сегодня проще, чем сдать экзамен: статья об этом верно пишет.',
  'Договорные матчи снова в новостях, лигу пора реформировать.',
  'Смотрел трансляцию бесплатно на сайте лиги, качество отличное.',
  'Привет, дорогой, купи хлеба по дороге домой.',
  '警方提醒，刷单日结都是骗局。',
  '办证大厅今天人很多，排了两个小时。',
  '假球的新闻看了很生气。',
  '网站优化和外链这些词我都不懂，能解释一下吗？',
  '你好亲爱的，晚上回家吃饭吗？',
  'Error: job "daily-report" failed at 03:00 (exit 137), retrying in 300 s',
  'Price list: 1 kg = $4.50, 10 kg = $40; delivery is daily except Sunday.',
  '```\nfor (const job of queue) await job.run({ pay: 100 });\n```',
];

const nothing = (codes: readonly Code[]) => (text: string) => {
  for (const code of codes) expect([code, count(text, code)]).toEqual([code, 0]);
};

describe('job, fake-document, SEO-service and fixed-match offers (offers.ts)', () => {
  it.each<[Code, string]>([
    ['job-offer', 'Simple online jobs available for students, weekly payment, no experience required.'],
    ['job-offer', 'Get paid $3 for each video you like, easy phone job, ask me how.'],
    ['job-offer', 'Ищем людей в команду, выплаты ежедневно, подработка с телефона.'],
    ['job-offer', '招聘点赞员，日结200，学生宝妈都可以'],
    ['fake-document', 'We sell original registered passports and novelty ID cards, shipped worldwide.'],
    ['fake-document', 'TOEFL certificate without the test, 100% verifiable in the database.'],
    ['fake-document', 'Продаю аттестаты и дипломы с занесением в реестр.'],
    ['fake-document', '专业代办毕业证，学信网可查'],
    ['seo-service', 'Our agency sells permanent backlinks and guest posting on high authority blogs.'],
    ['seo-service', 'Dear site owner, we can rank your website on the first page in two weeks.'],
    ['seo-service', 'Выведем ваш сайт в топ-3, прогон по трастовым каталогам.'],
    ['seo-service', '整站优化，包上首页，外链套餐'],
    ['fixed-match', 'Guaranteed fixed tips for tonight, sure odds only, pay after the match.'],
    ['fixed-match', 'Продам договорные матчи на выходные, 100% проход.'],
    ['fixed-match', '足球假球资料，包赢'],
  ])('%s: %s', (code, text) => expect(count(text, code)).toBeGreaterThanOrEqual(1));

  it('reads look-alike letters and full-width forms as the phrase they imitate', () => {
    // Cyrillic "е" and "а" in "fixеd mаtches", full-width Latin in "ｂａｃｋｌｉｎｋｓ"
    expect(count('Fixеd mаtches available today, sure odds', 'fixed-match')).toBeGreaterThanOrEqual(2);
    expect(count('cheap ｂａｃｋｌｉｎｋｓ for your blog', 'seo-service')).toBeGreaterThanOrEqual(1);
    // Latin "o" and "a" inside Cyrillic words
    expect(count('Оплaтa eжeднeвнo, пишитe', 'job-offer')).toBeGreaterThanOrEqual(1);
  });

  it.each(GENUINE)(
    'counts nothing in: %s',
    nothing(['job-offer', 'fake-document', 'seo-service', 'fixed-match']),
  );
});

describe('the romance opener (dating-offer)', () => {
  it.each([
    'Hello darling, my name is Irene, I am a lonely lady looking for a caring man.',
    'Добрый вечер, милый, я нашла вашу анкету и хочу познакомиться.',
    '亲爱的你好，我是单身女孩，很想认识你',
  ])('%s', (text) => expect(count(text, 'dating-offer')).toBeGreaterThanOrEqual(1));

  it.each(GENUINE)('counts nothing in: %s', nothing(['dating-offer']));
});

describe('free premium accounts, IPTV and stream piracy (site-promotion)', () => {
  it.each([
    'Free HBO Max premium accounts updated daily',
    'Cheap IPTV reseller panel, 20,000 channels',
    'UFC live stream free, no ads',
    'Раздача премиум аккаунтов каждый час, IPTV плейлист свежий',
    '优酷VIP账号免费领，世界杯免费直播',
  ])('%s', (text) => expect(count(text, 'site-promotion')).toBeGreaterThanOrEqual(1));

  it.each(GENUINE)('counts nothing in: %s', nothing(['site-promotion']));
});

describe('the shipped model on the development examples (scam-examples.ts)', () => {
  // Floors at the counts measured with the model retrained with these signals (docs/spam.md,
  // "2026-12-06: issue 15 families"): held or spam, and spam. Document and fixed-match are one
  // lower since the SMS ceiling of the bias shift (1.39 → 1.43, "2026-12-06: recall on unseen
  // videos"): a Chinese certificate offer and a Russian insider-tips offer sat at 0.206 and 0.204,
  // just above the hold threshold, and are now 0.199 and 0.195. Job is one lower since an e-mail
  // or messenger invitation counts as dating-offer only next to a stranger's approach: "I earn
  // $350 a day … Message me on WhatsApp" had dating-offer +2.5 for its messenger line (which
  // messenger-contact counts) and is now held (0.45) instead of spam. Fixed-match spam is one lower
  // since own-channel's misspelt forms and its training weight 1 (issue 15): the bias shift rose
  // 1.39 → 1.43 (SMS's ceiling) and a Chinese tips offer at 0.507 is now 0.495, held.
  const floors: Record<ScamFamily, [number, number]> = {
    job: [9, 7],
    document: [6, 2],
    seo: [9, 6],
    'fixed-match': [7, 5],
    piracy: [6, 4],
    romance: [7, 5],
  };
  it.each(Object.entries(SCAM_SPAM_DEV) as [ScamFamily, readonly string[]][])(
    '%s: held or spam, and spam, at least the measured counts',
    (family, texts) => {
      const verdicts = verdictCounts(texts);
      const [caught, spam] = floors[family];
      expect(verdicts.spam + verdicts.hold).toBeGreaterThanOrEqual(caught);
      expect(verdicts.spam).toBeGreaterThanOrEqual(spam);
    },
  );

  // Held, not spam: a question whose words alone ("new", "month", "subsidy") lean to spam. It was
  // ham at 0.172 and is held at 0.217 since timestamp links are read as the times typed (docs/spam.md,
  // "Timestamp links"): "part" and "pay" (-0.43 together) lost their ham weight; "part" is in LMFAO's
  // two genuine "best part 2:19" comments, whose words no longer offset the weight of a link.
  const HELD_GENUINE = 'I pay $300 a month for childcare; is the new subsidy 100% or only part of it?';
  it.each(SCAM_GENUINE_DEV)('genuine stays ham: %s', (content) =>
    content === HELD_GENUINE
      ? expect(verdictOf(content)).toBe('hold')
      : expect(verdictOf(content)).toBe('ham'),
  );
});
