// Three disguise gaps (issue 15, 2026-12-07; docs/spam.md, "Messenger stand-ins, far relief links,
// inverted earnings pitches"): more messenger stand-ins read as the messenger beside an id or an
// ask (messenger-standins.ts), the call to claim a relief payment with its link further away
// (relief-payment-far.ts), and Russian earnings pitches with the adjective after the noun
// (earnings-inverted.ts); what readers write with the same words reads and counts as before. Then
// the shipped model's verdicts on the development and held-out examples.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import {
  GAP_EARNINGS_GENUINE_DEV,
  GAP_EARNINGS_SPAM_DEV,
  GAP_MESSENGER_GENUINE_DEV,
  GAP_MESSENGER_SPAM_DEV,
  GAP_RELIEF_GENUINE_DEV,
  GAP_RELIEF_SPAM_DEV,
} from './disguise-gaps-examples.ts';
import { GAP_GENUINE_HELDOUT, GAP_SPAM_HELDOUT } from './disguise-gaps-heldout-examples.ts';
import { normalizeText } from '../text/normalize.ts';
import { OFFER_SIGNAL_CODES, offerCounts } from '../signals/offers/offers.ts';
import { countFarCalls } from '../signals/scams/relief-payment-far.ts';
import { countReliefPayment } from '../signals/scams/relief-payment.ts';

const read = (text: string): string => normalizeText(text).text;
const earnings = (raw: string): number =>
  offerCounts(normalizeText(raw))[OFFER_SIGNAL_CODES.indexOf('earnings-offer')] ?? 0;
const relief = (raw: string): number => countReliefPayment(normalizeText(raw));

describe('more messenger stand-ins read as the messenger beside an id or an ask', () => {
  it.each([
    ['微❤ after 加', '代开发票，加微❤ fp6688', '代开发票，加微信 fp6688'],
    ['V❤ before an id', '网赚项目，V❤：wz8899', '网赚项目，微信：wz8899'],
    ['威❤ with an emoji selector', '高仿包包，威❤️ gfbao520', '高仿包包，微信 gfbao520'],
    ['口口 before a number', '代写论文，口口 2837465910', '代写论文，QQ 2837465910'],
    ['扣扣群 before a number', '刷单兼职，进扣扣群 839201745', '刷单兼职，进QQ群 839201745'],
    ['灰机号 before an id', '网贷秒批，灰机号 daikuan777', '网贷秒批，飞机号 daikuan777'],
    ['灰机 before a colon and an id', '出售账号，灰机：zhanghao66', '出售账号，飞机：zhanghao66'],
    [
      '"Whats-ap" before a number',
      'Earn $400 a day, Whats-ap +1 202 555 0143',
      'Earn $400 a day, whatsapp +1 202 555 0143',
    ],
    [
      '"whatsap" after an ask',
      'Cheap followers, message me on whatsap',
      'Cheap followers, message me on whatsapp',
    ],
    [
      '"wats app" before a number',
      'Loans today, wats app +1 315 555 0192',
      'Loans today, whatsapp +1 315 555 0192',
    ],
    [
      '"telegrm" before a handle',
      'Forex signals, telegrm @fx_signals_pro',
      'Forex signals, telegram @fx_signals_pro',
    ],
    ['"telgram" after an ask', 'Crypto tips, contact us on telgram', 'Crypto tips, contact us on telegram'],
    [
      '«тележ» before a handle',
      'Заработок, подробности в тележ @dohod_online',
      'Заработок, подробности в телеграм @dohod_online',
    ],
    ['«тележ» after «пиши в»', 'Займ без отказа, пиши в тележ', 'Займ без отказа, пиши в телеграм'],
  ])('%s', (_name, disguised, plain) => {
    expect(read(disguised)).toBe(read(plain));
  });

  it.each([
    ['a late plane', '飞机晚点了，我们在机场等了一晚上。', '飞机晚点了'],
    ['a late plane, two hours', '飞机晚点两个小时，到乌鲁木齐已经半夜了。', '飞机晚点'],
    ['灰机 as a joke word for a plane', '坐灰机去乌鲁木齐要四个小时，太远了。', '灰机'],
    ['灰机 with a flight time', '灰机 3 点起飞，我们 1 点到机场。', '灰机'],
    ['口口声声', '他口口声声说要改革，结果什么都没变。', '口口声声'],
    ['a QQ group without a number', '我们小区有个扣扣群，大家都在讨论停水的事。', '扣扣群'],
    ['a heart after a word', '这张照片是在飞机上拍的，天山真美❤', '真美❤'],
    ['a heart and a year', '我爱你❤ 2026 新年快乐', '你❤'],
    [
      'a reader asking on WhatsApp',
      'I will ask on WhatsApp in the family group whether the border is open.',
      'on whatsapp in',
    ],
    [
      'misspellings without an id',
      'My dad still writes "whatsap" and "telegrm", autocorrect is a mess.',
      '"whatsap" and "telegrm"',
    ],
    ['"whats app" in prose', "Whats app is everyone's favourite, my mum says.", 'whats app is'],
    ['a telegram in prose', 'The telegrm arrived in 1975 and he still keeps it.', 'telegrm arrived'],
    ['a cart', 'В деревне у деда стоит старая тележка, на ней возили картошку.', 'тележка'],
    ['«тележ» in prose', 'Новости читаю в тележ каналах, тут позже.', 'тележ каналах'],
    ['code with "ts-app"', 'run `npm run build:ts-app` and check the log', 'ts-app'],
    ['a log paste', '2026-12-07 07:35:00 ERROR telegrm.send failed: 502 Bad Gateway', 'telegrm'],
  ])('%s reads as written', (_name, text, kept) => {
    expect(read(text)).toContain(kept);
  });
});

