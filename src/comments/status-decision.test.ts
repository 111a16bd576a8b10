import { describe, expect, it } from 'vitest';
import { countLinks, decideInitialStatus, type StatusDecisionInput } from './status-decision.ts';

const base: StatusDecisionInput = {
  settings: { holdAll: false, holdFirstTime: true, linkLimit: 2, holdWords: [], blockWords: [] },
  comment: { authorName: 'Ann', authorEmail: 'ann@example.com', authorUrl: null, content: 'Nice article.' },
  history: { approved: 1, spam: 0 },
  recent: { sameIp: 0, sameEmail: 0 },
};

const with_ = (over: {
  settings?: Partial<StatusDecisionInput['settings']>;
  comment?: Partial<StatusDecisionInput['comment']>;
  history?: Partial<StatusDecisionInput['history']>;
  recent?: Partial<StatusDecisionInput['recent']>;
  trustedUser?: boolean;
}): StatusDecisionInput => ({
  settings: { ...base.settings, ...over.settings },
  comment: { ...base.comment, ...over.comment },
  history: { ...base.history, ...over.history },
  recent: { ...base.recent, ...over.recent },
  ...(over.trustedUser ? { trustedUser: true } : {}),
});

describe('decideInitialStatus', () => {
  it.each([
    ['returning commenter, clean text', with_({}), 'approved', []],
    ['hold everything', with_({ settings: { holdAll: true } }), 'pending', ['hold-all']],
    ['first-time commenter', with_({ history: { approved: 0 } }), 'pending', ['first-time']],
    [
      'first-time rule off',
      with_({ settings: { holdFirstTime: false }, history: { approved: 0 } }),
      'approved',
      [],
    ],
    [
      'three links over a limit of two',
      with_({ comment: { content: 'http://a.io https://b.io www.c.io' } }),
      'pending',
      ['too-many-links'],
    ],
    [
      'two links at a limit of two',
      with_({ comment: { content: 'http://a.io and https://b.io' } }),
      'approved',
      [],
    ],
    [
      'hold word in the text',
      with_({ settings: { holdWords: ['casino'] }, comment: { content: 'Best CASINO' } }),
      'pending',
      ['hold-word'],
    ],
    [
      'hold word in the name',
      with_({ settings: { holdWords: ['seo'] }, comment: { authorName: 'Cheap SEO' } }),
      'pending',
      ['hold-word'],
    ],
    [
      'block word wins over everything',
      with_({ settings: { holdAll: true, blockWords: ['viagra'] }, comment: { content: 'buy viagra' } }),
      'spam',
      ['block-word'],
    ],
    [
      'block word in the website',
      with_({ settings: { blockWords: ['spam.example'] }, comment: { authorUrl: 'https://spam.example/x' } }),
      'spam',
      ['block-word'],
    ],
    ['blank list entries are ignored', with_({ settings: { blockWords: ['  ', ''] } }), 'approved', []],
    ['a burst from one IP', with_({ recent: { sameIp: 10 } }), 'pending', ['burst']],
    [
      'earlier spam outweighs approvals',
      with_({ history: { approved: 1, spam: 2 } }),
      'pending',
      ['earlier-spam'],
    ],
    [
      'a moderator is trusted',
      with_({ settings: { holdAll: true }, trustedUser: true }),
      'approved',
      ['trusted-user'],
    ],
    [
      'several hold reasons at once',
      with_({ settings: { holdAll: true }, history: { approved: 0 } }),
      'pending',
      ['hold-all', 'first-time'],
    ],
  ])('%s', (_name, input, status, codes) => {
    const decision = decideInitialStatus(input);
    expect(decision.status).toBe(status);
    expect(decision.reasons.map((r) => r.code)).toEqual(codes);
  });

  it.each([
    ['no links here', 0],
    ['see https://example.com/a?b=c', 1],
    ['www.example.com and http://x.org', 2],
    ['HTTP://SHOUT.EXAMPLE', 1],
  ])('countLinks(%j) = %i', (text, n) => expect(countLinks(text)).toBe(n));
});

describe('decideInitialStatus with the spam filter’s three-way verdict', () => {
  const verdict = (v: 'ham' | 'hold' | 'spam' | 'discard', shadow = false): StatusDecisionInput => ({
    ...with_({}),
    spam: { verdict: v, score: 0.3, shadow },
  });
  it.each([
    ['ham', 'approved', []],
    ['hold', 'pending', ['spam-hold']],
    ['spam', 'spam', ['spam-filter']],
    ['discard', 'spam', ['spam-filter']],
  ] as const)('%s → %s', (v, status, codes) => {
    const d = decideInitialStatus(verdict(v));
    expect(d.status).toBe(status);
    expect(d.reasons.map((r) => r.code)).toEqual(codes);
  });

  it('a held verdict in shadow mode changes nothing', () => {
    expect(decideInitialStatus(verdict('hold', true)).status).toBe('approved');
  });
});
