// Known answers of the Chinese (and Russian) coverage audit of the offer families (2026-12-07):
// the phrases the existing families gained for Chinese web spam (gambling platforms' terms, the
// stock-tip "teacher" groups, loans, certificates without the exam, paper publication, piece-work
// and task scams, SEO, escorts, visa guarantees, "出黑" recovery teams, hackers; a QQ number or a
// vx id written after Chinese text), the Russian signal channels, and the genuine comments near
// them that must count nothing. The sentences of the first blocks are written for this test, not
// taken from zh-examples.ts; the last block holds the shipped model's verdicts on that file.
import { describe, expect, it } from 'vitest';
import { offerCount as count } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { analyzeComment } from '../analyze.ts';
import { DEFAULT_BITS } from '../classifier/model.ts';
import { normalizeText } from '../text/normalize.ts';
import { OFFER_SIGNAL_CODES, type OfferSignalCode, offerCounts } from '../signals/offers/offers.ts';
import { countRecoveryScam } from '../signals/scams/recovery.ts';
import { SIGNAL_CODES } from '../signals/signals.ts';
import { RU_GENUINE_DEV, RU_SPAM_DEV, ZH_GENUINE_DEV, ZH_SPAM_DEV } from './zh-examples.ts';
import { ZH_GENUINE_HELDOUT, ZH_SPAM_HELDOUT } from './zh-heldout-examples.ts';

const offers = (raw: string): number => offerCounts(normalizeText(raw)).reduce((a, b) => a + b, 0);
const recovery = (raw: string): number => {
  const n = normalizeText(raw);
  return countRecoveryScam(n.text, n.urls.length + n.emails + n.phones);
};

describe('the families count the Chinese forms', () => {
  it.each<[OfferSignalCode, string, number]>([
    ['gambling-offer', '金沙娱乐场正网开户，信用盘现金盘，出款快，大额无忧', 4],
    ['gambling-offer', '永利电子游戏爆分了，信誉平台，提现秒到', 3],
    ['gambling-offer', '电竞滚球投注平台，赔率最高', 3],
    ['investment-pitch', '李老师免费荐股，明天的涨停牛股，加微信 abc12345', 2],
    ['investment-pitch', '股票交流群每天分享内幕消息，胜率90%，qq 123456789', 3],
    ['loan-offer', '网贷秒批，不查征信，只要身份证就能借', 3],
    ['loan-offer', '学生也能贷，30分钟放款，包下款', 3],
    ['fake-document', '会计资格证代办，不用考试直接拿证，联系电话', 2],
    ['essay-mill', '论文代发，快速见刊，包录用', 3],
    ['pharmacy-offer', '日本原装延时喷剂，持久不射，货到付款', 2],
    ['job-offer', '手工活外发，在家做，押金可退，正规工作', 2],
    ['job-offer', '兼职做评论任务，每个任务5元，秒结算', 3],
    ['seo-service', '专业发外链，包收录，关键词排名，联系qq', 3],
    ['dating-offer', '高端外围女，全国空降', 2],
    ['service-advert', '加拿大旅游签证代办，免面试，100%出签，联系微信', 3],
    ['yield-offer', '新项目早期进场，收益百倍，私聊我', 2],
    ['hacker-for-hire', '盗号，修改成绩，网站入侵，联系微信', 3],
    ['account-selling', '出售京东店铺，价格优惠，联系微信', 1],
    ['messenger-contact', '欢迎咨询，qq 987654321', 1],
    ['messenger-contact', '详情，qq群 123456789', 1],
    ['messenger-contact', '有意者 vx: ab_cd_88', 1],
  ])('%s: %s', (code, text, n) => expect(count(text, code)).toBeGreaterThanOrEqual(n));

  it('counts the "出黑" recovery team and the whole sum recovered, with a contact', () => {
    expect(recovery('平台不给出款？出黑团队帮你出款，vx: abc_123')).toBeGreaterThanOrEqual(2);
    expect(recovery('多亏他们全部追回了，qq 12345678')).toBeGreaterThanOrEqual(2);
    expect(recovery('平台不给出款，出黑团队')).toBe(0); // no way to reach anyone
  });

  it('counts the Russian signal channel and «пишите ему @…»', () => {
    expect(
      count('Сигналы по акциям от аналитика, точность 85%, пишите ему @abc_signals', 'investment-pitch'),
    ).toBe(2);
    expect(count('Подробности у нашего аналитика, пишите ему @abc_signals', 'messenger-contact')).toBe(1);
  });
});

