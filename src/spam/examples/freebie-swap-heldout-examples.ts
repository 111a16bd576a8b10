// Held-out examples for gift-card and game-currency "generators" and giveaways, and for
// subscription swaps in Russian and Chinese (issue 15, 2026-12-07, evening; docs/spam.md, "Free
// generators and subscription swaps"). Written before any code change with other wording than
// freebie-swap-examples.ts, and measured once before and once after. Our own sentences.

/** Free gift cards, game currency, premium accounts and subscription swaps (held out, spam). */
export const FREEBIE_SWAP_SPAM_HELDOUT: readonly string[] = [
  'Free Amazon gift card codes, no survey, just click the link in my channel',
  'Need V-Bucks? free generator here, working 2015',
  'free steam wallet codes here guys, legit',
  'Get your free Netflix premium account here, no credit card',
  'Халява! Бесплатные скины для CS GO, ссылка в профиле',
  'бесплатный донат в играх, генератор алмазов тут',
  '免费送点券，加群领取',
  '白嫖Q币，点我头像',
  'Подписка на подписку, пишите в ответ',
  'Кто подпишется — подпишусь в ответ, взаимно!',
  '互关吗？回关必回',
  '你订我，我回订，互相订阅',
];

/** Readers and fans beside them (held out). */
export const FREEBIE_SWAP_GENUINE_HELDOUT: readonly string[] = [
  'Those free gift card comments are bots, please report them',
  'Are these free Robux sites real or a scam?',
  'Our paper is giving away two concert tickets to readers who answer the survey',
  'I subscribed to the newsletter last week and love the morning digest',
  'Бесплатные скины в комментариях — мошенники, не вводите пароль',
  'Я подписался на вашу рассылку, очень удобно',
  '我订阅了你们的公众号，每天都看',
  '免费领Q币的链接都是钓鱼网站，千万别点',
];
