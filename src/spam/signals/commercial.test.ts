import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { COMMERCIAL_SIGNAL_CODES, COMMERCIAL_SIGNAL_INFO, withoutQuestions } from './commercial.ts';
import {
  DEFAULT_BITS,
  createModel,
  deserializeModel,
  linearScore,
  serializeModel,
} from '../classifier/model.ts';
import { normalizeText } from '../text/normalize.ts';
import { seededRandom } from '../classifier/random.ts';
import { OFFER_SIGNAL_CODES, offerCounts } from './offers/offers.ts';
import { countKeywordLinks, seoEvidence } from './seo/seo.ts';
import { OWN_CHANNEL_TRAINING_WEIGHT, OWN_CHANNEL_WEIGHT } from './hand-set-signal-info.ts';
import { SIGNAL_CODES, SIGNAL_INFO, type SignalCode } from './signals.ts';
import { countSitePromotion } from './site-promotion.ts';
import { supportEvidence } from './support.ts';
import { trainModel } from '../classifier/train.ts';
import { DEFAULT_HOLD_THRESHOLD } from '../verdict.ts';
import { parseSettings } from '../../settings/index.ts';

const support = (text: string): ReturnType<typeof supportEvidence> =>
  supportEvidence(normalizeText(text).text);
const seo = (text: string): ReturnType<typeof seoEvidence> => {
  const n = normalizeText(text);
  return seoEvidence(n.text, n.plain, text);
};
// Site promotion, with the game-currency and cracked-software phrases that moved to their own
// offer signals (offers.ts) on 2026-12-06.
const promo = (text: string): number => {
  const n = normalizeText(text);
  const offers = offerCounts(n);
  const moved = (['game-currency', 'cracked-software'] as const).map(
    (code) => offers[OFFER_SIGNAL_CODES.indexOf(code)] ?? 0,
  );
  return countSitePromotion(n.text) + moved.reduce((a, b) => a + b, 0);
};

function signal(
  content: string,
  code: SignalCode,
  context?: Parameters<typeof analyzeComment>[0]['context'],
): number {
  return analyzeComment({ content, context }, DEFAULT_BITS).counts[SIGNAL_CODES.indexOf(code)] ?? 0;
}

describe('support-line evidence in each script', () => {
  it.each([
    ['Norton customer service number, call now', { lines: 1, brands: 1 }],
    ['Epson printer support phone number', { lines: 1, brands: 1 }],
    ['HP support number, Canon support number, Dell support number', { lines: 3, brands: 3 }],
    ['Nоrton support (with a Cyrillic о)', { brands: 1 }],
    ['Служба поддержки Сбербанка: горячая линия, звоните круглосуточно', { lines: 1, brands: 1 }],
    ['номер телефона поддержки Тинькофф', { lines: 1 }],
    ['微软客服电话，24小时人工客服', { lines: 2, brands: 1 }],
    ['フリーダイヤルでお問い合わせください', { lines: 1 }],
    ['Número de teléfono de atención al cliente de Iberia', { lines: 2 }],
    ['Kundenservice der Lufthansa', { lines: 1, brands: 1 }],
    ['the customer service of Delta', { brands: 1 }],
    ['Garmin GPS helpline | TomTom customer care | Magellan hotline', { lines: 3, brands: 3 }],
    ['Служба техподдержки Касперского', { brands: 1 }],
    ['支付宝人工客服热线', { brands: 1 }],
    ['抖音官方人工客服', { brands: 1 }],
  ])('%s', (text, expected) => expect(support(text)).toMatchObject(expected));

  it('service words: the staff a scam promises and messenger contacts, only next to a number', () => {
    expect(supportEvidence('our certified technicians fix it', 1).service).toBe(1);
    expect(supportEvidence('contact us on whatsapp', 1).service).toBe(2);
    expect(supportEvidence('our certified technicians fix it', 0).service).toBe(0);
  });

  it.each([
    'The new support for ARM builds landed in version 3.',
    'Has anyone read the service manual for this printer?',
    'Я позвонил другу и он рассказал про эту статью.',
    '这篇文章的数据很有意思。',
  ])('no support line in %s', (text) => expect(support(text).lines).toBe(0));
});

