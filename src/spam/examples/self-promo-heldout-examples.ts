// Held-out examples for self-promotion and the sale of social-media metrics under a video (issue
// 15, 2026-12-07, late evening; docs/spam.md, "Channel calls, cover promises, bought views").
// Written before any code change with other wording, names and writers than
// self-promo-examples.ts, and measured once before and once after the change. Our own sentences;
// no data set's text.

/** Self-promotion and metric sellers (held out, spam). */
export const SELF_PROMO_SPAM_HELDOUT: readonly string[] = [
  'Подписывайтесь на наш паблик, каждый день свежие каверы',
  '欢迎大家关注我的微信公众号',
  'Я только начинаю петь, послушайте мою версию этой песни у меня на канале',
  "if this gets 50 likes i'll sing it and upload it tomorrow",
  'check if you heard my guitar cover, it is on my channel',
  'Earn from home like I do, $400 a week, just message me on facebook',
  'Накрутка лайков и просмотров на ютубе, дёшево, пишите в скайп',
  '刷赞 刷播放 涨粉快 加微信 wx3388',
  'cheap real youtube views and subscribers, skype: boostmytube',
  'one like one view one sub, please guys',
  'Sexy girls online now, watch them live http://livecamhotties.top',
  'Одинокие девушки из твоего города ищут знакомства http://znakom-24.xyz',
];

/** Readers and fans on channels, subscriptions, views and dating (held out, ham). */
export const SELF_PROMO_GENUINE_HELDOUT: readonly string[] = [
  'I followed the drummer on Instagram after watching this',
  'Подписался на их канал, когда вышел этот клип',
  '我早就关注了乐队的官方微博',
  'Their official channel uploaded the concert from Tokyo, worth a watch',
  'Sick of all the sub4sub beggars in these comments',
  'Все эти накрученные просмотры ничего не значат',
  '刷粉刷赞的人太多了，评论区都是广告',
  'The embassy posted the new visa rules on its Telegram channel',
  'one more view from me, cannot stop listening',
  'Мы с женой познакомились на сайте знакомств, а под эту песню танцевали на свадьбе',
];
