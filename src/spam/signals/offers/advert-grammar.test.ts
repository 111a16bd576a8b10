// Known answers of the advert grammar (advert-grammar.ts): Chinese and Russian adverts of products
// no offer family names, caught by their shape (a private channel, several kinds of seller's cue, no
// reader's discourse); the genuine comments of the same surface, which must count nothing; English,
// which it leaves alone; and the shipped model's verdicts on the development and held-out examples.
// The sentences of the first blocks are written for this test, not taken from advert-examples.ts.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../../test/support/spam-verdicts.ts';
import { advertGrammar, advertGrammarKinds } from './advert-grammar.ts';
import {
  ADVERT_RU_GENUINE_DEV,
  ADVERT_RU_SPAM_DEV,
  ADVERT_ZH_GENUINE_DEV,
  ADVERT_ZH_SPAM_DEV,
} from '../../examples/advert-examples.ts';
import {
  ADVERT_GENUINE_HELDOUT,
  ADVERT_RU_SPAM_HELDOUT,
  ADVERT_ZH_SPAM_HELDOUT,
} from '../../examples/advert-heldout-examples.ts';
import { analyzeComment } from '../../analyze.ts';
import { DEFAULT_BITS } from '../../classifier/model.ts';
import { normalizeText } from '../../text/normalize.ts';
import { SIGNAL_CODES } from '../signals.ts';

const kinds = (raw: string): number => advertGrammarKinds(normalizeText(raw));
const value = (raw: string): number => advertGrammar(normalizeText(raw));

describe('the advert grammar reads an advert of anything', () => {
  it.each<[string, number]>([
    // Chinese: products and trades no family lists
    ['专业修脚，上门服务，价格实惠，电话 13911223344', 3],
    ['鱼缸造景设计，承接各类水族工程，欢迎咨询，微信 yugang_88', 3],
    ['纯手工酿造米酒，五斤起批，包邮，有意者私聊', 3],
    ['婚车租赁，奔驰宝马，一口价，当天预约，QQ 55667788', 3],
    ['钢琴调律，资深师傅，随叫随到，扣扣 443322110', 3],
    ['二手叉车出售，九成新，量大从优，详见 chache-ershou.com', 3],
    // Russian
    ['Поклейка обоев, опыт 7 лет, недорого, звоните 8 903 111 22 33', 3],
    ['Продаю мёд с пасеки, доставка по всей России, пишите в личку', 3],
    ['Ремонт ноутбуков на дому, быстро, гарантия. Обращайтесь: 89031112233', 3],
    ['Стрижка собак, выезд на дом, от 1500 ₽. Telegram @grum_demo', 3],
  ])('%s → at least %i kinds', (text, n) => expect(kinds(text)).toBeGreaterThanOrEqual(n));

  it('gives service-pitch one less than the kinds, from two kinds on, at most 4', () => {
    expect(value('钢琴调律，资深师傅，随叫随到，扣扣 443322110')).toBe(4);
    expect(value('专业修脚，价格实惠，电话 13911223344')).toBe(2); // service, price, ends on the phone
    expect(value('专业修脚，电话 13911223344')).toBe(1); // service, ends on the phone
    expect(value('修脚，电话 13911223344')).toBe(0); // one kind counts nothing
    expect(value('Спасибо, 13911223344')).toBe(0);
  });

  it('needs a channel: an advert with no way to reach the seller counts nothing', () => {
    expect(kinds('专业修脚，上门服务，价格实惠，欢迎咨询')).toBe(0);
    expect(kinds('Поклейка обоев, опыт 7 лет, недорого, гарантия')).toBe(0);
  });

  it('reads English with its own grammar (advert-grammar-en.ts), from five kinds on', () => {
    expect(value('Professional movers, fair prices, same day, call 0800 123 456')).toBe(3);
    expect(value('Movers, call 0800 123 456')).toBe(0);
  });

  it('counts it as service-pitch when analysing', () => {
    const at = SIGNAL_CODES.indexOf('service-pitch');
    const a = analyzeComment({ content: '婚车租赁，奔驰宝马，一口价，当天预约，QQ 55667788' }, DEFAULT_BITS);
    expect(a.counts[at]).toBeGreaterThanOrEqual(3);
  });
});

// What readers write with the same surface: a public office's number, a question where to buy, a
// company that hires, a warning, a story, prices and lists in a news discussion.
const GENUINE = [
  '出入境接待大厅的电话是 0991-1234567，周末也有人接，比网上的中介靠谱。',
  '谁知道哪里有修脚的？我爸脚疼好久了。',
  '我们单位也在招人，专业不限，工资一般，可以去人社局网站 www.mohrss.gov.cn 看。',
  '小心那些上门服务的广告，加了微信就要先交定金，我同事被骗了三千。',
  '听说婚车租赁现在一口价都要三千，结婚真贵，电话 13911223344 是我表哥的，他帮人开婚车。',
  '据报道，二手叉车价格下跌了百分之二十，很多工厂在出售设备。',
  '菜价：白菜两元，土豆三元，猪肉二十五元，比去年贵了不少，但是工资没涨。',
  'Телефон приёмной акимата 8 7172 55 66 77, звонил туда по поводу дороги, быстро ответили.',
  'Осторожно: «ремонт ноутбуков на дому недорого, пишите в личку» — у меня так украли ноутбук.',
  'Где в Астане купить мёд с пасеки? Подскажите, пожалуйста.',
  'В нашей компании ищут мастера, опыт от 3 лет, гарантия соцпакета; резюме на сайт hh.kz.',
  'По данным статистики, цены на ремонт от 15 000 ₽ за метр, быстро растут.',
];

describe('the genuine comments of the same surface', () => {
  it.each(GENUINE)('counts nothing in: %s', (text) => expect(value(text)).toBe(0));

  it('keeps them all out of spam with the shipped model', () => {
    expect(verdictCounts(GENUINE).spamTexts).toEqual([]);
  });
});

describe('the shipped model on the advert examples (advert-examples.ts)', () => {
  // caught: spam or discard (a held comment is not counted)
  it('sends at least the measured share of the Chinese adverts to spam (3 of 45 before, 42 after)', () => {
    expect(verdictCounts(ADVERT_ZH_SPAM_DEV).spam).toBeGreaterThanOrEqual(42);
  });

  it('sends the Russian adverts to spam (5 of 22 before, 22 after)', () => {
    expect(verdictCounts(ADVERT_RU_SPAM_DEV).spam).toBeGreaterThanOrEqual(22);
  });

  it('keeps every genuine comment published (none to spam, none held)', () => {
    const genuine = verdictCounts([...ADVERT_ZH_GENUINE_DEV, ...ADVERT_RU_GENUINE_DEV]);
    expect(genuine.spamTexts).toEqual([]);
    expect(genuine.heldTexts).toEqual([]);
  });

  // The held-out batch was written before any change and measured after it (zh 4 of 26 before, 21
  // after; ru 2 of 10, 10; genuine none to spam or held either time); nothing was chosen by it. A
  // regression floor only.
  it('the held-out batch: at least 21 of 26 Chinese and 10 of 10 Russian caught, no genuine one held', () => {
    expect(verdictCounts(ADVERT_ZH_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(21);
    expect(verdictCounts(ADVERT_RU_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(10);
    const genuine = verdictCounts(ADVERT_GENUINE_HELDOUT);
    expect(genuine.spamTexts).toEqual([]);
    expect(genuine.heldTexts).toEqual([]);
  });
});
