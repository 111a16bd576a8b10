// Three Russian and Chinese gaps (issue 15, 2026-12-07, third session; docs/spam.md, "Russian and
// Chinese gaps: recommendations with a call, earnings with a DM ask, document services"): a local
// business recommended with a superlative and a call after praise of the article
// (recommend-call.ts), an earnings claim beside a DM ask (dm-earnings.ts), document services beside
// a messenger stand-in (document-service.ts, 加微/加薇/扣 in the messenger family); what readers
// write with the same words counts nothing. Then the shipped model's verdicts on the development
// and held-out examples.
import { describe, expect, it } from 'vitest';
import { offerCount } from '../../../test/support/spam-offer-counts.ts';
import { verdictCounts } from '../../../test/support/spam-verdicts.ts';
import { normalizeText } from '../text/normalize.ts';
import { countRecommendCall } from '../signals/seo/recommend-call.ts';
import * as dev from './ru-zh-gaps-examples.ts';
import { RU_ZH_GENUINE_HELDOUT, RU_ZH_SPAM_HELDOUT } from './ru-zh-gaps-heldout-examples.ts';

const recommend = (raw: string): number => countRecommendCall(normalizeText(raw));

describe('a business recommended with a superlative and a call after praise counts as a service pitch', () => {
  it.each([
    ['«кстати … лучшая бригада … звоните <номер>»', dev.RECOMMEND_SPAM_DEV[0]],
    ['«лучшая в городе … звоните, не пожалеете»', dev.RECOMMEND_SPAM_DEV[3]],
    ['«советую лучший автосервис … записывайтесь по телефону»', dev.RECOMMEND_SPAM_DEV[5]],
    ['顺便推荐 … 最专业的 … 电话', dev.RECOMMEND_SPAM_DEV[6]],
    ['文章很有用 … 最好的家政 … 欢迎来电', dev.RECOMMEND_SPAM_DEV[8]],
  ])('%s', (_name, text) => {
    expect(recommend(text ?? '')).toBe(2);
  });

  it.each([
    ['a firm named after a bad experience', dev.RECOMMEND_GENUINE_DEV[0]],
    ['an official hotline', dev.RECOMMEND_GENUINE_DEV[1]],
    ['a family business, no call', dev.RECOMMEND_GENUINE_DEV[2]],
    ['号称最专业 … 小心', dev.RECOMMEND_GENUINE_DEV[4]],
    ['the fire service', dev.RECOMMEND_GENUINE_DEV[7]],
    [
      '«лучший способ — звоните в акимат»',
      'Спасибо за статью! Лучший способ решить проблему — звоните в акимат.',
    ],
    [
      '«лучший вариант — звоните в банк»',
      'Хорошо написано. Лучший вариант — сразу звоните в банк и блокируйте карту.',
    ],
    ['«самое главное — звоните родителям»', 'Отличная статья! Самое главное — звоните родителям почаще.'],
    [
      'an emergency number',
      'Отличная статья. Самые большие пробки на Аль-Фараби, если авария — звоните в 102.',
    ],
    ['最好的办法', '说得对，最好的办法是打电话给物业。'],
    ['不用打电话', '好文章。我们小区最好的超市是永辉，就在门口，不用打电话订。'],
    [
      'a public clinic',
      'Полезный материал. Кстати, лучший врач в нашей поликлинике — Иванова, записывайтесь через egov.',
    ],
    [
      'a question',
      'Отличная статья. Кстати, где лучшая бригада в Алматы? Звоните, кто знает, 8 701 555 22 33',
    ],
  ])('%s', (_name, text) => {
    expect(recommend(text ?? '')).toBe(0);
  });
});

describe('an earnings claim beside a DM ask counts as the earnings pitch', () => {
  it.each([
    ['«доход ежедневный от 7000 … пишите в личку»', dev.DM_EARNINGS_SPAM_DEV[0], 2],
    ['«имею 200к в месяц. Напиши мне в личку»', dev.DM_EARNINGS_SPAM_DEV[4], 2],
    ['日入五百，有意者私信', dev.DM_EARNINGS_SPAM_DEV[6], 2],
    ['带你赚钱 私聊', dev.DM_EARNINGS_SPAM_DEV[7], 2],
    ['一天轻松三四百，想了解的私我', dev.DM_EARNINGS_SPAM_DEV[8], 2],
  ])('%s', (_name, text, atLeast) => {
    expect(offerCount(text ?? '', 'earnings-offer')).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    ['"DM me for the file"', dev.DM_EARNINGS_GENUINE_DEV[2]],
    ['DM me for the file, in Chinese', dev.DM_EARNINGS_GENUINE_DEV[6]],
    ['a courier', dev.DM_EARNINGS_GENUINE_DEV[1]],
    ['a seasonal take, no DM', dev.DM_EARNINGS_GENUINE_DEV[7]],
    [
      'an entrepreneur inviting tax questions',
      'Мой доход 200 тысяч в месяц, налог плачу исправно. Если есть вопросы по ИП — пишите в личку.',
    ],
    ['a mortgage, to talk in DMs', '我月入过万，但是房贷压力很大，有同样情况的可以私信交流'],
    ['a migrant worker on life abroad', '我在迪拜打工，一天能挣三四百迪拉姆，想了解当地情况的可以私信我'],
    ['a salary and a DM ask', '我的月薪八千，有问题可以私信我'],
  ])('%s', (_name, text) => {
    expect(offerCount(text ?? '', 'earnings-offer')).toBe(0);
  });
});

