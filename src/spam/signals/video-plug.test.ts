// Known answers of the plugs in a video's comments (video-plug.ts), counted as creator pleas:
// the plugs it counts in every script where the family exists, and the fans' and readers'
// sentences that must count nothing. Every comment here was written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { countCreatorPleas } from './creator-plea.ts';
import { SIGNAL_CODES } from './signals.ts';
import { countVideoPlugs } from './video-plug.ts';
import { normalizeText } from '../text/normalize.ts';

const plugsOf = (content: string, linked = false): number =>
  countVideoPlugs(normalizeText(content).text, linked);

describe('video-plug: a video, song, channel or page pushed in a video’s comments', () => {
  it.each([
    'Check out this video on YouTube:',
    'check out this youtube channel, the funniest pranks ever',
    'Hey guys, check out this channel',
    'lol go subscribe to this channel',
    'Sorry for the spam but my duo has two songs out now',
    'sorry to spam, I just need a few more views',
    'I know this is spam but please hear me out',
    'search "Qazaq Beats - Night Drive" thanks!',
    'Hey! Check this out: The Nomads - Open Road. so underrated',
    'listen to this young talented rapper from Osh',
    'Discover the first single of a young singer from Taraz',
    'like my facebook page for more dance videos',
    'like and share our page please',
    'subscribe to my cousin’s channel, she does makeup tutorials',
    'this song is by my homie, give him some love',
    'read my new book, the first chapter is free',
    'look up my name on soundcloud',
    'I upload new covers every friday',
    'just a girl trying to make it as a singer',
    "I'm a 15 year old rapper from Almaty",
    'Извините за спам, но зацените наш клип',
    'Зацените песню молодой певицы из нашего города',
    '抱歉刷屏，大家帮忙看看我的视频',
    '新人歌手，新歌求支持',
    // the second round
    "my name is Ruslan and I'm an upcoming rapper",
    'my name is Zhanna and i sing covers',
    "you'll love my acoustic version",
    'link in my bio for the full song',
    'just trying to get my songs out there',
    'please help me get noticed',
    "don't scroll past this please",
    'before you scroll, hear me out',
    'Меня зовут Дима, я читаю рэп',
    'Не пролистывайте, пожалуйста!',
    'помогите раскрутить мой канал',
    '帮忙推广一下，谢谢',
    '我叫阿明，是一名新人歌手',
  ])('counts: %s', (text) => expect(plugsOf(text)).toBeGreaterThanOrEqual(1));

  it.each([
    ['check this out http://example-clips.net/v/123', true],
    ['watch this!! http://youtu.be/Ab1Cd2', true],
    ['watch?v=Ab1Cd2Ef3 check this out', false],
    ['pls help me get a new skin http://crowd-skins.co/p/77', true],
  ] as const)('counts beside a link that is no reference: %s', (text, linked) =>
    expect(plugsOf(text, linked)).toBe(1),
  );

  it.each([
    "Who's watching in 2015?",
    'Check out the dance at 2:14, best part',
    'Check out the live version from the 2012 tour',
    'Sorry for my English, I love this song',
    "This comment section is full of spam, sorry but it's true",
    'Stop spamming your channels, nobody cares',
    'I would subscribe to this channel twice if I could',
    'I subscribed to this channel in 2012',
    'My little brother made me subscribe to this channel and now I love it',
    'everyone should subscribe to this channel',
    'If you search "party rock" on YouTube this is still the first result',
    'Support local bands, buy their records',
    'The new band at the festival was great, check out the new band stage',
    'I know this song by heart',
    'I read my book on the train while listening to this',
    'Sorry to say it but the remix is better',
    'Извините за мой английский, песня супер',
    '不好意思打扰一下，请问这首歌叫什么？',
    '抱歉，我觉得这首歌一般',
    'My name is Sam and I love this song',
    'If you like this song you will love the rest of the album',
    "Don't scroll past the bridge, it is the best part",
    'The link in the description goes to the official store',
    'She is trying to get her music out there again',
    'Меня зовут Олег, и эта песня напоминает мне лето',
    'Не пролистывайте до конца, там лучший момент',
    '别划走，最后那段舞蹈最好看',
    '我叫小王，这首歌陪我度过了高考',
  ])('counts nothing: %s', (text) => expect(plugsOf(text, false)).toBe(0));

  it.each([
    'Check this out, the full report: https://stat.example.kz/report',
    'Watch this, the official statement: https://gov.example.kz/statement',
  ])('a link with a citing word is no plug: %s', (text) => expect(plugsOf(text, true)).toBe(0));

  it('counts as creator pleas', () => {
    // two plugs, and once more for a plea that is the whole comment (creator-plea.ts, late evening)
    expect(countCreatorPleas(normalizeText('Sorry for the spam, check out this channel').text)).toBe(3);
    expect(countCreatorPleas(normalizeText('check this out').text, true)).toBe(2);
    expect(countCreatorPleas(normalizeText('check this out').text)).toBe(0);
  });
});

describe('video-plug in scoring: "check this out" beside which link', () => {
  const pleaded = (content: string, site?: string): boolean =>
    analyzeComment({ content, site }, 18).signals[SIGNAL_CODES.indexOf('creator-plea')] !== 0;

  it('counts beside a link of its own', () =>
    expect(pleaded('check this out http://clipzone-kz.net/v/8812')).toBe(true));

  it('counts nothing beside an outlet or the site’s own page', () => {
    expect(pleaded('check this out https://www.reuters.com/world/asia/some-story')).toBe(false);
    expect(
      pleaded('check this out https://news.example.kz/2026/12/earlier-story', 'https://news.example.kz'),
    ).toBe(false);
  });
});