describe('SEO evidence', () => {
  it.each([
    // (the place, and the same words as a keyword tail after praise: seo.ts, "Keyword tails")
    ['Thanks for sharing such a useful post! Cleaning Company in Austin', 2, 2],
    ['Great article, very informative. More info: Harbor Lights Dental', 2, 1],
    ['Nice blog! We offer carpet cleaning services in Manchester', 1, 1],
    ['We are the best movers near me', 0, 1],
    // a place and, after praise, a keyword tail (foreign-tail.ts), as in English
    ['Спасибо за статью! Ремонт квартир в Москве под ключ', 1, 2],
    ['感谢分享！上海搬家公司', 1, 2],
  ])('%s → praise %i, anchors %i', (text, praise, anchors) =>
    expect(seo(text)).toMatchObject({ praise, anchors }),
  );

  it.each([
    ['<a href="https://x.example">roofing contractors Denver</a>', 1],
    ['[url=https://x.example]cheap movers[/url]', 1],
    ['see [the report](https://example.org/report)', 1],
    ['<a href="https://x.example">https://x.example</a>', 0],
    ['<a href="https://www.youtube.com/watch?v=x&t=139">2:19</a> best part', 0],
  ])('keyword links in %s → %i', (raw, n) => expect(countKeywordLinks(raw)).toBe(n));

  it.each([
    ['Really helpful, thank you. Bright Smile Orthodontics Clinic', 1],
    ['Nice post — Royal Motors.', 1],
    ['Спасибо! Sunrise Yoga Retreat', 1],
  ])('a business name signing off: %s → %i anchor', (text, n) => expect(seo(text).anchors).toBe(n));

  it.each([
    'We went to the Riverside Dental Clinic last year and they said the same.',
    'The Apple Store was closed.',
    'Thanks for the update on the Kings Cross development',
    'the dental clinic',
  ])('no business signature in %s', (text) => expect(seo(text).anchors).toBe(0));

  it('a place needs a trade before it and a capital letter', () => {
    expect(seo('I grew up in Austin and moved to Leeds in May.').anchors).toBe(0);
    expect(seo('the cleaning company in town was slow').anchors).toBe(0);
  });
});

describe('download, stream, cheat and crack promotion', () => {
  it.each([
    ['Free robux generator no human verification', 3],
    ['Watch Dune Part Two full movie online free HD', 2],
    ['Photoshop crack + keygen full version free download', 4],
    ['Clash of Clans hack unlimited gems, no survey', 3],
    ['Spotify premium mod apk', 3],
    ['GTA San Andreas for android free full version apk + obb', 2],
    ['Скачать GTA 5 бесплатно без регистрации и смс', 2],
    ['免费下载最新破解版，在线观看', 3],
    ['免费看最新电影，高清无广告', 2],
    // (bought accounts and followers are account-selling's since 2026-12-06: market-families.test.ts)
  ])('%s → %i', (text, n) => expect(promo(text)).toBe(n));

  it.each([
    'A quick hack around the bug is to pin the version.',
    'I keep a cheat sheet of these flags on my desk.',
    'I could not download the file from the release page.',
    'Is there a way to watch the talk online later?',
    'The patch for the CVE shipped yesterday.',
    'I sideloaded the release apk from the project page and it works.',
    'Companies buy reviews and followers all the time, as this article shows.',
    'I bought the cheap version of the account plan.',
  ])('none in %s', (text) => expect(promo(text)).toBe(0));
});