// What a regional news site's Chinese and Russian readers write near these families.
const GENUINE = [
  '警方查处了一个网上赌场，信用盘、现金盘的代理都被抓了。',
  '网上那些注册送彩金、在线开户的平台全是骗局，千万别碰。',
  '世界杯期间各种投注平台的广告太多了，监管部门应该管管。',
  '所谓荐股老师都是骗子，什么涨停牛股、内幕消息，加了微信就开始割韭菜。',
  '我炒股十年了，这周的涨停板大多是题材股，大家理性看待。',
  '银行说我征信不好，贷款一直批不下来。',
  '央行说要整顿不查征信的网贷平台。',
  '我的职称证书今年终于评下来了，考试准备了两年。',
  '我的论文终于在核心期刊发表了，审稿用了八个月。',
  '所谓外发手工活押金可退都是骗人的，我妈就被骗了两百块。',
  '公安提醒：点赞任务、刷单返利都是诈骗。',
  '网站做SEO现在还有用吗？关键词排名越来越难了。',
  '美国签证拒签率太高了，有没有人分享面试经验？',
  '新闻说有黑客团队入侵了交通部的网站。',
  '我被骗的钱报警后追回了一部分，感谢警察。',
  '有事可以加我微信聊，我在比什凯克住了五年。',
  'Это развод: «сигналы по акциям, точность 90%» обещают все мошенники в телеграме.',
  'Торговля с Китаем растёт, сигналы рынка хорошие, пишите, если есть вопросы.',
];

describe('the genuine comments near these families', () => {
  it.each(GENUINE)('counts no offer in: %s', (text) => {
    const n = normalizeText(text);
    const c = offerCounts(n);
    const messenger = OFFER_SIGNAL_CODES.indexOf('messenger-contact');
    expect(c.reduce((a, b, i) => a + (i === messenger ? 0 : b), 0)).toBe(0);
    expect(recovery(text)).toBe(0);
  });

  it('keeps them all ham with the shipped model', () => {
    expect(verdictCounts(GENUINE).unpublishedTexts).toEqual([]);
  });

  it('a reader giving his own WeChat is a contact, not an offer', () => {
    expect(offers('有事可以加我微信聊，我在比什凯克住了五年。')).toBe(1);
    const at = SIGNAL_CODES.indexOf('offer-with-channel');
    expect(analyzeComment({ content: '有事可以加我微信聊' }, DEFAULT_BITS).signals[at]).toBe(0);
  });
});

describe('the shipped model on the audit examples (zh-examples.ts)', () => {
  // caught: spam or discard (a held comment is not counted)
  it('sends at least the measured share of the Chinese spam to spam (77 of 78 after the audit)', () => {
    expect(verdictCounts(Object.values(ZH_SPAM_DEV).flat()).spam).toBeGreaterThanOrEqual(77);
  });

  it('sends the Russian spam to spam (25 of 25 after the audit)', () => {
    expect(verdictCounts(Object.values(RU_SPAM_DEV).flat()).spam).toBeGreaterThanOrEqual(25);
  });

  it('keeps every genuine comment out of spam', () => {
    expect(verdictCounts([...ZH_GENUINE_DEV, ...RU_GENUINE_DEV]).spamTexts).toEqual([]);
  });

  // The held-out batch was written before any change and measured once after it (11 of 24 before,
  // 14 of 24 after, no genuine one to spam either time); no pattern was chosen by it. A regression
  // floor only. The advert grammar (advert-grammar.ts, never tuned on this batch) took it to 23 of 24.
  it('the held-out batch: at least 23 of 24 spam caught, no genuine comment to spam', () => {
    expect(verdictCounts(ZH_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(23);
    expect(verdictCounts(ZH_GENUINE_HELDOUT).spamTexts).toEqual([]);
  });
});
