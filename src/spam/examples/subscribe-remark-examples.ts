// Development examples of readers who speak about subscribing without asking anyone to (issue 15,
// 2026-12-07, evening; docs/spam.md, "Readers on subscribing"): a news reader's own subscriptions
// and cancellations, complaints about pages and commenters begging for subscribers, and fans under
// a video saying what they did or think of a channel; and the channel plugs beside them that must
// stay spam. Written before any code change; the held-out batch is in
// subscribe-remark-heldout-examples.ts.

/** News readers on their own subscriptions (development, genuine). */
export const NEWS_SUBSCRIBER_GENUINE_DEV: readonly string[] = [
  'I subscribe to three regional papers and only yours covered the Khorgos rail delays properly.',
  'Unsubscribed from the daily digest last month: too many press releases, not enough reporting like this piece.',
  'I unsubscribed from two national papers this year, the local ones simply cover Almaty better.',
  'I was subscribed to the print edition for twenty years until delivery to our village stopped.',
  "I'm not subscribed, so I only see the first paragraph of half your articles. Is the visa story free to read?",
  'We subscribe to the weekend edition for my father, he still reads the crossword before anything else.',
  'Я подписан на три региональные газеты, и только вы нормально написали про задержки на Хоргосе.',
  'Отписался от вашей рассылки: слишком много пресс-релизов, а репортажей вроде этого мало.',
  '我订了三份地方报纸，只有你们把霍尔果斯铁路延误的事写清楚了。',
  '上个月我取消订阅了每日简报，新闻稿太多，像这样的报道太少。',
];

/** Readers complaining about being asked to subscribe (development, genuine). */
export const BEGGING_COMPLAINT_GENUINE_DEV: readonly string[] = [
  "Please stop asking readers to subscribe in every paragraph, it's distracting.",
  'I hate when people beg for subscribers in the comments of a music video. This song is about heartbreak.',
  'Every second comment here is someone begging for subs, can the moderators do something?',
  'The pop-up asking me to subscribe appears three times per article now. I read you less because of it.',
  'Хватит просить подписаться в каждом абзаце, это отвлекает от текста.',
  '别在每一段都求订阅了，看着太烦。',
];

/** Fans under a video on a channel and on subscribing (development, genuine). */
export const FAN_CHANNEL_GENUINE_DEV: readonly string[] = [
  'I unsubscribed from this channel after they started putting ads on every video, shame because the song is great.',
  'who else is here because youtube recommended it even though im not subscribed to the channel lol',
  'She deserves more subscribers than those prank channels, real talent right here.',
  'My little brother made me subscribe to this channel and now I listen to it every day haha',
  'Why does this channel keep deleting comments? I was subscribed for years and now I cannot even find the old videos.',
  'Я отписался от этого канала, когда они начали вставлять рекламу в каждое видео, а песня хорошая.',
  '我弟弟逼我订阅了这个频道，现在我每天都在听这首歌。',
];

/** Channel plugs and subscription asks beside them (development, spam). */
export const SUBSCRIBE_PLUG_SPAM_DEV: readonly string[] = [
  'I subscribed to you, please subscribe back to my channel!',
  'I subscribe to everyone who subscribes to me, sub4sub, just comment done',
  'I hate when people beg for subs but please check out my channel, I make covers of this song',
  'Stop scrolling and subscribe to my channel, 100 subscribers and I post a new cover!',
  'My little brother makes beats, subscribe to his channel and leave a like on his newest video',
  'Unsubscribe from the boring channels and subscribe to mine, new prank video every day!',
  'Я подписался на тебя, подпишись в ответ на мой канал!',
  'Подпишитесь на мой канал, каждый день новые каверы этой песни.',
  '我订阅了你，请回订我的频道！',
  '求订阅我的频道，每天更新翻唱。',
];