describe('document services beside a messenger stand-in count as fake documents', () => {
  it.each([
    ['代办文凭认证 … 加微', dev.DOCUMENT_SPAM_DEV[0], 3],
    ['驾照不用考，直接拿证 … 加薇', dev.DOCUMENT_SPAM_DEV[3], 2],
    ['学历认证，三天出结果，扣 <QQ>', dev.DOCUMENT_SPAM_DEV[5], 1],
    ['«легализация диплома за 3 дня … @handle»', dev.DOCUMENT_SPAM_DEV[10], 1],
    ['«аттестаты и дипломы под заказ … в лс»', dev.DOCUMENT_SPAM_DEV[9], 2],
  ])('%s', (_name, text, atLeast) => {
    expect(offerCount(text ?? '', 'fake-document')).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    ['加微 and 扣 read as a messenger', '代办文凭认证，加微 abc123', 1],
    ['扣 before a QQ number', '学历认证，扣 987654321', 1],
  ])('%s', (_name, text, atLeast) => {
    expect(offerCount(text, 'messenger-contact')).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    ['a reader asking about an offer (骗子吧？)', dev.DOCUMENT_GENUINE_DEV[3]],
    ['the official centre', dev.DOCUMENT_GENUINE_DEV[1]],
    ['an embassy', '签证办理请认准大使馆官网，微信公众号 kzembassy 也可以预约'],
    ['a question', 'Кто делал легализацию диплома за 3 дня? Пишите в лс, поделитесь опытом'],
    ['a warning with the stand-in', '朋友圈有人发学信网可查的毕业证广告，加微 xx123，大家千万别信'],
    [
      '«не верьте объявлениям»',
      'Нострификация диплома за 3 дня невозможна, не верьте объявлениям в телеграме @diplom_fast',
    ],
  ])('%s', (_name, text) => {
    expect(offerCount(text ?? '', 'fake-document')).toBe(0);
  });

  it('«предлагали … это мошенники» counts only the registry phrase main counted, nothing of this change', () => {
    expect(offerCount(dev.DOCUMENT_GENUINE_DEV[6] ?? '', 'fake-document')).toBe(1);
  });

  it('扣 as a verb and 加微 before no id read as nothing', () => {
    expect(offerCount('工资被扣了500块，加微波炉的钱也没报销', 'messenger-contact')).toBe(0);
  });
});

const HELD_SPAM_FLOOR = 19; // measured once: 19 spam, 1 held, 1 published (main: 11/2/8)
const HELD_GENUINE_CEILING = 0; // measured once: 16 of 16 published, as on main

// Figures measured when this landed (docs/spam.md): spam / held / published.
describe('the shipped model on the examples', () => {
  it('development spam', () => {
    expect(verdictCounts(dev.DM_EARNINGS_SPAM_DEV).spam).toBe(dev.DM_EARNINGS_SPAM_DEV.length);
    expect(verdictCounts(dev.DOCUMENT_SPAM_DEV).spam).toBe(dev.DOCUMENT_SPAM_DEV.length);
    const recommended = verdictCounts(dev.RECOMMEND_SPAM_DEV);
    expect(recommended.spam).toBeGreaterThanOrEqual(10);
    expect(recommended.ham).toBe(0);
  });

  it('development genuine: all published', () => {
    const genuine = [
      ...dev.RECOMMEND_GENUINE_DEV,
      ...dev.DM_EARNINGS_GENUINE_DEV,
      ...dev.DOCUMENT_GENUINE_DEV,
    ];
    expect(verdictCounts(genuine).unpublishedTexts).toEqual([]);
  });

  it('held out', () => {
    expect(verdictCounts(RU_ZH_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(HELD_SPAM_FLOOR);
    expect(verdictCounts(RU_ZH_GENUINE_HELDOUT).unpublishedTexts.length).toBeLessThanOrEqual(
      HELD_GENUINE_CEILING,
    );
  });
});
