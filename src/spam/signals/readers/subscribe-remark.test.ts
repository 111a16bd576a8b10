// Known answers for a reader's remark on subscribing (subscribe-remark.ts): found in each script,
// never in a plug or a swap of subscriptions, and its span blanked at the same length.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalize.ts';
import { subscribeRemarks, withoutSubscribeRemarks } from './subscribe-remark.ts';

const remarks = (text: string): number => subscribeRemarks(normalizeText(text).text).length;

describe('subscribeRemarks', () => {
  it.each([
    'I subscribe to four papers and yours is the only one with a Dushanbe correspondent.',
    'I unsubscribed from the morning briefing, it repeats the agencies word for word.',
    "I'm not subscribed but the headline was free.",
    'My father subscribes to the print edition for the crossword.',
    'Readers keep being asked to subscribe before they can finish a paragraph.',
    'Begging for subscribers under a song about grief is tasteless.',
    'This singer deserves more subscribers than any of the reaction channels.',
    'Я отписался от их рассылки ещё весной.',
    'Хватит выпрашивать подписку в каждом посте.',
    '我早就取消订阅了这个公众号。',
  ])('finds one in: %s', (text) => expect(remarks(text)).toBeGreaterThanOrEqual(1));

  it.each([
    'I subscribed to you, now subscribe back!',
    'I subscribe to everyone who comments done, sub4sub',
    'Subscribe to my channel, new covers every week',
    'I subscribe to you and you subscribe to me, deal?',
    'Stop asking, just subscribe to my channel!',
    'Подписался на тебя, подпишись в ответ.',
    '我订阅你了，记得回订我的频道。',
    'subscribe now for daily videos',
  ])('finds none in a plug: %s', (text) => expect(remarks(text)).toBe(0));

  it('blanks each span at the same length, so offsets stay put', () => {
    const text = normalizeText('I unsubscribed from the digest. Subscribe to our rivals instead?').text;
    const spans = subscribeRemarks(text);
    const blanked = withoutSubscribeRemarks(text, spans);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain('unsubscribed');
    expect(blanked).toContain('subscribe to our rivals');
  });
});
