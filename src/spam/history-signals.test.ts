// A person's history is counted per author identity; what others did from the same IP address is
// the address's reputation, a separate signal with its own name (issue 19, item 2).
import { describe, expect, it } from 'vitest';
import { analyzeComment } from './analyze.ts';
import { createModel } from './classifier/model.ts';
import { SIGNAL_CODES, type SignalCode } from './signals/signals.ts';
import { decideVerdict } from './verdict.ts';

const signal = (code: SignalCode, context: object) =>
  analyzeComment({ content: 'Thanks for the clear explanation.', context }, 10).signals[
    SIGNAL_CODES.indexOf(code)
  ];

const reasonsFor = (context: object) =>
  decideVerdict(createModel(10), analyzeComment({ content: 'A first comment here.', context }, 10)).reasons;

describe('author history and IP reputation', () => {
  it('a first-time commenter on a shared IP has no history of their own', () => {
    const shared = { approvedByIp: 6, spamByIp: 0, approvedByEmail: 0, spamByEmail: 0 };
    expect(signal('author-approved-history', shared)).toBe(0);
    expect(signal('ip-approved-history', shared)).toBeCloseTo(Math.log2(7));
    const reasons = reasonsFor(shared);
    expect(reasons.map((r) => r.code)).not.toContain('author-approved-history');
    expect(reasons.map((r) => r.message).join(' | ')).not.toMatch(/author has/);
    const ip = reasons.find((r) => r.code === 'ip-approved-history');
    expect(ip?.message).toBe('6 approved comments from this IP address (anyone using it)');
  });

  it('spam from a shared IP is the address’s reputation, not the author’s past', () => {
    const context = { spamByIp: 3, spamByEmail: 0 };
    expect(signal('author-spam-history', context)).toBe(0);
    expect(signal('ip-spam-history', context)).toBe(2);
    const codes = reasonsFor(context).map((r) => r.code);
    expect(codes).toContain('ip-spam-history');
    expect(codes).not.toContain('author-spam-history');
  });

  it('the author’s own history counts only their own comments', () => {
    const context = { approvedByEmail: 3, approvedByIp: 40, spamByEmail: 1 };
    expect(signal('author-approved-history', context)).toBe(2);
    expect(signal('author-spam-history', context)).toBe(1);
    const author = reasonsFor(context).find((r) => r.code === 'author-approved-history');
    expect(author?.message).toBe('author has 3 approved comments');
  });
});
