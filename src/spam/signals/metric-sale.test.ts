// Known answers of the bought views, social-DM earnings and cam links (metric-sale.ts), counted as
// creator pleas: what counts, and the readers beside it.
import { describe, expect, it } from 'vitest';
import { countMetricSales } from './metric-sale.ts';
import { normalizeText } from '../text/normalize.ts';

const count = (text: string, linked = false) => countMetricSales(normalizeText(text).text, linked);

describe('metric-sale: bought views, social-DM earnings, cam links', () => {
  it.each([
    'buy real youtube views cheap, skype: viewsdealer',
    'We sell real views and likes, contact skype tubeup',
    'get 5000 instagram followers in 24 hours',
    'Накрутка просмотров и лайков, пишите в скайп',
    'Раскрутка канала: живые подписчики, скайп promo.kz',
    'Живые подписчики недорого, пишите в лс',
    '刷粉 刷赞 加微信',
    '抖音涨粉，加V',
    'I make $300 a day from home, message me on Facebook',
    'Earn extra money from your phone, inbox me on instagram',
  ])('counts %s', (text) => {
    expect(count(text)).toBeGreaterThan(0);
  });

  it.each([
    'hot girls live on cam http://example.xyz',
    'Girls from your city want to meet you http://example.top',
    'Горячие девушки ждут тебя в видеочате http://example.club',
    '美女直播，裸聊 http://example.top',
  ])('counts %s beside a link that is no reference', (text) => {
    expect(count(text, true)).toBeGreaterThan(0);
  });

  it.each([
    'Who buys fake views anyway? This video clearly has real ones',
    'I would never buy followers, message me if you disagree',
    'How did this get 1000 views in a minute? http://example.com',
    'Накрутка просмотров — это позор, клип явно накручен',
    'Все эти накрученные просмотры ничего не значат',
    '这个视频的播放量肯定是刷的',
    '刷粉刷赞的人太多了，评论区都是广告',
    'The school alumni group is on Facebook, message me there if you were in the class of 98',
    'My parents met on a dating site in 2003',
    'Message me on Facebook if you want the photos from the reunion',
    'Cheap likes and shallow comments are what social media rewards.',
    'Накрутка лайков — цена вопроса 500 рублей, пишет автор.',
    '刷赞价格很便宜，报道说一千个赞只要十块钱。',
    'I made $500 a day from home, message me on WhatsApp',
  ])('counts nothing in %s', (text) => {
    expect(count(text)).toBe(0);
  });

  it.each([
    'Beware of the webcam scam going around, they blackmail you: http://example.com',
    'hot girls live on cam',
  ])('counts nothing in %s (a warning, or no link)', (text) => {
    expect(count(text, !text.startsWith('hot'))).toBe(0);
  });
});
