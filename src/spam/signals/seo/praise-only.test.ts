import { describe, expect, it } from 'vitest';
import { builtinModel } from '../../classifier/builtin.ts';
import { normalizeText } from '../../text/normalize.ts';
import { isPraiseOnly } from './praise-only.ts';
import { scoreComment } from '../../score.ts';

const praiseOnly = (text: string): boolean => isPraiseOnly(normalizeText(text).text);

describe('isPraiseOnly: generic praise and nothing else', () => {
  it.each([
    'Thank you for this wonderful article, keep up the good work.',
    'Nice one! Really enjoyed it.',
    'This is exactly what I was looking for, thanks!',
    'Great read. Appreciate the effort you put into this.',
    'Благодарю за статью, было полезно.',
    'Отличная статья, всё понятно.',
    '写得真好，学习了。',
    '非常棒的文章，感谢。',
  ])('%s is praise only', (text) => expect(praiseOnly(text)).toBe(true));

  it.each([
    'Great post about the tram, the airport link is overdue.',
    'Thanks, but the figures for 2024 are wrong.',
    'Very informative. Does the new rule apply to pensioners too?',
    'Спасибо за статью, но мост обещали построить ещё в 2019 году.',
    '感谢分享，不过地铁票价其实涨了两块。',
    'The council meeting is on Tuesday.',
    '',
  ])('%s says something', (text) => expect(praiseOnly(text)).toBe(false));
});

describe('praise-only in the verdict', () => {
  const model = builtinModel();
  const score = (content: string, author: string) =>
    scoreComment({ content, author, url: 'https://business-example.com' }, model);

  it.each([
    ['Thank you for this wonderful article, keep up the good work.', 'Reliable plumber Denver'],
    ['Nice article, keep it up.', 'Locksmith 24/7 Manchester'],
    ['Благодарю за статью, было полезно.', 'Грузчики Москва'],
    ['Отличная статья, автору спасибо.', 'Сантехник на дом Москва'],
    ['非常棒的文章，感谢。', '东莞物流'],
    ['很好的分享，期待更新。', '苏州空调维修'],
  ])('%s under %s is spam, and the verdict names praise-only', (content, author) => {
    const verdict = score(content, author);
    expect(verdict.verdict).toBe('spam');
    expect(verdict.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['praise-only', 'keyword-author']),
    );
  });

  it.each([
    ['Thank you for this wonderful article, keep up the good work.', 'Sarah Painter'],
    ['Great post, thanks for sharing!', 'George Best'],
    ['Very informative, I enjoyed reading this.', 'Min-jun Seo'],
    ['Спасибо за статью, очень полезно!', 'Дмитрий Ремонтов'],
    ['Благодарю за статью, было полезно.', 'Ольга из Казани'],
    ['感谢分享，写得很好！', '上海读者'],
    ['好文章，支持一下。', '摄影爱好者'],
  ])('%s under a person’s name %s stays published', (content, author) => {
    const verdict = score(content, author);
    expect(verdict.verdict).toBe('ham');
    expect(verdict.reasons.map((r) => r.code)).not.toContain('praise-only');
  });

  it('a business owner who says something about the article is not praise-only', () => {
    const verdict = score('Great post about the tram, the airport link is overdue.', 'Dubai Car Rental');
    expect(verdict.reasons.map((r) => r.code)).not.toContain('praise-only');
  });
});
