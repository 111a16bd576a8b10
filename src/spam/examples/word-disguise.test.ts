// The second disguise round (issue 15, 2026-12-07, late): HTML inside a word read as the word a
// reader sees (html-words.ts), and messenger stand-ins read as the messenger in an advert
// (messenger-alias.ts), in English, Russian and Chinese; what readers write with the same
// characters reads as before. Then the shipped model's verdicts on the development and held-out
// examples (word-disguise-examples.ts, word-disguise-heldout-examples.ts).
import { describe, expect, it } from 'vitest';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { readMessengerAliases } from '../text/messenger-alias.ts';
import { normalizeText } from '../text/normalize.ts';
import { WORD_DISGUISE_GENUINE_DEV, WORD_DISGUISE_SPAM_DEV } from './word-disguise-examples.ts';
import {
  WORD_DISGUISE_GENUINE_HELDOUT,
  WORD_DISGUISE_SPAM_HELDOUT,
} from './word-disguise-heldout-examples.ts';

const read = (text: string): string => normalizeText(text).text;
// What main read before this change: every tag a space, a link's address kept.
const readAsBefore = (html: string): string =>
  read(
    html.replace(/<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)[^>]*>/gi, ' $1 ').replace(/<\/?[a-z][^>]*>/gi, ' '),
  );

describe('HTML inside a word reads as the word', () => {
  it.each([
    ['an empty tag', 'buy vi<b></b>agra now', 'buy viagra now'],
    ['a tag around part of a word', 'best ca<span>si</span>no', 'best casino'],
    ['a comment', 'a pay<!-- -->day lo<!---->an', 'a payday loan'],
    ['a tag with attributes', 'cr<font color="red">yp</font>to wallet', 'crypto wallet'],
    ['a soft hyphen entity', 'cas&shy;ino bonus', 'casino bonus'],
    ['a zero-width entity', 'vi&ZeroWidthSpace;agra', 'viagra'],
    ['Russian', 'ка<b></b>зино и за<i>й</i>м', 'казино и займ'],
    ['Chinese', '代开发票，加<i>微</i>信 fp8866', '代开发票，加微信 fp8866'],
    ['Chinese, soft hyphen', '加微&shy;信 bc8888', '加微信 bc8888'],
    ['digits', 'call 800<b></b>555<i></i>0199', 'call 8005550199'],
  ])('%s', (_name, disguised, plain) => {
    expect(read(disguised)).toBe(read(plain));
  });

  it('reads a Chinese sentence with a bold phrase as the sentence drawn (Chinese has no spaces)', () =>
    expect(read('这篇报道写得很好，<b>强烈推荐</b>大家看一看。')).toContain('强烈推荐大家看一看'));

  it('counts the soft hyphen as an invisible character, as one typed', () => {
    expect(normalizeText('cas&shy;ino').invisible).toBe(normalizeText('cas\u00adino').invisible);
    expect(normalizeText('cas&shy;ino').invisible).toBe(1);
  });

  it.each([
    ['bold and italic words', 'I loved the <b>interview</b>, <i>finally</i> answers'],
    ['a link', 'see<a href="https://example.org/x">this</a>now'],
    ['a line break between words', 'Great piece.<br>Thank you'],
    ['a paragraph in Chinese', '<p>我们小区的微信群</p><p>希望回应</p>'],
    ['a tag beside a space', 'word <b>bold</b> word'],
    ['an image inside a word', 'ca<img src="x.png">sino'],
    ['code with angle brackets', 'if a<b and c>d then'],
    ['Russian bold', 'Спасибо! <b>Очень</b> важно'],
  ])('%s reads as before', (_name, html) => {
    expect(read(html)).toBe(readAsBefore(html));
  });
});

describe('messenger stand-ins read as the messenger in an advert', () => {
  it.each([
    ['徽信 after 加', '代开发票，加徽信 fp8866', '代开发票，加微信 fp8866'],
    ['嶶信 after 联系', '联系嶶信 hao8899', '联系微信 hao8899'],
    ['卫星 before an id', '办证，加卫星 zhengjian666', '办证，加微信 zhengjian666'],
    ['威信 before an id', '下卡快，威信：xyk5566', '下卡快，微信：xyk5566'],
    ['扣扣 before a number', '代写论文，扣扣 2837465910', '代写论文，QQ 2837465910'],
    ['企鹅号 before a number', '高仿名表，企鹅号 3849201756', '高仿名表，QQ 3849201756'],
    ['«телегу» after «пиши в»', 'Займ, пиши в телегу @zaim_bystro', 'Займ, пиши в телеграм @zaim_bystro'],
    ['«телега» before a handle', 'Ставки, телега: @bet_master', 'Ставки, телеграм: @bet_master'],
    ['«вацап» before a number', 'Кредит, вацап +7 701 555 12 34', 'Кредит, вотсап +7 701 555 12 34'],
    ['«вибер» after «напиши в»', 'напиши в вибер, кредит', 'напиши в вайбер, кредит'],
  ])('%s', (_name, disguised, plain) => {
    expect(read(disguised)).toBe(read(plain));
  });

  it.each([
    ['an aircraft', '今天的飞机晚点了三个小时'],
    ['an aircraft type', '飞机 A320 和 B737 哪个更安全？'],
    ['a satellite', '我国又成功发射了一颗卫星'],
    ['a satellite and a year', '北斗卫星 2035 年前还会再发射十几颗'],
    ['a satellite and a count', '卫星 12345 颗'],
    ['adding satellites', '增加卫星数量之后，信号好多了'],
    ['a penguin', '动物园新来了两只企鹅'],
    ['Tencent’s platform', '我在企鹅号上也看到了这篇文章'],
    ['prestige', '这件事严重影响了政府的威信'],
    ['prestige, increased', '增加威信'],
    ['buttoning up', '她扣扣子的时候手都在抖'],
    ['a WeChat group without a handle', '我们村的微信群里有人转发了这个消息'],
    ['a cart', 'Дед запряг лошадь в телегу и поехал на рынок.'],
    ['news read in Telegram', 'Новости читаю в телеге, тут их публикуют позже.'],
    ['a mother writing', 'Мама пишет мне в вацап каждый день'],
    ['a telegram', 'Телеграмма пришла деду в 1975 году'],
    ['a heron', 'На пруду цапля, а вибрация телефона мешает'],
  ])('%s stays as written', (_name, text) => {
    expect(readMessengerAliases(text, true, true)).toBe(text);
  });

  it('runs only on the scripts it is given', () => {
    expect(readMessengerAliases('加徽信 fp8866', false, true)).toBe('加徽信 fp8866');
    expect(readMessengerAliases('пиши в телегу @a_b_c', true, false)).toBe('пиши в телегу @a_b_c');
  });
});

describe('the shipped model on the word-disguise examples', () => {
  it('sends no genuine development comment to spam or to be held', () =>
    expect(verdictCounts(WORD_DISGUISE_GENUINE_DEV).unpublishedTexts).toEqual([]));
  it('catches at least the measured number of development spam (25 of 30; 14 before)', () =>
    expect(verdictCounts(WORD_DISGUISE_SPAM_DEV).spam).toBeGreaterThanOrEqual(25));
  it('the held-out batch: no genuine comment to spam (one link held, as before)', () =>
    expect(verdictCounts(WORD_DISGUISE_GENUINE_HELDOUT).spamTexts).toEqual([]));
  it('the held-out batch: the spam caught as measured once (13 of 15; 8 before)', () =>
    expect(verdictCounts(WORD_DISGUISE_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(13));
});
