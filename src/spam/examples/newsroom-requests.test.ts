// Known answers of "real readers the filter still holds or sends to spam" (2026-12-07, fourth
// session): a reader's request about the article's reporting is no call to action (appeals.ts),
// Russian, Central Asian, Mongolian and Chinese outlets are reputable hosts (reputable.ts), a link
// asked about is no bare link (site-question.ts), a journalist's contact request in English and
// Chinese (press-request.ts), and the press's words exempt no recruiter (tg-recruitment.ts). The
// sentences in the `it.each` tables are written for this test; the last block holds floors.
import { describe, expect, it } from 'vitest';
import { verdictCounts, verdictOf } from '../../../test/support/spam-verdicts.ts';
import { countCallsToAction } from '../signals/appeals.ts';
import { isReputableLink } from '../signals/reputable.ts';
import { asksAboutLink } from '../signals/readers/site-question.ts';
import { isPressRequest } from '../signals/readers/press-request.ts';
import { normalizeText } from '../text/normalize.ts';
import { domainOf } from '../text/url.ts';
import * as dev from './newsroom-request-examples.ts';
import * as held from './newsroom-request-heldout-examples.ts';

const norm = (text: string): string => normalizeText(text).text;

describe('a request about the reporting is no call to action', () => {
  it.each([
    'Please do a follow-up on the tariff talks.',
    'please follow up on the pipeline deal next month',
    'Please share the original document, not the summary.',
    'Please check the numbers in the second table.',
    'please check your dates, the summit was in June',
  ])('%s', (text) => expect(countCallsToAction(norm(text))).toBe(0));
  it.each([
    'please follow me on instagram',
    'please share this video with everyone',
    'please check out my channel',
    'please check my new song',
    'please like and subscribe',
  ])('still a call: %s', (text) => expect(countCallsToAction(norm(text))).toBeGreaterThan(0));
});

describe('outlets of the region are reputable hosts', () => {
  it.each([
    'https://www.kp.ru/daily/1/2/',
    'https://kazpravda.kz/n/x/',
    'https://montsame.mn/en/read/1',
    'https://www.guancha.cn/a.shtml',
    'https://avesta.tj/2026/01/01/x/',
  ])('%s', (url) => expect(isReputableLink(url, domainOf(url))).toBe(true));
  it.each(['https://kp-ru-news.top/x', 'https://lenta.ru.novosti-dnya.xyz/x', 'https://shop.forbes.ru/x'])(
    'not a look-alike or a shop: %s',
    (url) => expect(isReputableLink(url, domainOf(url))).toBe(false),
  );
});

describe('a link asked about is no address dropped', () => {
  it.each([
    '有人用过 tuangou-888.com 吗？',
    'anyone ordered from bystro-shop.kz? legit?',
    'Кто-нибудь брал на kupi-bilet.uz?',
  ])('%s', (text) => expect(asksAboutLink(norm(text))).toBe(true));
  it.each(['Need a loan? zaim-bystro.ru', 'casino777.top?', 'Want to win? https://spin-win.top'])(
    'not asked about: %s',
    (text) => expect(asksAboutLink(norm(text))).toBe(false),
  );
});

describe('a journalist asking for contact, in English and Chinese', () => {
  it.each([
    'I work as a freelance correspondent and would like to speak to anyone who lost cargo at the border; contact me at a.b@mail.kz',
    '我是《南方周末》的记者，想采访在口岸滞留的司机，请联系我',
  ])('%s', (text) => expect(isPressRequest(norm(text))).toBe(true));
});

describe('the press exempts no recruiter', () => {
  it.each([
    'Редакция набирает удалённых авторов, 3000 в день, пишите в тг @media_texts',
    'Редакция ищет авторов, свободный график, подробности в тг @tekst_pro',
  ])('%s', (text) => expect(verdictOf(text)).toBe('spam'));
  it('a journalist asking witnesses to write is no recruiter', () => {
    expect(
      verdictOf('Я журналист, ищу людей, которые стояли в очереди на границе, пишите в тг @aliya_news'),
    ).toBe('ham');
  });
});

describe('the batches (floors as measured when this landed)', () => {
  it('development', () => {
    const genuine = verdictCounts([
      ...dev.REQUEST_GENUINE,
      ...dev.OUTLET_GENUINE,
      ...dev.SITE_QUESTION_GENUINE,
      ...dev.PRESS_GENUINE,
    ]);
    // one left to the words alone: "Please share the data behind the chart …" (docs/spam.md)
    expect(genuine.spam).toBeLessThanOrEqual(1);
    const spam = verdictCounts([...dev.REQUEST_SPAM, ...dev.PRESS_SPAM]);
    expect(spam.spam).toBe(dev.REQUEST_SPAM.length + dev.PRESS_SPAM.length);
  });
  it('held out', () => {
    expect(verdictCounts(held.GENUINE_HELDOUT).spam).toBeLessThanOrEqual(HELD_GENUINE_SPAM);
    expect(verdictCounts(held.SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(HELD_SPAM_SPAM);
  });
});

// Measured once, at the end (docs/spam.md).
const HELD_GENUINE_SPAM = 0;
const HELD_SPAM_SPAM = 10;
