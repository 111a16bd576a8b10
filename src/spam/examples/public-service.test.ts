// News readers pointing others to a public body's own channels, portals and alerts (issue 15,
// 2026-12-07, evening; docs/spam.md, "Readers on a public body's channels"): such a link is
// credited as reputable and left out of `links`, advice to subscribe to a body's alerts leaves the
// self-promotion count; the writer's own channel, a seller's site, a Telegram invite, a handle or
// domain with a payment's word and any payout or sale beside them get nothing. Batches pinned at
// the figures measured when the change landed (held out: once before and once after).
import { describe, expect, it } from 'vitest';
import { verdictCounts, verdictOf } from '../../../test/support/spam-verdicts.ts';
import { builtinModel, scoreComment } from '../index.ts';
import { normalizeText } from '../text/normalize.ts';
import { publicBodyLinks, publicServiceAdvice } from '../signals/readers/public-service.ts';
import * as dev from './public-service-examples.ts';
import * as heldout from './public-service-heldout-examples.ts';

const model = builtinModel();
const codes = (text: string): string[] => scoreComment({ content: text }, model).reasons.map((r) => r.code);
const owned = (text: string): number => publicBodyLinks(normalizeText(text), () => false).links;
const advice = (text: string): number => publicServiceAdvice(normalizeText(text).text).length;

describe("a public body's own link", () => {
  it.each([
    'The customs committee posts the new tariffs on its Telegram channel first: https://t.me/kgd_gov_kz',
    "The embassy's Telegram channel had the new visa rules: https://t.me/kazembassy_cn",
    'Минтранс уже написал об этом у себя в канале: https://t.me/mintrans_kz',
    '大使馆的官方微博发了签证新规：https://weibo.com/kzembassy',
    "Photos from the Khorgos dry port on the operator's site: https://khorgosgateway.com/en/gallery",
  ])('is credited: %s', (text) => {
    expect(owned(text)).toBe(1);
    expect(codes(text)).toContain('reference-link');
  });

  it.each([
    // no public body, the writer's own, an invite, a payment's word, a government's name borrowed
    'Their Telegram channel posts the best deals first: https://t.me/deals_kz',
    'The customs news on my Telegram channel: https://t.me/kgd_news_kz',
    "The embassy's Telegram channel: https://t.me/+AbCdEf123",
    "The customs committee's official Telegram channel: https://t.me/customs_kz_vyplaty",
    "The ministry's official site: https://gov-kz-payments.top",
    "The ministry's portal: https://egov-kz-kompensaciya.com",
    "The tax office's Telegram channel is giving away bonuses to every citizen, join: https://t.me/nalog_kz_official",
    'Подпишитесь на канал министерства, там выплаты 42 500 тенге каждому: https://t.me/minfin_kz_news',
    '大使馆的官方微信公众号，代办签证，三天出签：https://mp.weixin.qq.com/s/visa888',
    'https://t.me/kgd_gov_kz',
    "The embassy's consular section answers on its WhatsApp: https://wa.me/77015551122",
    "The railway's site: https://bit.ly/3xYzAbc",
  ])('is not: %s', (text) => expect(owned(text)).toBe(0));
});

describe("advice to subscribe to a public body's alerts", () => {
  it.each([
    "Subscribe to the railway's SMS alerts if you travel Almaty–Urumqi.",
    'Подпишитесь на рассылку министерства, они присылают изменения тарифов заранее.',
    '订阅12306的短信提醒，火车晚点会提前通知。',
  ])('is no self-promotion: %s', (text) => {
    expect(advice(text)).toBe(1);
    expect(codes(text)).not.toContain('self-promotion');
  });

  it.each([
    'Subscribe to our SMS alerts for the best exchange rates, text JOIN to 7755',
    'Subscribe to my channel for embassy news and visa tips',
    'Подпишитесь на наш канал, лучшие курсы валют каждый день',
    'Subscribe to the channel, guys',
    '关注我的公众号，每天更新大使馆签证资讯',
  ])('a plug is not: %s', (text) => expect(advice(text)).toBe(0));
});

describe('spam posing as a public body stays where it was', () => {
  it.each([
    [
      "The tax office's Telegram channel is giving away bonuses to every citizen, join: https://t.me/nalog_kz_official",
      'spam',
    ],
    [
      "Follow the ministry's channel, they post the list of citizens who get 100,000 tenge: https://t.me/minfin_kz_news",
      'spam',
    ],
    [
      "The ministry's official site lists the compensation, check your name: https://minfin-kz.com/list",
      'hold',
    ],
    [
      'Подпишитесь на канал министерства, там выплаты 42 500 тенге каждому: https://t.me/minfin_kz_news',
      'hold',
    ],
    ["The embassy's official Telegram channel: https://t.me/embassy_visa_help", 'hold'],
    ["The akimat's channel is giving free apartments, register now: https://t.me/akimat_kvartiry", 'spam'],
  ] as const)('%s', (text, verdict) => expect(verdictOf(text)).toBe(verdict));
});

describe('the batches', () => {
  it('development: every reader published, every spam spam', () => {
    expect(verdictCounts(dev.PUBLIC_CHANNEL_GENUINE_DEV).unpublishedTexts).toEqual([]);
    expect(verdictCounts(dev.PUBLIC_ALERTS_GENUINE_DEV).unpublishedTexts).toEqual([]);
    expect(verdictCounts(dev.PUBLIC_PORTAL_GENUINE_DEV).unpublishedTexts).toEqual([]);
    expect(verdictCounts(dev.PUBLIC_SERVICE_SPAM_DEV).spam).toBe(9);
  });

  // The held spam, «Подпишитесь на наш канал …: <t.me>», is spam since channel-call.ts (issue 15,
  // late evening): 4/1 -> 5/0.
  it('held out (measured once): every reader published, the spam 5 (4 spam, 1 held when measured)', () => {
    expect(verdictCounts(heldout.PUBLIC_SERVICE_GENUINE_HELDOUT).unpublishedTexts).toEqual([]);
    const spam = verdictCounts(heldout.PUBLIC_SERVICE_SPAM_HELDOUT);
    expect([spam.spam, spam.hold]).toEqual([5, 0]);
  });
});
