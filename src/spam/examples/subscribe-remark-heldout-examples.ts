// Held-out examples of readers who speak about subscribing (issue 15, 2026-12-07, evening; docs/
// spam.md, "Readers on subscribing"). Written with the development batch and before any code
// change, never used to develop it: measured once before and once after.

/** Readers and fans on their own subscriptions and on being asked to subscribe (held out, genuine). */
export const SUBSCRIBE_REMARK_GENUINE_HELDOUT: readonly string[] = [
  'I subscribe to two papers from Bishkek and neither mentioned the new customs rules, thanks for this.',
  'I unsubscribed from their newsletter after the third sponsored story in a row.',
  'I was subscribed to the Sunday edition until the price doubled last spring.',
  'My wife subscribes to the business section, I only read the sports pages.',
  'Enough with the banners begging readers to subscribe, I already pay for the digital edition.',
  'People begging for subscribers in every comment section ruin it for the rest of us.',
  'I am not subscribed to this channel but the algorithm keeps showing me this song, not complaining.',
  'He deserves way more subscribers, his live vocals are better than the studio version.',
  'Я отписался от их канала после третьей рекламной вставки подряд.',
  'Надоели баннеры с просьбой подписаться, я и так оформил подписку на цифровую версию.',
  '我已经取消订阅他们的频道了，广告太多。',
  '他值得更多订阅者，现场唱得比录音室版本还好。',
];

/** Channel plugs and subscription asks (held out, spam). */
export const SUBSCRIBE_PLUG_SPAM_HELDOUT: readonly string[] = [
  'I subscribed to your channel, now subscribe to mine, deal?',
  'Everyone begging for subs here, but I only ask one thing: check out my channel and subscribe!',
  'I subscribe back to everyone within an hour, comment "done" below',
  'Hey guys my friend is a small youtuber, subscribe to him and like his video, he deserves it!',
  'Подписался на тебя, теперь подпишись на мой канал, взаимная подписка!',
  '互相订阅吧，我已经订阅你了，记得回订我的频道。',
];
