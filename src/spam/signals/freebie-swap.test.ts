// Known answers of the free generators and subscription swaps (freebie-swap.ts), counted as
// creator pleas: what counts, and the readers' warnings, questions and own subscriptions beside it.
import { describe, expect, it } from 'vitest';
import { countFreebiesAndSwaps } from './freebie-swap.ts';

const count = (text: string) => countFreebiesAndSwaps(text.toLowerCase());

describe('freebie-swap: free generators and subscription swaps', () => {
  it.each([
    'Get free Steam gift cards here http://x.example',
    'free robux generator no survey',
    'Want free PSN codes? go here',
    'get free spotify premium accounts here',
    'I got a free $50 xbox card from this site',
    'бесплатные робуксы, ссылка в профиле',
    'Генератор алмазов без опросов',
    '免费领取Q币，加群',
    '白嫖皮肤，点我头像',
    'подпишись в ответ на мой канал',
    'взаимная подписка',
    'подписка на подписку',
    'подпишусь на каждого',
    '互相订阅',
    '互粉',
    '回关必回',
    '我订阅了你，也请订阅我的频道',
  ])('counts %s', (text) => {
    expect(count(text)).toBeGreaterThan(0);
  });

  it.each([
    'those free Robux generators steal accounts',
    'Is this free gift card giveaway real?',
    'Does the free V-Bucks generator here work?',
    "Fill in our newsroom's reader survey and win a $50 gift card",
    'I bought my son a $25 iTunes gift card here at the mall',
    'our site has free accounts here for students',
    'бесплатные робуксы — развод, ссылка ведёт на фишинг',
    'Бесплатный аккаунт здесь даёт три статьи в месяц',
    'я подписался на рассылку',
    'Подписка на газету подорожала',
    'если он меня оскорбит, отвечу тем же',
    '我订阅了你们的新闻通讯',
    '免费会员只能看三篇文章，链接打不开',
    '免费领皮肤的链接都是骗子',
    '这两位明星已经互粉了',
    '这些问题相互关联',
    '点击返回关闭页面',
    '请订阅我们的频道',
    'Эти «подписка за подписку» в комментариях уже достали',
    'опять спам: взаимная подписка, подпишусь в ответ',
    '评论区全是互粉的，烦死了',
  ])('counts nothing in %s', (text) => {
    expect(count(text)).toBe(0);
  });
});
