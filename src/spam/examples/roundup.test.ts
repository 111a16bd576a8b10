// Affiliate roundups and spun praise before a keyword tail (issue 15, 2026-12-07, fourth session;
// docs/spam.md, "Affiliate roundups and spun praise tails"): the known answers of each new phrase
// and the readers beside them, then the shipped model's verdicts on the examples.
import { describe, expect, it } from 'vitest';
import { verdictCounts, verdictOf } from '../../../test/support/spam-verdicts.ts';
import { offerCount } from '../../../test/support/spam-offer-counts.ts';
import * as dev from './roundup-examples.ts';
import * as heldout from './roundup-heldout-examples.ts';
import { normalizeText } from '../text/normalize.ts';
import { withoutKeywordTail } from '../signals/seo/seo.ts';
import { praiseEvidence } from '../signals/seo/praise-evidence.ts';

const shop = (text: string): number => offerCount(text, 'shop-advert');

describe('an affiliate roundup beside a link', () => {
  it.each([
    ['best … 2026, tested', 'Best standing desks for small rooms 2026 – top 6 tested https://desk.example'],
    ['top N … reviewed', 'Top 12 crypto exchanges reviewed: https://x.example'],
    ['we compared N …', 'We compared 9 dashcams, the best are here: https://cams.example'],
    ['our buying guide', 'See our buying guide before you choose https://guide.example'],
    ['рейтинг лучших', 'Рейтинг лучших ипотечных банков: https://bank.example'],
    ['ТОП-N … 2026', 'ТОП-5 лучших смартфонов 2026 года: https://phone.example'],
    ['мы протестировали', 'Мы протестировали 15 пылесосов, вот лучшие: https://v.example'],
    ['十大…排行榜', '十大奶粉品牌排行榜 https://milk.example'],
    ['亲测推荐', '这款空气净化器亲测推荐 https://air.example'],
    ['评测对比', '手机评测对比 https://phone.example'],
  ])('%s counts', (_name, text) => {
    expect(shop(text)).toBeGreaterThan(0);
  });

  it.each([
    ['no link', 'Best standing desks for small rooms 2026 – top 6 tested'],
    ['a ranking of countries', 'Kazakhstan is in the top 10 of wheat exporters: https://www.fao.org/markets'],
    [
      'a year, no review',
      'The World Bank ranked Uzbekistan among the top 10 improvers in 2026: https://www.worldbank.org',
    ],
    ['the best analysis', 'The best analysis of the deal is here: https://thediplomat.com/2026/11/'],
    ['samples tested', 'We tested 3 samples of the river water in May: https://lab.example/results'],
    ['a university ranking', 'Рейтинг вузов Казахстана за 2026 год: https://www.gov.kz/edu'],
    ['trading partners', '中国十大贸易伙伴排名：http://www.customs.gov.cn'],
    ['a review asked for', '有没有人写过这条铁路的详细评测？https://news.example/1'],
    ['in a discussion of tariffs', 'Top 10 steel makers ranked by tariffs paid in 2026: https://x.example'],
  ])('%s does not', (_name, text) => {
    expect(shop(text)).toBe(0);
  });
});

describe('a spun praise template before a keyword tail', () => {
  it('the template is the praise a keyword tail follows', () => {
    const text = normalizeText(
      'Hi there! This post could not be written any better! Used tires wholesale',
    ).text;
    expect(withoutKeywordTail(text)).toBe('hi there! this post could not be written any better!');
  });

  it('counts the template beside the tail, and the praise as all the comment says', () => {
    const text = normalizeText(
      'Way cool! Some very valid points! I appreciate you writing this post. Roof repair Denver',
    ).text;
    expect(praiseEvidence(text, 0, false)).toEqual({ praiseOnly: false, templates: 1, tailed: true });
  });

  it('a template with no anchor counts nothing', () => {
    const text = normalizeText('Way cool! Some very valid points! I appreciate you writing this post.').text;
    expect(praiseEvidence(text, 0, false).templates).toBe(0);
  });

  it.each([
    'Great piece, thanks. Visa-free travel to Tashkent since January.',
    'Good article! Greetings from a fellow logistics manager in Khorgos.',
    'Thanks for this. Cheap Chinese cars everywhere in Bishkek now.',
    'Thanks. Car dealers in Osh say prices doubled.',
  ])('a reader stays published: %s', (text) => {
    expect(verdictOf(text)).toBe('ham');
  });
});

describe('the shipped model on the examples (figures of docs/spam.md)', () => {
  it('development roundups: spam 5/2/8 before, 15/0/0 after; readers 0/0/14 both', () => {
    expect(verdictCounts(dev.ROUNDUP_SPAM).spam).toBe(dev.ROUNDUP_SPAM.length);
    expect(verdictCounts(dev.ROUNDUP_GENUINE).ham).toBe(dev.ROUNDUP_GENUINE.length);
  });

  it('development praise tails: spam 1/2/5 before, 8/0/0 after; readers 0/0/4 both', () => {
    expect(verdictCounts(dev.PRAISE_TAIL_SPAM).spam).toBe(dev.PRAISE_TAIL_SPAM.length);
    expect(verdictCounts(dev.PRAISE_TAIL_GENUINE).ham).toBe(dev.PRAISE_TAIL_GENUINE.length);
  });

  it('held out (measured once: spam 5/1/4 before, 10/0/0 after; genuine 0/1/7 both)', () => {
    expect(verdictCounts(heldout.ROUNDUP_SPAM_HELDOUT).spam).toBeGreaterThanOrEqual(10);
    const genuine = verdictCounts(heldout.ROUNDUP_GENUINE_HELDOUT);
    expect(genuine.spam).toBe(0);
    expect(genuine.ham).toBeGreaterThanOrEqual(7);
  });
});
