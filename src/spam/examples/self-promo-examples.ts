// Development examples for self-promotion and the sale of social-media metrics under a video
// (issue 15, "catch real spam on unseen videos and sites", 2026-12-07, late evening; docs/spam.md,
// "Channel calls, cover promises, bought views"). Written before any code change; our own
// sentences in general families, no data set's text.

/** A call to "our" channel or "my" WeChat account, with nothing else (spam). */
export const CHANNEL_CALL_SPAM_DEV: readonly string[] = [
  'Подпишитесь на наш канал',
  'Подписывайтесь на наш канал, там каждый день новые клипы',
  'Заходите на наш канал, будем рады каждому',
  'Подпишитесь на наш телеграм, там самое интересное',
  '关注我的公众号',
  '欢迎关注我的公众号，每天更新',
  '我的公众号：小鹿说音乐，欢迎关注',
  '关注我的抖音号，每天分享翻唱',
  'подписка за подписку',
  'Please subscribe to our channel, we post new covers every Friday',
];

/** A singer's or player's cover pushed without a link (spam). */
export const COVER_PLUG_SPAM_DEV: readonly string[] = [
  'Всем привет! Я начинающая певица, послушайте мой кавер на эту песню, ссылка на моём канале',
  'Я начинающая певица, буду рада если кто-нибудь послушает мои каверы',
  "if this gets 100 likes I'll upload my cover of this song",
  'If this comment gets 200 likes I will post my version of it',
  "have you heard my cover? it's on my channel",
  'Did anyone hear my piano version yet? its on my page',
  '如果这条评论有100个赞，我就上传我的翻唱',
  'Если этот коммент наберёт 100 лайков, выложу свой кавер',
];

/** Earnings with only a social network as the contact (spam). */
export const MONEY_DM_SPAM_DEV: readonly string[] = [
  'I make $250 a day working from my phone, message me on Facebook if you want to know how',
  'Want to earn extra money from home? Message me on Facebook, my name is Dina Rae',
  'Made 3000 dollars last week from home, inbox me on facebook for details',
];

/** Views, likes, subscribers and followers for sale (spam). */
export const METRICS_SALE_SPAM_DEV: readonly string[] = [
  'Накрутка просмотров и лайков, пишите в скайп promo_views',
  'Накрутка подписчиков на ютуб недорого, пишите в телеграм',
  'Раскрутка канала: живые подписчики и просмотры, скайп smm.boost',
  '刷粉 刷赞 加微信 zhf8899',
  '专业刷播放量，抖音涨粉，加V：dy5566',
  'buy real youtube views cheap, skype: viewsking',
  'Get 1000 YouTube subscribers in 24 hours, cheap and safe, contact skype fastsubs',
  'Want more views on your videos? We sell real views and likes, skype: tubegrow',
];

/** "One view, one like, one subscribe" (spam). */
export const ONE_EACH_SPAM_DEV: readonly string[] = [
  'one view, one like, one subscribe, thats all I ask',
  'Just one like and one sub for my channel please',
  'Один лайк, одна подписка — и я счастлив',
  '一个赞一个关注，谢谢大家',
];

/** Adult cams and dating links under a video (spam). */
export const ADULT_LINK_SPAM_DEV: readonly string[] = [
  'hot girls waiting for you live on cam http://camgirlz.xyz',
  'Bored? Chat with sexy singles near you, free sign up http://meetlocal.top',
  'Lonely tonight? Girls from your city want to meet you http://bit.ly/2cityx',
  'Знакомства для взрослых, девушки онлайн http://vstre4i-online.ru',
  'Горячие девушки ждут тебя в видеочате http://hotvideochat.club',
  '美女直播，一对一视频聊天，点击进入 http://mm-live.top',
];

/** Readers and fans who mention subscribing, channels, views and dating genuinely (ham). */
export const SELF_PROMO_GENUINE_DEV: readonly string[] = [
  'I subscribed to her channel after this',
  'Subscribed to their channel the moment the chorus hit',
  'Подписалась на канал после этого клипа',
  'Я подписался на их канал ещё в школе',
  '已经关注了官方账号',
  '我关注了他们的公众号，每周都有新歌',
  'If you like this, their official channel has the acoustic version too',
  'Официальный канал группы выложил акустическую версию, очень советую',
  '他们的官方频道还有现场版，推荐',
  'Every other comment here is sub4sub spam, so annoying',
  'Эти «подписка за подписку» в комментариях уже достали',
  '评论区全是互粉的，烦死了',
  'Накрутка просмотров — это позор, клип явно накручен',
  '这个视频的播放量肯定是刷的',
  'The ministry announced the new rules on its Telegram channel this morning',
  'Минздрав написал в своём телеграм-канале, что карантин продлят',
  '外交部在官方公众号上发布了声明',
  'if this gets a million likes the band should do a reunion tour',
  "Have you heard the live version? it's on their channel",
  'This song deserves one billion views',
  'My parents met on a dating site in 2003 and this song was played at their wedding',
  'The school alumni group is on Facebook, message me there if you were in the class of 98',
];
