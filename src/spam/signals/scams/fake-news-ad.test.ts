// Known answers of the fake-news-ad signal (fake-news-ad.ts): the "sponsored story" adverts it
// counts in every script we serve, the readers' comments that must count nothing (look-alikes),
// and the shipped model's verdict on both sides. Every comment here was written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../../analyze.ts';
import { builtinModel } from '../../classifier/builtin.ts';
import { isFakeNewsAd } from './fake-news-ad.ts';
import { FAKE_NEWS_GENUINE_DEV, FAKE_NEWS_SPAM_DEV } from '../../examples/fake-news-examples.ts';
import { normalizeText } from '../../text/normalize.ts';
import { scoreComment } from '../../score.ts';
import { SIGNAL_CODES } from '../signals.ts';
import { isReferenceDomain } from '../../text/url.ts';

const fires = (content: string): boolean => {
  const n = normalizeText(content);
  return isFakeNewsAd(n.text, n.urls.length, n.domains.some(isReferenceDomain));
};
// The text's own guards, whatever its link: the same comment with an unlisted link.
const firesUnlisted = (content: string): boolean => fires(`${content} https://some-site.example/page`);

describe('fake-news-ad: a sensational or endorsement opener beside a money promise and a link', () => {
  it.each([
    // English
    'Shocking report: how a nurse from Karaganda earned millions with this platform https://x-news.example',
    'Elon Musk backs a new investment platform, banks are furious https://musk.example/read',
    'Everyone is talking about it: the state pays 30,000 to every citizen who registers https://pay.example',
    // Russian
    'Шокирующее интервью: как учитель из Павлодара заработал миллионы https://pavlodar.example',
    'Сенсация! Известный бизнесмен раскрыл секрет, получайте от 5 000 рублей в день https://biz.example',
    // Chinese
    '震惊！退休阿姨在家每天赚2000元 https://ayi.example',
    '揭秘：马斯克推荐的投资平台 https://tz.example',
  ])('fires: %s', (text) => expect(fires(text)).toBe(true));

  it.each([
    // no money promise
    'Shocking report, the ministry should resign',
    'Elon Musk backs the new launch schedule',
    'Сенсация! Наша сборная вышла в финал',
    '震惊，这份报告的结论',
    // a warning about the adverts
    'Beware of fake "Musk backs a new investment platform" ads',
    'Don’t click the "shocking report: how a teacher earned millions" ads',
    'Осторожно: «Илон Маск поддержал инвестиционную платформу» — это мошенники',
    '谨防诈骗："马斯克推荐的投资平台"是假的',
    // money without a sensational opener or endorsement
    'The government pays 20,000 to every citizen over 80, the decree',
    'Выплаты всем гражданам старше 80 лет увеличат',
    '这个理财平台收益不高',
    // a reader's plain comment (no trigger word)
    'Good article, thanks, the roads in our district are still bad',
  ])('does not fire (unlisted link added): %s', (text) => expect(firesUnlisted(text)).toBe(false));

  it('needs a link', () => {
    expect(fires('Shocking report: how a teacher from Almaty earned millions with this platform')).toBe(
      false,
    );
    expect(fires('Сенсация! Известный бизнесмен раскрыл секрет пассивного дохода')).toBe(false);
    expect(fires('震惊！退休阿姨在家每天赚2000元')).toBe(false);
  });

  it.each([
    'The government pays 20,000 to every citizen who registers? The real rules: https://www.gov.kz/memleket',
    'Shocking report: how the minister earned millions from the tender https://www.reuters.com/world/x',
  ])('a public reference link keeps it off: %s', (text) => expect(fires(text)).toBe(false));

  it('fires on every development advert and on no development genuine comment', () => {
    expect(FAKE_NEWS_SPAM_DEV.filter((t) => !fires(t))).toEqual([]);
    expect(FAKE_NEWS_GENUINE_DEV.filter(fires)).toEqual([]);
  });

  it('is the signal fake-news-ad, set to 1', () => {
    const i = SIGNAL_CODES.indexOf('fake-news-ad');
    expect(i).toBe(SIGNAL_CODES.length - 1);
    const bits = builtinModel().bits;
    const on = 'Сенсация! Илон Маск поддержал инвестиционную платформу https://mask.example';
    const off = 'Сенсация! Наша сборная вышла в финал https://sport.example';
    expect(analyzeComment({ content: on }, bits).signals[i]).toBe(1);
    expect(analyzeComment({ content: off }, bits).signals[i]).toBe(0);
  });

  it('the shipped model: adverts not published, look-alikes published', () => {
    const model = builtinModel();
    for (const content of [
      'Shocking report: how a teacher from Almaty earned millions with this platform https://news-x.example/story',
      'Сенсация! Известный бизнесмен раскрыл секрет пассивного дохода, банки в ярости https://biz-news.example',
      '重磅！马斯克投资的交易平台上线，注册即送500元 https://msk.example',
    ]) {
      const v = scoreComment({ content }, model);
      expect(['spam', 'discard', 'hold'], content).toContain(v.verdict);
      expect(v.reasons.map((r) => r.code)).toContain('fake-news-ad');
    }
    for (const content of [
      'Shocking report, the ministry should resign https://www.reuters.com/world/asia-pacific/x',
      'Осторожно, мошенники! Реклама «Илон Маск поддержал инвестиционную платформу» — фейк https://news.example/warn',
      '揭秘月球背面的新发现，值得一读 https://www.cas.cn/news/c.shtml',
    ]) {
      expect(scoreComment({ content }, model).verdict, content).toBe('ham');
    }
  });
});
