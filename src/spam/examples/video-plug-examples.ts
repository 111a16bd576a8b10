// Development examples of the spam a music video's comment section receives and a news site's
// comments get too (issue 15, 2026-12-07, seventh session; docs/spam.md, "Plugs in a video's
// comments"): YouTube's own share text pasted with a link, a channel or a song of someone else's
// pushed ("check out this channel", 'search "Artist - Song"'), the apology for spamming that comes
// before a plug, asks to like or share the writer's page, a book, a game or a friend's channel,
// and music promotion by unknown artists; beside them, genuine fans' comments that share the
// vocabulary (reactions, lyrics, view-count jokes, a year, "channel" and "subscribe" in a complaint,
// a single official link) and must stay published. Written from general knowledge of the era's
// comment spam, in our own words, before any code change; no sentence of any data set is copied.
// The held-out batch is in video-plug-heldout-examples.ts.

/** Plugs in a video's comments (development, spam). */
export const VIDEO_PLUG_SPAM_DEV: readonly string[] = [
  'Check out this video on YouTube: http://www.youtube.com/watch?v=aB3dE5fG7hK',
  'Check out this playlist on YouTube: https://www.youtube.com/playlist?list=PLx8Yq2rT5',
  'sorry for the spam but my band just started and we have three songs up, look us up, Steppe Wolves',
  'Sorry for spamming guys, I make beats and rap over them, if you like hip hop go to my page',
  'I know this is spam but give me one minute, i upload funny prank videos every week',
  'Hey guys check out this channel, he makes the best minecraft videos ever!! youtube.com/user/blockbuild99',
  'like my facebook page pleasee!! facebook.com/dancecrewkz',
  'Please like and share my page on facebook, it means a lot https://www.facebook.com/djarman.music',
  'Search "Lil Tenge - Steppe Nights" thanks guys',
  'Hey guys! Check this out: Nomad Echo - Crossing The Line. they deserve way more views',
  'check this out https://www.youtube.com/watch?v=Qw3rTy7uI9o',
  'Discover the new single of a young talented singer from Almaty http://adf.ly/1x2Y3z',
  'Read my new ebook about lucid dreaming, free for this week only http://bit.ly/dream-ebk',
  'subscribe to my brothers channel he is only 12 and makes awesome lego videos',
  'Not spam!! just a 14 yr old girl trying to make it as a singer, look up my name Aisha Kim on youtube',
  'Go check out this new rapper from Texas called K-Deuce, his song Money Trees is fire',
  'hi everyone i am a new singer please watch my cover of this song and tell me what you think',
  'chek out dis song its by my homie http://soundcloud.com/homie-k/late-night',
  'Guys please share this video with all your friends so it reaches a million views http://youtu.be/Zx9Yw8Vu7',
  'Play my new game on the app store, its free and i made it myself! search Pixel Jumper Kz',
  'Want free iTunes gift card codes? Get them here, no survey: http://free-codes-now.net',
  'Free PSN codes and Xbox Live gold generator, 100% working, no human verification http://gen-psn.co',
  'Извините за спам, но посмотрите видео про наш двор, мы очень старались http://youtu.be/Rt5Gh7Jk',
  'Простите за спам! Зацените песню молодой певицы из Караганды: http://vk.com/kar.singer',
  '抱歉刷屏，我们乐队的新歌求支持，链接在这里 http://y.qq.com/n/song/abc123',
  '不好意思打扰大家了，帮忙看看我做的视频吧 http://v.youku.com/v_show/id_X123',
];

/** Genuine fans' comments under a video, and readers who share its vocabulary (development). */
export const VIDEO_PLUG_GENUINE_DEV: readonly string[] = [
  "Who's watching this in 2015? Still the best song ever",
  "This song never gets old, I've listened to it 100 times today",
  '2 billion views and counting, who else came here just to check the view count',
  'The lyrics "you make me feel like I\'m living a teenage dream" hit me every time',
  'I subscribed to her channel back in 2010 and never regretted it',
  'Why does everyone in these comments beg for subscribers, this is a music video not a notice board',
  'Stop spamming your channels here, nobody is going to subscribe to you',
  'Official lyric video: https://www.youtube.com/watch?v=kT5rP2wQ8sL',
  'The official video has more views than the lyric video lol',
  "I'm sorry but this is the worst song of the year",
  "Sorry for my English, I'm from Brazil, I love this song so much",
  "This comment section is full of spam, sorry but it's true",
  'My little brother dances to this every morning haha',
  'Check out the dance at 2:14, best part of the whole video',
  'Check out the live version from the 2012 VMAs, even better than this one',
  'If you search "party rock" on YouTube this is still the first result',
  "I don't subscribe to many channels but I subscribed to this one the day it came out",
  'Sorry for the long comment but this song got me through my last year of high school',
  'Anyone else notice the guy in the background at 1:45? lol',
  'Check this out: the council has published the full concert schedule https://www.almaty.gov.kz/events/concerts.pdf',
  'Кто слушает в 2015? Лучшая песня всех времён',
  'Извините за мой английский, но эта песня просто супер',
  '2015年还有人在听吗？这首歌太经典了',
  '抱歉，我觉得这首歌一般，不知道为什么这么多人看',
];

/** Second round: self-introductions, "you'll love my …", "link in my bio", "trying to get my music
 * out there", "don't scroll past this" (development, spam; written before that round's code). */
export const VIDEO_PLUG_INTRO_SPAM_DEV: readonly string[] = [
  "Hi guys, my name is Dana and I'm a 16 year old singer from Astana, I post covers every week",
  'my name is Timur and i make electronic music, if you like this you will love my stuff',
  'If you like this song you will love my remix of it!',
  'new video every sunday, link in my bio',
  'Im just trying to get my music out there, any support means the world',
  'help me get noticed, I have been singing since I was 8',
  "please don't scroll past this, I worked really hard on my first music video",
  'Before you scroll down, give my new dance video a chance',
  'Меня зовут Алина, я начинаю петь и записываю каверы, не пролистывайте, пожалуйста',
  '别划走！我叫小林，是一名新人歌手，新歌希望大家听听',
];

/** Second round: fans and readers beside them (development, genuine). */
export const VIDEO_PLUG_INTRO_GENUINE_DEV: readonly string[] = [
  'My name is Sam and I love this song, it played at our wedding',
  'If you like this song you will love the rest of the album',
  "Don't scroll past the bridge, it is the best part",
  'The link in the description goes to the official store',
  'She is trying to get her music out there again after the break, good for her',
  'My brother got noticed by a label after a talent show, it can happen',
  'Меня зовут Олег, и эта песня напоминает мне лето 2012',
  '我叫小王，这首歌陪我度过了高考',
];
