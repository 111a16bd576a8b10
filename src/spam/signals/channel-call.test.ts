// Known answers of the channel calls, cover promises and one-each pleas (channel-call.ts), counted
// as creator pleas: what counts, and the readers and fans beside it.
import { describe, expect, it } from 'vitest';
import { countChannelCalls } from './channel-call.ts';
import { normalizeText } from '../text/normalize.ts';

const count = (text: string) => countChannelCalls(normalizeText(text).text);

describe('channel-call: channel calls, cover promises, one-each pleas', () => {
  it.each([
    'Подпишитесь на наш канал',
    'Заходите в наш паблик, там свежие клипы',
    'вступайте в нашу группу',
    'Подписывайтесь на наш телеграм-канал',
    '关注我的公众号',
    '我的公众号：阿明唱歌，欢迎关注',
    'Я начинающая певица из Алматы',
    'я только начинаю петь',
    'Послушайте мою версию этой песни',
    'буду рада, если кто-нибудь послушает',
    'зацените, у меня на канале новый кавер',
    "if this gets 100 likes I'll upload my cover",
    'if my comment hits 1k likes i will sing it live',
    'have you heard my cover?',
    'did anyone hear my piano version',
    "it's on my page",
    'one view, one like, one subscribe',
    'one like and one sub',
    'Если этот коммент наберёт 100 лайков, выложу кавер',
    'Один лайк, одна подписка',
    '如果这条评论有100个赞，我就上传翻唱',
    '一个赞一个关注',
  ])('counts %s', (text) => {
    expect(count(text)).toBeGreaterThan(0);
  });

  it.each([
    'I subscribed to her channel after this',
    'Подписалась на канал после этого клипа',
    'Я подписался на их канал ещё в школе',
    '已经关注了官方账号',
    '我关注了他们的公众号，每周都有新歌',
    'If you like this, their official channel has the acoustic version too',
    'Минздрав написал в своём телеграм-канале, что карантин продлят',
    'Минздрав: подписывайтесь на наш канал, там все новости о карантине',
    '外交部在官方公众号上发布了声明',
    'if this gets a million likes the band should do a reunion tour',
    "Have you heard the live version? it's on their channel",
    'one more view from me, cannot stop listening',
    'This song deserves one billion views',
    'У меня на канале про это было видео в прошлом году',
    'Моя мама начинающая пенсионерка',
    'did you see my dad in the crowd at 2:10?',
  ])('counts nothing in %s', (text) => {
    expect(count(text)).toBe(0);
  });
});
