// Known answers of the like-bait signal (like-bait.ts): the asks it counts in every script we
// serve, the readers' sentences that must count nothing, and the shipped model's verdict on both
// sides. Every comment here was written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../analyze.ts';
import { builtinModel } from '../classifier/builtin.ts';
import { isLikeBait } from './like-bait.ts';
import { normalizeText } from '../text/normalize.ts';
import { scoreComment } from '../score.ts';
import { SIGNAL_CODES } from './signals.ts';

const baitOf = (content: string): boolean => isLikeBait(normalizeText(content).text);

describe('like-bait: asking readers to like the comment itself', () => {
  it.each([
    'Like this comment if you are reading this in 2031',
    'please like my comment!!',
    '🔥 like this comment 🔥',
    'Do not like this comment if you hate cats',
    'Great match. Like this comment if you agree',
    'guys like dis coment for good luck',
    'give this comment a like pls',
    'Лайкните этот комментарий, если согласны',
    'Ставьте лайк этому комментарию!',
    '给这条评论点赞吧',
  ])('counts %s', (content) => expect(baitOf(content)).toBe(true));

  it.each([
    'I like this comment, it says what I wanted to say.',
    "I don't like this comment at all: the figures are from 2019.",
    'People like this comment because it is true.',
    'I really like this comment section, people here know the subject.',
    'Thumbs up if you remember the old tram line.',
    'Like the article says, the bridge opens in May.',
    'Мне нравится этот комментарий, всё по делу.',
    '我很喜欢这条评论，说得很对。',
  ])('counts nothing in %s', (content) => expect(baitOf(content)).toBe(false));
});

describe('like-bait in the shipped model', () => {
  const model = builtinModel();
  const index = SIGNAL_CODES.indexOf('like-bait');

  it('weighs its hand-set weight and names itself among the reasons', () => {
    const content = 'Like this comment if you are watching at night';
    expect(analyzeComment({ content }, model.bits).signals[index]).toBe(1);
    const v = scoreComment({ content }, model);
    expect(v.reasons.map((r) => r.code)).toContain('like-bait');
    expect(v.verdict).not.toBe('ham');
  });

  it('leaves a reader agreeing with a comment published', () => {
    const v = scoreComment({ content: 'I like this comment, it says what I wanted to say.' }, model);
    expect(v.verdict).toBe('ham');
  });
});