describe('the call to claim a relief payment counts with its link further away', () => {
  it.each([
    'Government grant for citizens affected by the floods: up to $3,000, no repayment. Apply before Friday, places are limited. Everything is explained here https://flood-grant-help.site',
    'Compensation for victims of financial pyramids is paid this month. Check your eligibility now, you only need a passport. Good luck to everyone! https://komp-return.top',
    'Получите выплату 120 000 тенге от государства. Заявку можно подать онлайн за пять минут. Все подробности на сайте: vyplata-kz.site',
    'Государственная субсидия каждой семье до 200 000 рублей. Проверьте, положена ли она вам. Торопитесь! https://subsidiya-rf.online',
  ])('%s', (text) => expect(relief(text)).toBeGreaterThan(0));

  it.each([
    [
      'an official portal',
      'The relief payment is real, apply only through the official portal. It took me ten minutes: https://egov.kz/cms/ru',
    ],
    [
      'Госуслуги',
      'Получите выплату только через Госуслуги, не через сторонние сайты. Всё пришло за неделю: https://www.gosuslugi.ru/',
    ],
    ['gov.cn', '育儿补贴的申领方式在官网上写得很清楚。大家去这里看就行：https://www.gov.cn/zhengce/'],
    [
      'a question before the link',
      'How do I apply for the state compensation for flood victims? This article says nothing: https://semey-news.kz/flood',
    ],
    [
      'a call to an office',
      'You can apply for the government grant at the akimat now. I wrote about my visit there: https://myblog-semey.kz/post',
    ],
    [
      'a last link without hurry',
      'Grant payments of $500 go to every farmer. Apply at the district office. https://farmers-union.kz/grant',
    ],
    [
      'a warning quoting the scam',
      'Scam alert: "claim your relief payment now", they say. Do not click https://relief-claim.top',
    ],
    [
      'an address in a question',
      'Where do I apply for the compensation for flood victims, is it Abay street 12? https://semey-news.kz',
    ],
  ])('%s counts nothing', (_name, text) => expect(relief(text)).toBe(0));

  it('reads no far call across a question or without a presented or last link', () => {
    expect(countFarCalls('apply now? see \uE000')).toBe(0);
    expect(countFarCalls('apply now. the story is long \uE000 and more words follow')).toBe(0);
    expect(countFarCalls('apply now. details here: \uE000')).toBe(1);
  });
});

describe('Russian earnings pitches with the adjective after the noun', () => {
  it.each([
    'Доход стабильный, вложений никаких, подробности в телеграм @dohod_plus',
    'Схема рабочая, прибыль ежедневная, вложения не нужны. Кому интересно — в телеграм @shema_dohod',
    'Работа лёгкая — оплата ежедневно, пишите в личку',
    'Метод надёжный, вывод моментальный, пиши в лс',
  ])('%s', (text) => expect(earnings(text)).toBeGreaterThan(0));

  it.each([
    ['egov', 'Способ простой: подать заявление через egov, ответ приходит за три дня.'],
    [
      'a report of a promise',
      'Работа лёгкая, оплата ежедневно — так нам обещали на складе, а платят раз в месяц.',
    ],
    [
      'a warning quoting it',
      'Доход стабильный, вложений никаких — так пишут мошенники в телеграме, не ведитесь.',
    ],
    ['a job review', 'Зарплата стабильная, работа лёгкая, но коллектив тяжёлый и начальник кричит.'],
    ['a review with «но» and a contact', 'Работа простая, но платят мало, пишите в лс кто там работал.'],
    ['an akimat', 'Способ простой: звоните в акимат, там всё объяснят и запишут.'],
    ['numbers in code', 'доход = 3000 * дни; // работа лёгкая, оплата ежедневно? нет, это тест'],
  ])('%s counts nothing', (_name, text) => expect(earnings(text)).toBe(0));
});

describe('the shipped model on the examples', () => {
  const toSpam = (list: readonly string[]): number => verdictCounts(list).spam;
  const published = (list: readonly string[]): number => verdictCounts(list).ham;

  it('catches the development spam (main: messenger 10, relief 4, earnings 4 to spam)', () => {
    expect(toSpam(GAP_MESSENGER_SPAM_DEV)).toBeGreaterThanOrEqual(16);
    expect(verdictCounts(GAP_RELIEF_SPAM_DEV).unpublishedTexts).toEqual(GAP_RELIEF_SPAM_DEV);
    expect(toSpam(GAP_RELIEF_SPAM_DEV)).toBe(GAP_RELIEF_SPAM_DEV.length);
    expect(toSpam(GAP_EARNINGS_SPAM_DEV)).toBe(GAP_EARNINGS_SPAM_DEV.length);
  });

  it('publishes the development genuine comments as main did (one embassy comment held on main too)', () => {
    expect(
      verdictCounts([...GAP_MESSENGER_GENUINE_DEV, ...GAP_RELIEF_GENUINE_DEV, ...GAP_EARNINGS_GENUINE_DEV])
        .spamTexts,
    ).toEqual([]);
    expect(published(GAP_MESSENGER_GENUINE_DEV)).toBeGreaterThanOrEqual(GAP_MESSENGER_GENUINE_DEV.length - 1);
    expect(verdictCounts(GAP_RELIEF_GENUINE_DEV).unpublishedTexts).toEqual([]);
    expect(verdictCounts(GAP_EARNINGS_GENUINE_DEV).unpublishedTexts).toEqual([]);
  });

  it('holds its held-out figures (measured once: spam 10/0/4 -> 13/1/0, genuine 0/0/14 both times)', () => {
    expect(toSpam(GAP_SPAM_HELDOUT)).toBeGreaterThanOrEqual(13);
    expect(verdictCounts(GAP_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
  });
});
