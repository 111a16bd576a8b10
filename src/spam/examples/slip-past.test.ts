// Four kinds that slipped past (issue 15, 2026-12-07; docs/spam.md, "Signal groups, tg
// recruitment, cracked downloads, SEO stories ending in a call"): the signal channel's advert
// (signal-group.ts), Russian recruitment sent to a handle (tg-recruitment.ts), an SEO story ending
// with a superlative and a call (call-closing.ts); what readers write with the same words counts
// nothing. Then the shipped model's verdicts on the development and held-out examples.
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { countCallClosing } from '../signals/seo/call-closing.ts';
import { normalizeText } from '../text/normalize.ts';
import { OFFER_SIGNAL_CODES, offerCounts } from '../signals/offers/offers.ts';
import { countServicePitch } from '../signals/service-pitch.ts';
import * as dev from './slip-past-examples.ts';
import { SLIP_GENUINE_HELDOUT, SLIP_SPAM_HELDOUT } from './slip-past-heldout-examples.ts';

const family =
  (code: string) =>
  (raw: string): number =>
    offerCounts(normalizeText(raw))[OFFER_SIGNAL_CODES.indexOf(code as never)] ?? 0;
const investment = family('investment-pitch');
const job = family('job-offer');
const closing = (raw: string): number => countCallClosing(normalizeText(raw).text);
const pitch = (raw: string): number => countServicePitch(normalizeText(raw));

describe('the signal channel advert counts as an investment pitch beside a contact', () => {
  it.each([
    [
      'free forex signals, 90% accuracy, a handle',
      'Join our Telegram for free forex signals, 90% accuracy @fx_signals_pro',
      2,
    ],
    [
      'VIP gold signals, 95% accuracy, a handle',
      'VIP gold signals with 95% accuracy, DM me on Telegram @goldtrader_fx',
      2,
    ],
    [
      '«бесплатные сигналы … в нашем канале»',
      'Бесплатные сигналы по крипте в нашем канале, точность 95%, @crypto_signal_ru',
      4,
    ],
    ['喊单群, 准确率', '专业喊单群，准确率95%，加微信 hd6677', 2],
  ])('%s', (_name, text, atLeast) => {
    expect(investment(text)).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    [
      'a trader with no channel',
      'I trade forex myself and no strategy gives 90% accuracy; the tenge moved 3%.',
    ],
    ['a warning with a handle', 'Beware of @fx_signals_pro, free forex signals with 90% accuracy is a scam.'],
    [
      'a Russian warning with a handle',
      'Бесплатные VIP сигналы в нашем канале @crypto_x, прибыль до 80% — развод, не ведитесь.',
    ],
    ['a Chinese warning', '所谓免费喊单群，准确率95%，都是骗子，别信，加微信 abc123 的都拉黑。'],
    [
      'a reader on a traffic signal with a handle',
      'The traffic signal at Abay is broken again, 90% of drivers ignore it, @almaty_police',
    ],
  ])('%s', (_name, text) => {
    expect(investment(text)).toBe(0);
  });
});

describe('Russian recruitment sent to a handle counts as a job offer', () => {
  it.each([
    ['a job handle and «расскажу подробнее»', 'Пиши в телеграм @rabota_online24 — расскажу подробнее', 2],
    [
      '«набираю команду, свободный график»',
      'Набираю команду, свободный график, всё расскажу в тг @marina_hr',
      3,
    ],
    [
      '«требуются сотрудники … подробности в телеграм»',
      'Требуются сотрудники на удаленную работу, подробности в телеграм @vakansii_astana',
      3,
    ],
  ])('%s', (_name, text, atLeast) => {
    expect(job(text)).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    [
      'an embassy channel',
      'Посольство пишет в телеграм @kazembassy_cn, что запись открыта, подробности там.',
    ],
    ['a ministry channel', 'МИД опубликовал разъяснение в телеграм-канале @mfa_kz, подробности в телеграм.'],
    [
      'a journalist asking witnesses',
      'Ищу людей, которые были на границе, пишите в тг @reporter_kz, готовлю материал.',
    ],
    ['an editorial handle', 'Пишите в тг редакции @silkroad_news, расскажу подробнее, если видели очередь.'],
    [
      'a job found without a handle',
      'Мой брат нашёл работу на удалёнке через hh.kz, подробности в телеграм не нужны.',
    ],
    ['a warning', 'Пишут в тг @rabota_x: набираю команду, свободный график — это мошенники, не ведитесь.'],
  ])('%s', (_name, text) => {
    expect(job(text)).toBe(0);
  });
});

