// Held-out examples of genuine readers the built-in model still sends to spam or holds, and the spam
// beside them (issue 15, "stop flagging real readers", 2026-12-07, late; docs/spam.md, "Readers
// quoting plugs, official links and provider lines"). Written with the development file, before any
// code change, and measured once before and once after it
// (npm run spam:batch -- src/spam/examples/real-reader-heldout-examples.ts).

/** Genuine readers of the five families (held out). */
export const REAL_READER_GENUINE_HELDOUT: readonly string[] = [
  'Half the replies are "sub to my channel" and "check out my music", can the mods clean this up?',
  'Хватит писать «подпишись на мой канал» под каждым видео, это никому не интересно',
  '评论区全是"关注我的频道"这种广告，举报了',
  'Official audio for anyone who wants the studio version: https://www.youtube.com/watch?v=Lm9PqR2sT4u',
  'Официальное видео вот здесь, а это перезалив: https://www.youtube.com/watch?v=Lm9PqR2sT4u',
  '官方视频在这：https://youtu.be/Lm9PqR2sT4u 这个是盗版搬运',
  "Subscribe to the singer's channel instead of this copy, she gets nothing from re-uploads",
  "Subscribe to the project's releases on GitHub, that is where the security fixes are announced first",
  'Подпишитесь на официальный канал исполнителя, а не на этот перезалив',
  '签证办理进度在官网上查就行：visaforchina.cn',
  'The official visa centre site has the new document list: https://www.visaforchina.cn',
  'Our home internet has been dropping every night, the provider hotline 8 800 100 20 30 keeps telling me to restart the router',
  'Провайдер отключил интернет без предупреждения, номер поддержки 8 800 200 30 40 не отвечает второй день',
  '宽带断了三天，运营商电话400 888 1234打了好几次都没人接',
];

/** Spam beside the families (held out). */
export const REAL_READER_SPAM_HELDOUT: readonly string[] = [
  'I know nobody likes "sub to my channel" comments but please sub to my channel, I upload every day',
  'Official video of our new track, like and subscribe: https://www.youtube.com/watch?v=Zz8YyXx7Ww6',
  "Subscribe to my brother's channel instead, he raps better than this guy",
  '签证加急，包出签，官网 visa-fast-china.top',
  'Internet slow? Call the provider support line 1-888-555-0147 now, our technicians fix it remotely',
  'Нет интернета? Позвоните нам 8 800 555 77 88, подключим за час',
];
