// Known answers of the creator-plea signal (creator-plea.ts): the pleas it counts in every script
// we serve, the readers' sentences that must count nothing (look-alikes), and the shipped model's
// verdict on both sides. Every comment here was written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { builtinModel } from '../classifier/builtin.ts';
import { countCreatorPleas } from './creator-plea.ts';
import { normalizeText } from '../text/normalize.ts';
import { scoreComment } from '../score.ts';
import { SIGNAL_CODES } from './signals.ts';

const pleasOf = (content: string): number => countCreatorPleas(normalizeText(content).text);

describe('creator-plea: a plea for subscribers or views for the writer’s own work', () => {
  it.each([
    // English
    "I'm a small youtuber, it would mean a lot if you subscribed",
    'It would be awesome if you guys checked out some of my drum covers',
    'I would really appreciate it if I got a few subs before my first stream',
    'check my newest beat, tell me what you think',
    'My songs are not bad at all, check them out when you have time.',
    'give my channel a chance, you will not regret it',
    'Please subscribe!! thank you',
    'plz sub, I post every friday',
    'pls watch my video about skateboarding',
    'small creator here, trying to grow',
    "I'm kinda new to YouTube and I make cooking videos",
    'road to 1k subs, only 40 subs away',
    'We just released our debut single, link in bio',
    'click my name for daily gaming clips',
    'I put so much work into my covers but nobody watches them',
    'I only have 37 subscribers, help',
    'drop a sub if you liked this',
    'search my name on Spotify',
    'my new single is out now',
    // Russian
    'Я начинающий блогер, снимаю про рыбалку',
    'Буду рад подписке на мой канал',
    'Подпишитесь, пожалуйста, очень надо',
    'Подпишусь в ответ на каждого',
    'Ссылка в профиле, заходите',
    'Заглядывайте ко мне, там много интересного',
    'Жду вас на своём канале!',
    'У меня всего 40 подписчиков, поддержите',
    // Chinese
    '新人up主求关注，谢谢大家',
    '求三连！下期更精彩',
    '来我主页看看吧',
    '点我头像有福利',
    '求粉，我只有12个粉丝',
  ])('counts %s', (content) => expect(pleasOf(content)).toBeGreaterThan(0));

  it.each([
    // English: readers, a journalist's critic, subscribers to the paper, an artist on royalties
    'Check out the official report at the ministry site, page 12 has the figures.',
    'I subscribed to your newsletter last year and it is worth every penny.',
    'My channel covers Kazakhstan too, great piece.',
    "I'd appreciate it if you checked your facts before publishing.",
    'I would love it if you followed up on the school budget story.',
    'Please subscribe to your local paper, they need the money.',
    'As an independent artist I get a fraction of a cent per stream.',
    'The mayor uploaded a new video to the council site yesterday.',
    'Can someone click on the map and tell me where the new station is?',
    'Thumbs up if you remember the old tram line.',
    'My kids love the new library, thanks for covering it.',
    'The road to 2030 targets is long.',
    'Nobody watches state TV any more, the figures say so.',
    'My new phone is out of battery again, so I read the paper.',
    'Search for "school budget" on the council site to find the tables.',
    'The subscription page says I have 3 subscriptions.',
    // Russian
    'Я подписался на вашу рассылку, спасибо за статью.',
    'Подпишите петицию, если согласны с жителями.',
    'Буду рад, если мэрия ответит на вопросы жителей.',
    'У меня тоже канал про Казахстан, отличная статья.',
    'Никто не смотрит государственное телевидение.',
    'Жду вас на встрече жителей в четверг.',
    // Chinese
    '请大家关注一下这个问题。',
    '我订阅了你们的周报，内容很好。',
    '新人入职培训的报道写得很好。',
    '点击地图可以看到新车站的位置吗？',
    '这个粉丝团的活动报道得很好。',
  ])('counts nothing in %s', (content) => expect(pleasOf(content)).toBe(0));
});

describe('creator-plea in the shipped model', () => {
  const model = builtinModel();
  const index = SIGNAL_CODES.indexOf('creator-plea');

  it.each([
    "I'm a small youtuber, it would mean a lot if you subscribed",
    'Буду рад подписке, я начинающий блогер',
    '新人up主求关注，求三连',
  ])('sends %s to spam (or discard) and names itself among the reasons', (content) => {
    expect(analyzeComment({ content }, model.bits).signals[index]).toBeGreaterThan(0);
    const v = scoreComment({ content }, model);
    expect(v.reasons.map((r) => r.code)).toContain('creator-plea');
    expect(['spam', 'discard']).toContain(v.verdict);
  });

  it.each([
    'I subscribed to your newsletter last year and it is worth every penny.',
    'My channel covers Kazakhstan too, great piece.',
    "I'd appreciate it if you checked your facts before publishing.",
    'У меня тоже канал про Казахстан, отличная статья.',
    'Никто не смотрит государственное телевидение.',
    'Жду вас на встрече жителей в четверг.',
    '请大家关注一下这个问题。',
  ])('does not send the reader’s %s to spam', (content) => {
    expect(analyzeComment({ content }, model.bits).signals[index]).toBe(0);
    expect(['ham', 'hold']).toContain(scoreComment({ content }, model).verdict);
  });
});

describe('creator-plea: a plea with nothing else said counts once more', () => {
  it.each([
    ['подписка за подписку', 2],
    ['一个赞一个关注，谢谢大家', 2],
    ['please subscribe', 2],
    ['Please subscribe, I upload a new cover of an old song every single week and reply to every comment', 1],
  ] as const)('%s counts %i', (content, n) => expect(pleasOf(content)).toBe(n));
});