describe('commercial signals in analyzeComment', () => {
  it('counts phone numbers next to support words, not bare ones', () => {
    expect(signal('Norton support 1-888-555-0199', 'support-number')).toBe(1);
    expect(signal('The clinic is at 12 Elm St, (212) 555-0134.', 'support-number')).toBe(0);
    expect(signal('The clinic is at 12 Elm St, (212) 555-0134.', 'phone-number')).toBe(1);
  });

  it('a support line named in a question does not give a number its context', () => {
    const question = 'Is there a toll-free number for the pension office? The letter says 0800 555 0199.';
    expect(signal(question, 'support-number')).toBe(0);
    expect(signal(question, 'toll-free-number')).toBe(1);
    const scam = 'Printer offline? Call the Epson support number 1-888-555-0123 now.';
    expect(signal(scam, 'support-number')).toBe(1);
    expect(withoutQuestions('Is it on? Yes. Really？ ok')).toBe('  Yes.  ok');
  });

  it('leaves out questions exactly as the sentence regex it replaced did', () => {
    const question = /[^.!?。！？\n]*[?？]/g;
    // Sentence ends of both widths, line breaks, letters of three scripts, an emoji and a lone surrogate.
    const pieces = [...'ab .!?。！？\n\rя中…', 'b ', '😀', '\uD83D'];
    const random = seededRandom(15);
    const differing: string[] = [];
    for (let k = 0; k < 50_000; k++) {
      let text = '';
      for (let i = Math.floor(random() * 24); i > 0; i--)
        text += pieces[Math.floor(random() * pieces.length)];
      if (withoutQuestions(text) !== text.replace(question, ' ')) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it('first-time-link only when the history was looked up and is empty', () => {
    const text = 'see https://example.org/x';
    expect(signal(text, 'first-time-link')).toBe(0);
    expect(signal(text, 'first-time-link', { approvedByEmail: 0, approvedByIp: 0 })).toBe(1);
    expect(signal(text, 'first-time-link', { approvedByEmail: 2, approvedByIp: 0 })).toBe(0);
    expect(signal('no link here', 'first-time-link', { approvedByEmail: 0 })).toBe(0);
  });

  it('praise with an anchor, not praise with a cited link', () => {
    expect(signal('Great post! More info: Bright Star Movers', 'praise-with-anchor')).toBe(1);
    expect(signal('Great post! The data is from https://www.ons.gov.uk/', 'praise-with-anchor')).toBe(0);
  });
});

describe('hand-set weights', () => {
  it('every commercial signal is fixed, with a prior in the signal table', () => {
    for (const code of COMMERCIAL_SIGNAL_CODES) {
      expect(SIGNAL_INFO[code]).toBe(COMMERCIAL_SIGNAL_INFO[code]);
      expect(SIGNAL_INFO[code].fixed).toBe(true);
    }
  });

  it('training leaves fixed weights as written and still learns the others', () => {
    const examples = [
      ...['support 1-888-555-0199 call', 'helpline 1-877-555-0100 now'].map((content) => ({
        input: { content },
        spam: false,
      })),
      ...['win cash now', 'free prize claim'].map((content) => ({ input: { content }, spam: true })),
    ];
    const model = trainModel(examples, { bits: 12 });
    const prior = createModel(12).signalWeights;
    for (const code of COMMERCIAL_SIGNAL_CODES) {
      const i = SIGNAL_CODES.indexOf(code);
      expect(model.signalWeights[i]).toBe(prior[i]);
    }
    expect(model.signalWeights[SIGNAL_CODES.indexOf('contact-details')]).not.toBe(
      prior[SIGNAL_CODES.indexOf('contact-details')],
    );
  });

  it('a fixed signal with a training weight trains at that weight and scores at its own', () => {
    const i = SIGNAL_CODES.indexOf('own-channel');
    expect(SIGNAL_INFO['own-channel'].prior).toBe(OWN_CHANNEL_WEIGHT);
    expect(SIGNAL_INFO['own-channel'].trainingWeight).toBe(OWN_CHANNEL_TRAINING_WEIGHT);
    expect(OWN_CHANNEL_TRAINING_WEIGHT).toBeLessThan(OWN_CHANNEL_WEIGHT);
    // Spam with the phrase, ham without: the words learn what the training weight leaves them.
    const examples = [
      ...['check out my channel', 'subscribe to me please', 'check me out guys'].map((content) => ({
        input: { content },
        spam: true,
      })),
      ...['great song', 'love this video', 'the guitar part is great'].map((content) => ({
        input: { content },
        spam: false,
      })),
    ];
    const model = trainModel(examples, { bits: 12 });
    expect(model.signalWeights[i]).toBe(OWN_CHANNEL_WEIGHT);
    const heavier = { ...SIGNAL_INFO['own-channel'] };
    try {
      (SIGNAL_INFO as Record<string, unknown>)['own-channel'] = {
        ...heavier,
        trainingWeight: OWN_CHANNEL_WEIGHT,
      };
      const trainedAtScoringWeight = trainModel(examples, { bits: 12 });
      const words = (m: typeof model): number =>
        linearScore(m, analyzeComment({ content: 'check out my channel' }, 12)).logit -
        OWN_CHANNEL_WEIGHT * (analyzeComment({ content: 'check out my channel' }, 12).signals[i] ?? 0);
      expect(words(model)).toBeGreaterThan(words(trainedAtScoringWeight));
    } finally {
      (SIGNAL_INFO as Record<string, unknown>)['own-channel'] = heavier;
    }
  });

  it('a stored model cannot change a hand-set weight (they come from the code)', () => {
    const model = createModel(10);
    const i = SIGNAL_CODES.indexOf('support-number');
    model.signalWeights[i] = 9;
    model.signalWeights[SIGNAL_CODES.indexOf('links')] = 0.25;
    const loaded = deserializeModel(serializeModel(model));
    expect(loaded.signalWeights[i]).toBe(COMMERCIAL_SIGNAL_INFO['support-number'].prior);
    expect(loaded.signalWeights[SIGNAL_CODES.indexOf('links')]).toBe(0.25);
  });

  it("the site settings default hold threshold is the spam module's", () => {
    expect(parseSettings({}).spamHoldThreshold).toBe(DEFAULT_HOLD_THRESHOLD);
  });
});