describe('a superlative for a trade and a call as the last words count as a service pitch', () => {
  it.each([
    [
      'best plumbers in Almaty, call today',
      'We fixed the leak in an hour. Best plumbers in Almaty — call today!',
    ],
    [
      'fastest tow trucks in town, call us today',
      'They towed it in 30 minutes. Fastest tow trucks in town — call us today!',
    ],
    [
      '«лучшие сантехники … звоните сегодня»',
      'Мастер приехал за час. Лучшие сантехники Алматы — звоните сегодня!',
    ],
    ['最好的 … 今天就打电话', '师傅一小时就修好了。乌鲁木齐最好的水管维修，今天就打电话！'],
  ])('%s', (_name, text) => {
    expect(closing(text)).toBe(2);
    expect(pitch(text)).toBeGreaterThanOrEqual(2);
  });

  it.each([
    [
      'the best plumbers left',
      'The best plumbers in Almaty all left for Russia, that is the real story here.',
    ],
    ['a hotline to call', 'If your heating is off, call 109 today, the akimat hotline actually answers.'],
    [
      '«звоните в акимат»',
      'Прорвало трубу, три дня не могли дозвониться. Звоните в акимат, только так помогает.',
    ],
    ['a question', 'Who are the best plumbers in Almaty? Should I call today?'],
    [
      'a warning',
      'Best plumbers in Almaty, they said, call today — a scam, they took the deposit and vanished. Call the police!',
    ],
    [
      'best, then a call elsewhere',
      'The best part of the article is the map. If you saw the fire, call 101 now.',
    ],
  ])('%s', (_name, text) => {
    expect(pitch(text)).toBe(0);
  });
});

const HELD_SPAM_FLOOR = 9; // measured once: 9 spam, 2 held, 0 published (main: 8/1/2)
const HELD_GENUINE_CEILING = 1; // the editorial handle, held 0.359 on main and here

// Figures measured when this landed (docs/spam.md): spam / held / published.
describe('the shipped model on the examples', () => {
  it('development spam: signal groups, recruitment and cracked downloads caught; SEO stories up', () => {
    expect(verdictCounts(dev.SLIP_SIGNALS_SPAM_DEV).spam).toBe(dev.SLIP_SIGNALS_SPAM_DEV.length);
    expect(verdictCounts(dev.SLIP_RECRUIT_SPAM_DEV).spam).toBe(dev.SLIP_RECRUIT_SPAM_DEV.length);
    expect(verdictCounts(dev.SLIP_CRACK_SPAM_DEV).spam).toBe(dev.SLIP_CRACK_SPAM_DEV.length);
    const seo = verdictCounts(dev.SLIP_SEO_SPAM_DEV);
    expect(seo.spam).toBeGreaterThanOrEqual(2);
    expect(seo.spam + seo.hold).toBeGreaterThanOrEqual(4);
  });

  // (the journalist asking witnesses was held until press-request.ts, 2026-12-07, third session)
  it('development genuine: every one published', () => {
    const genuine = [
      ...dev.SLIP_SIGNALS_GENUINE_DEV,
      ...dev.SLIP_RECRUIT_GENUINE_DEV,
      ...dev.SLIP_CRACK_GENUINE_DEV,
      ...dev.SLIP_SEO_GENUINE_DEV,
    ];
    const counts = verdictCounts(genuine);
    expect(counts.unpublishedTexts).toEqual([]);
  });

  it('held out', () => {
    const spam = verdictCounts(SLIP_SPAM_HELDOUT);
    expect(spam.spam).toBeGreaterThanOrEqual(HELD_SPAM_FLOOR);
    expect(verdictCounts(SLIP_GENUINE_HELDOUT).unpublishedTexts.length).toBeLessThanOrEqual(
      HELD_GENUINE_CEILING,
    );
  });
});
