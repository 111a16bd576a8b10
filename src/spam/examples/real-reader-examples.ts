// Development examples of genuine readers the built-in model still sends to spam or holds (issue 15,
// "stop flagging real readers", 2026-12-07, late; docs/spam.md, "Readers quoting plugs, official
// links and provider lines"): readers complaining about channel plugs (quoting them), fans pointing to
// the official video or advising to subscribe to the artist instead of a re-upload, a tech blog's
// readers advising to subscribe to a project's release feed, readers pointing to the official visa
// site, and readers complaining about their internet provider with its support number; and beside
// each family the spam that must stay spam (the writer's own channel, a plug of a new artist, a visa
// agent's "official site", a support scam promising a fix). Our own sentences, written before any
// code change; the held-out file is real-reader-heldout-examples.ts.

/** Readers complaining about channel plugs, quoting them or reporting the ask (development, genuine). */
export const PLUG_COMPLAINT_GENUINE_DEV: readonly string[] = [
  'These "check out my channel" comments are ruining the comment section',
  'Can we stop with the "subscribe to my channel" spam? Nobody cares',
  'Every second comment here is someone begging you to check out their channel. So annoying.',
  'Stop posting your channel links here, this is a music video not an ad board',
  'Please stop spamming links to your Telegram channels under every article about visas',
  'Опять в комментариях реклама каналов, «подпишитесь на мой канал» под каждой новостью',
  '别再发"关注我的频道"了，没人会点',
  'Under every news story someone writes "subscribe to my channel", moderators please delete them',
];

/** Plugs beside the complaints (development, spam). */
export const PLUG_COMPLAINT_SPAM_DEV: readonly string[] = [
  'I know "check out my channel" comments are annoying, but please check out my channel, I make covers',
  'Stop scrolling and check out my channel, I post new beats every week',
  'Sorry for the spam but subscribe to my channel, I am trying to reach 1k',
  'Подпишитесь на мой канал, там каждый день новые клипы',
  '关注我的频道，每天更新翻唱',
];

/** Fans pointing to the official video or audio (development, genuine). */
export const OFFICIAL_VIDEO_GENUINE_DEV: readonly string[] = [
  'Official lyric video: https://www.youtube.com/watch?v=abc123XYZ',
  "This is a re-upload, the official video is on the artist's channel: https://www.youtube.com/watch?v=abc123XYZ",
  'Официальный клип: https://www.youtube.com/watch?v=abc123XYZ',
  '官方MV在这里：https://www.youtube.com/watch?v=abc123XYZ',
  'Официальное аудио в лучшем качестве: https://youtu.be/Xy12abcDEF',
  '官方现场版更好听：https://youtu.be/Xy12abcDEF',
];

/** Plugs of videos dressed as official (development, spam). */
export const OFFICIAL_VIDEO_SPAM_DEV: readonly string[] = [
  'Official video of my new single, please watch and subscribe: https://www.youtube.com/watch?v=q1w2e3r4t5y',
  'Check out the official video from an amazing new artist: https://www.youtube.com/watch?v=q1w2e3r4t5y',
  'Мой официальный клип, оцените пожалуйста: https://www.youtube.com/watch?v=q1w2e3r4t5y',
  '我的新歌官方MV，求支持求订阅：https://www.youtube.com/watch?v=q1w2e3r4t5y',
  'Official video out now, free download at https://free-mp3-hits.top/song',
];

/** Readers advising to subscribe to the artist or a project's releases (development, genuine). */
export const SUBSCRIBE_ADVICE_GENUINE_DEV: readonly string[] = [
  "If you like the song, subscribe to the artist's channel instead of writing +1",
  "Subscribe to the band's channel instead of this re-upload, they get nothing from these views",
  'Subscribe to the artist, not to the channels that steal her songs',
  "Subscribe to the project's release feed on GitHub if you want to know when the fix ships",
  'Subscribe to the Node.js security mailing list, they announce patches there first',
  'Subscribe to the customs channel on Telegram for queue updates, it saved me hours at Khorgos',
];

/** Plugs beside the advice (development, spam). */
export const SUBSCRIBE_ADVICE_SPAM_DEV: readonly string[] = [
  'If you like the song, subscribe to my channel instead of writing +1',
  "Subscribe to my friend's channel, he is an amazing new artist and deserves more views",
  'Subscribe to our mailing list for weekly coding tips and discounts',
  "Subscribe to the artist's channel here: https://www.youtube.com/@newbeats_official",
  'Subscribe to the channel on Telegram for daily crypto signals, 10x guaranteed',
];

/** Readers pointing to the official visa or public-service site (development, genuine). */
export const OFFICIAL_SITE_GENUINE_DEV: readonly string[] = [
  '签证进度可以在官网查 visaforchina.cn',
  '签证进度可以在官网查：https://www.visaforchina.cn',
  '中国签证申请服务中心官网 visaforchina.cn 上有最新的材料清单',
  'Visa status is on the official site: https://www.visaforchina.cn',
  'Статус визы смотрите на официальном сайте: visaforchina.cn',
];

/** Agents' "official sites" (development, spam). */
export const OFFICIAL_SITE_SPAM_DEV: readonly string[] = [
  '签证加急办理，三天出签，官网：visa-china-fast.com',
  '签证代办，包过，官网 visa88.cn 微信 visa8888',
  'Official visa site: https://evisa-kz-online.top, approval guaranteed',
  'Check your visa status on the official site: https://gov-visa-check.com',
  'Оформим визу в Китай срочно, официальный сайт: https://visa-kitay-srochno.ru',
];

/** Readers complaining about their internet provider, quoting its number (development, genuine). */
export const PROVIDER_COMPLAINT_GENUINE_DEV: readonly string[] = [
  'My internet provider has been down for three days, I called their support at 8 800 301 12 12 and they just keep saying wait',
  'Our ISP cut the connection again, their number 8 800 555 35 35 just plays music for an hour',
  "The provider's support number is 0800 123 4567 and they hung up on me twice, no internet since Monday",
  "Internet in our village has been out all week, the provider's hotline 1-800-555-0199 says there is no outage",
  'Fed up with Kazakhtelecom: called 8 800 080 0080 three times about the slow connection, nothing changed',
  'Интернета нет уже неделю, на горячей линии провайдера 8 800 555 35 35 только музыка играет',
  '网断了一周了，客服电话400 123 4567一直占线',
];

/** Support scams beside the complaints (development, spam). */
export const PROVIDER_COMPLAINT_SPAM_DEV: readonly string[] = [
  'Internet down? Slow connection? Call our certified technicians at 1-800-555-0199, 24/7',
  'Router not working? Call the Netgear support number 1-888-555-0123, we fix it remotely',
  'My internet was down for a week until I called 1-800-555-0188, they fixed it in 10 minutes, highly recommend',
  'Нет интернета? Звоните на горячую линию 8 800 555 12 34, наши мастера помогут',
  '宽带断网？网速慢？请拨打客服电话400-123-4567，24小时上门维修',
];
