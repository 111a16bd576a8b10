// Development examples for gift-card and game-currency "generators" and giveaways, and for
// subscription swaps in Russian and Chinese, in a video's comments (issue 15, 2026-12-07, evening;
// docs/spam.md, "Free generators and subscription swaps"). Written before any code change; our own
// sentences in general families, no data set's text.

/** Free gift cards, game currency and premium accounts offered (spam). */
export const FREEBIE_SPAM_DEV: readonly string[] = [
  'Get free iTunes gift cards here http://freegiftz.net',
  'Get free gift cards and paypal money!',
  'Want free iTunes codes? go here',
  'free robux here',
  'free robux generator no survey no human verification',
  'free xbox live codes generator 2014 working',
  'free psn codes no survey no download',
  'get free minecraft premium accounts here',
  'I got free v bucks from this link, it works',
  'I got a free $100 PSN card from this site http://psnfree.org',
  'Бесплатные робуксы без доната! ссылка в описании канала',
  'Генератор вбаксов без опросов, проверено',
  'Халявный премиум аккаунт майнкрафт тут',
  'бесплатные робуксы, ссылка в профиле',
  '免费送皮肤，加群领取',
  '免费刷Q币，不用调查',
  '王者荣耀免费领皮肤，点我主页',
  '免费领取Q币和皮肤，加群123456789',
];

/** Subscription swaps in Russian and Chinese (spam). */
export const SWAP_SPAM_DEV: readonly string[] = [
  'Я подписался на тебя, подпишись в ответ на мой канал!',
  'взаимная подписка',
  'Взаимная подписка! Кто подпишется, тому отвечу тем же',
  'Подпишусь на каждого, кто подпишется на меня',
  'Давайте дружить каналами, подписка на подписку',
  'подписка за подписку',
  '我订阅了你，请回订我的频道！',
  '互相订阅',
  '互粉',
  '互关互赞，回关必回',
  '求互粉，关注必回',
  '我订阅了你的频道，也请订阅我的',
];

/** Readers and fans beside them: warnings, questions, their own subscriptions, the site's giveaway. */
export const FREEBIE_SWAP_GENUINE_DEV: readonly string[] = [
  'those free Robux generators steal accounts, my nephew lost his',
  'Never trust a free V-Bucks generator, it is always a phishing page',
  'Is this giveaway real? I got an email saying I won a gift card',
  'Does anyone know if the free Steam codes in the comments actually work?',
  "Fill in our newsroom's reader survey and win a $50 gift card",
  'I bought my son a $25 iTunes gift card for his birthday',
  'я подписался на рассылку, спасибо',
  'Я подписался на ваш канал ещё в 2012, до сих пор слушаю',
  'Бесплатные робуксы — это развод, не ведитесь, ребята',
  'Генераторы робуксов воруют аккаунты, моего брата так взломали',
  '我订阅了你们的新闻通讯',
  '免费领皮肤的都是骗子，小心盗号',
  '这两位明星已经互粉了，粉丝们很开心',
  'Подписка на газету подорожала вдвое',
];
