// Held-out examples for the plugs in a video's comments (issue 15, 2026-12-07, seventh session;
// docs/spam.md, "Plugs in a video's comments"). Written before any code change with other wording,
// names and writers than video-plug-examples.ts, and measured once before and once after the
// change. Our own sentences; no data set's text.

/** Plugs in a video's comments (held out, spam). */
export const VIDEO_PLUG_SPAM_HELDOUT: readonly string[] = [
  'Check out this video on YouTube: https://youtu.be/Lm4Nb6Vc8Xz',
  'sorry to spam but could someone please watch my dance cover, took me a week to learn it',
  'i know its spam sorry!! my sister sings really well and nobody knows her, her channel is melodyqaz',
  'check out this youtube channel called Kitchen Lab, funniest cooking fails ever',
  'Like our page on facebook for daily funny pics https://www.facebook.com/laughdaily.kz',
  'search "DJ Aral - Summer Wind" you wont regret it',
  'Please share this song so the world hears this young talent http://youtu.be/Pq2Rs4Tu6',
  'Listen to this new song by an unknown band from Bishkek, they are amazing http://bit.ly/bsk-band',
  'Download my new app, it tracks your workouts and it is completely free http://goo.gl/fitapp',
  'Get free Amazon gift cards every day, just sign up and watch short videos http://cashgift.co',
  'Извините за спам, ребята, поддержите молодого рэпера из Шымкента, трек тут: http://vk.com/shym.rap',
  '抱歉打扰，刷屏一下，新人歌手的第一首歌，大家去听听吧 http://music.163.com/song/998',
];

/** Genuine fans and readers (held out). */
export const VIDEO_PLUG_GENUINE_HELDOUT: readonly string[] = [
  'Anyone here in 2015? This is still on repeat',
  'Sorry guys but the remix is better than the original',
  'This video has more views than there are people on earth, how??',
  'The spam in this comment section is unreal, nobody cares about your channel',
  'Here is the official audio if the video does not load for you: https://www.youtube.com/watch?v=Hs6Jd8Kf0Lp',
  'Listen to the bass line at 0:58, pure genius',
  'My dad showed me this song and now we sing it together in the car',
  'I would subscribe to this channel twice if I could',
  'Sorry to say it but the dancing in this one is better than in the first video',
  'Честно, эта песня лучше, чем весь новый альбом',
  '不好意思，我是第一次听这首歌，太好听了',
  'Check this out, the stadium concert sold out in 4 minutes according to the organisers: https://www.reuters.com/article/concert-sold-out',
];

/** Second round (held out, spam). */
export const VIDEO_PLUG_INTRO_SPAM_HELDOUT: readonly string[] = [
  'hey my name is Marat and im a rapper from Shymkent, trying to get my name out there',
  "you'll love my version of this song, it's on my page",
  'links in my profile!! new beats every day',
  "don't ignore this comment please, I am a small artist and nobody hears my songs",
  'Не пролистывайте! Помогите раскрутить мой канал, я пою с детства',
  '不要划走，帮忙推广一下我的新歌，谢谢大家',
];

/** Second round (held out, genuine). */
export const VIDEO_PLUG_INTRO_GENUINE_HELDOUT: readonly string[] = [
  'my name is Aigerim too haha, same as the girl in the video',
  "Don't skip the intro, the piano part is beautiful",
  'The band is trying to get noticed in Europe now, saw them live in Berlin',
  'Меня зовут Ира, и я слушаю эту песню каждое утро',
  '别划走，最后那段舞蹈最好看',
  'If you like this you will probably like their older songs too',
];
