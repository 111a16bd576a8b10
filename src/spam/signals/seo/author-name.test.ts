import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../../analyze.ts';
import { keywordAuthor } from './author-name.ts';
import { builtinModel } from '../../classifier/builtin.ts';
import { scoreComment } from '../../score.ts';
import { SIGNAL_CODES } from '../signals.ts';

const SITE = 'https://example.com/';

describe('keywordAuthor: names that are keywords, with a website', () => {
  it.each([
    ['Best Dentist Almaty', 2],
    ['cheap jerseys', 2],
    ['Cleaning Company', 2],
    ['Replica Watches Online', 3],
    ['jerseys 4u', 1],
    ['Plumber in Leeds', 1],
    ['Emergency locksmith near me', 4],
    ['Real Estate Agents Dubai', 2],
    ['roofing-pros.com', 1],
    ['www.cheap-flights.example', 1],
    ['Ремонт квартир Москва', 1],
    ['Купить диплом недорого', 2],
    ['上海搬家公司', 2],
    ['澳门博彩官网', 2],
  ])('%s counts %i', (name, hits) => expect(keywordAuthor(name, SITE)).toBe(hits));

  // Issue 15, item 1: business names with one keyword, read by their shape.
  it.each([
    // a trade in lower case inside a capitalised name
    'Reliable plumber Denver',
    'Affordable roofing Austin',
    'London escorts',
    // a trade beside a place, with or without "in"
    'Dentist Leeds',
    'Leeds Dentist',
    'Dubai Car Rental',
    'Orlando Airport Taxi',
    'Houston Water Damage Restoration',
    'Miami Personal Injury Lawyer',
    'Spa Bali',
    // 24/7, near me, a trade the name opens with, "Best <x>"
    'Locksmith 24/7 Manchester',
    'Hvac Repair Near Me',
    'Plumber Wigan',
    'Best Painters',
    'Best SEO Agency',
    'Toronto Moving Services',
    'Cheap Flights To Bali',
  ])('%s is a business', (name) => expect(keywordAuthor(name, SITE)).toBeGreaterThan(0));

  it.each([
    'Сантехник на дом Москва',
    'Клининг Екатеринбург',
    'Грузчики Москва',
    'Строительство домов под ключ',
    'Перевозка пианино Москва',
    '北京租车',
    '深圳网站建设',
    '专业翻译服务',
    '苏州空调维修',
    '减肥药官方',
  ])('%s (Cyrillic, Han) is a business', (name) => expect(keywordAuthor(name, SITE)).toBeGreaterThan(0));

  it.each([
    // trades and places that are surnames and given names
    'Austin Painter',
    'Sydney Baker',
    'Robert Service',
    'Loan Nguyen',
    'Tony Quick',
    'Paul London',
    'Jack Dallas',
    'Seo Yeon',
    'Visa Kumar',
    // people describing themselves
    'Dental nurse',
    'Sam the plumber',
    'Pizza lover',
    'Photography enthusiast',
    'Best regards',
    'Best friend',
    'Mike from Leeds',
    // Russian and Chinese readers
    'Ольга из Казани',
    'Ирина (Москва)',
    'Павел Туров',
    'Кирилл Прокатов',
    '上海读者',
    '北京的小王',
    '摄影爱好者',
    '旅游达人',
    '律师张三',
  ])('%s is a person', (name) => expect(keywordAuthor(name, SITE)).toBe(0));

  it.each([
    'Sarah Painter',
    'George Best',
    'george best',
    'Min-jun Seo',
    'min seo',
    'Tom Baker',
    'Aigerim Nurlanovna',
    'Дмитрий Ремонтов',
    'Алексей Кредитов',
    '王小明',
    'Free Tibet',
    'Dr. Anna Schmidt',
    'J. R. Hartley',
  ])('%s does not count', (name) => expect(keywordAuthor(name, SITE)).toBe(0));

  it('counts nothing without a website: the name then links nowhere', () => {
    expect(keywordAuthor('Best Dentist Almaty', '')).toBe(0);
    expect(keywordAuthor('Best Dentist Almaty', null)).toBe(0);
    expect(keywordAuthor('cheap jerseys', undefined)).toBe(0);
    expect(keywordAuthor('', SITE)).toBe(0);
  });
});

describe('keyword-author in the analysis and the verdict', () => {
  const model = builtinModel();
  const signal = (input: Parameters<typeof analyzeComment>[0], code: string): number =>
    analyzeComment(input, model.bits).signals[SIGNAL_CODES.indexOf(code as never)] ?? NaN;

  it('sets keyword-author, and lets praise beside the name count as praise with an anchor', () => {
    const spam = {
      content: 'Thanks for sharing, very informative post.',
      author: 'Best Carpet Cleaning Services',
      url: 'https://carpet-example.com',
    };
    expect(signal(spam, 'keyword-author')).toBe(1);
    expect(signal(spam, 'praise-with-anchor')).toBe(1);
    expect(signal({ ...spam, author: 'Sarah Painter' }, 'keyword-author')).toBe(0);
    expect(signal({ ...spam, author: 'Sarah Painter' }, 'praise-with-anchor')).toBe(0);
    expect(signal({ ...spam, url: null }, 'praise-with-anchor')).toBe(0);
  });

  it('a keyword name with praise is held at least, and the verdict says why', () => {
    const verdict = scoreComment(
      {
        content: 'Great post, thanks for sharing! Keep up the good work.',
        author: 'Cheap Movers Denver',
        url: 'https://movers-example.com',
      },
      model,
    );
    expect(['hold', 'spam', 'discard']).toContain(verdict.verdict);
    expect(verdict.reasons.map((r) => r.code)).toContain('keyword-author');
  });

  it('a reader who gives a name and a website with the same praise stays published', () => {
    for (const author of ['Sarah Painter', 'George Best', 'Aigerim Nurlanovna']) {
      const verdict = scoreComment(
        {
          content: 'Great post, thanks for sharing! Keep up the good work.',
          author,
          url: 'https://sarah-example.net',
        },
        model,
      );
      expect(verdict.verdict).toBe('ham');
    }
  });
});
