import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { DEFAULT_BITS } from '../classifier/model.ts';
import { countSelfPromotion } from './promotion.ts';
import { SIGNAL_CODES } from './signals.ts';

describe('countSelfPromotion', () => {
  it.each([
    ['check out my channel', 2],
    ['come and watch my new video', 2],
    ['if i get 100 subscribers i will dance, subscribe', 1],
    ['sub4sub anyone, follow me', 2],
    // a question is left out: a reader asking, not promoting (own-channel still reads it)
    ['sub4sub anyone? follow me', 1],
    ['please look me up on soundcloud', 1],
    // "check out the …" names a thing already known, not the writer's; their own still counts
    ['check out the old photos of the station in the city archive', 0],
    ['man check out the raps on my channel', 1],
    ['check it out', 1],
    ['check out this video on youtube', 1],
    ['visit our shop', 1],
    ['подпишитесь на мой канал', 2],
    ['заходи на наш сайт', 2],
    ['欢迎订阅我的频道', 2],
    ['关注我', 1],
    // the call to subscribe, not a reader's own subscription (since 2026-12-06)
    ['ставьте лайк и подписывайтесь', 1],
    ['не забудьте подписаться на канал', 1],
    ['подпишись', 1],
    ['请订阅', 1],
    ['订阅一下吧', 1],
  ])('%s → %i', (text, count) => {
    expect(countSelfPromotion(text)).toBe(count);
  });

  it.each([
    'the pipeline opened in march',
    'my view is that the summit changed little',
    'a substantial subsidy for the railway',
    'the channel between the two ports',
    'submarine cable checks were out of date',
    'мой друг живёт в алматы',
    '我的看法不同',
    // what readers of a paper and its newsroom say (since 2026-12-06)
    'subscribed, thanks. got the confirmation email.',
    'yes, subscribers see no ads.',
    'how do i subscribe to the weekly newsletter?',
    'follow us on telegram for updates',
    '大家要关注我国的外贸数据',
    // a reader's own subscription, in Russian and Chinese as in English
    'я подписался на рассылку, спасибо.',
    'я оформил подписку на ваш журнал ещё в 2019 году.',
    'я подпишусь на рассылку, когда выйдет английская версия.',
    'подписчики видят сайт без рекламы.',
    'подпишите петицию против закрытия школы.',
    '我订阅了你们的新闻通讯。',
    '我已经订阅你们的报纸十年了。',
  ])('finds nothing in "%s"', (text) => {
    expect(countSelfPromotion(text)).toBe(0);
  });

  it('is a signal of every analysed comment, read from the normalised text', () => {
    const i = SIGNAL_CODES.indexOf('self-promotion');
    const a = analyzeComment({ content: 'Check Out MY Channel!!' }, DEFAULT_BITS);
    expect(a.counts[i]).toBe(2);
    expect(a.signals[i]).toBeCloseTo(Math.log2(3));
    expect(analyzeComment({ content: 'Good reporting.' }, DEFAULT_BITS).signals[i]).toBe(0);
  });
});
