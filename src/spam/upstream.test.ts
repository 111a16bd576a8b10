// The upstream protocol: what a check sends, how an answer reads, which decision is reported, and
// the `upstream-verdict` signal on the shipped model (known answers).
import { describe, expect, it } from 'vitest';
import { builtinModel } from './builtin.ts';
import { scoreComment } from './score.ts';
import { readCheckAnswer, reportFor, type UpstreamOutcome, upstreamForm } from './upstream.ts';

const headers =
  (h: Record<string, string>) =>
  (name: string): string | null =>
    h[name] ?? null;

describe('the form sent upstream', () => {
  it('carries the comment, the site and the guid, never the key', () => {
    const form = upstreamForm(
      {
        content: 'Nice piece',
        author: 'Ana',
        email: 'ana@example.org',
        url: null,
        ip: '203.0.113.5',
        userAgent: 'UA/1',
      },
      { blog: 'https://news.example', permalink: 'https://news.example/a/1', isTest: true },
      'g-1',
    );
    expect(Object.fromEntries(form)).toEqual({
      blog: 'https://news.example',
      comment_type: 'comment',
      user_ip: '203.0.113.5',
      user_agent: 'UA/1',
      comment_content: 'Nice piece',
      comment_author: 'Ana',
      comment_author_email: 'ana@example.org',
      permalink: 'https://news.example/a/1',
      guid: 'g-1',
      is_test: '1',
    });
    expect(form.has('api_key')).toBe(false);
  });
});

describe('reading a comment-check answer', () => {
  it.each([
    [200, 'true', {}, 'spam'],
    [200, 'true', { 'x-akismet-pro-tip': 'discard' }, 'discard'],
    [200, 'false', {}, 'ham'],
    [200, 'false', { 'x-silkpress-verdict': 'hold' }, 'hold'],
    [200, 'invalid', {}, 'error'],
    [200, 'Missing required field: user_ip.', {}, 'error'],
    [500, 'Internal error.', {}, 'error'],
    [429, 'Rate limit exceeded', {}, 'error'],
  ] as const)('HTTP %i %s %o → %s', (status, body, h, outcome) => {
    expect(readCheckAnswer(status, body, headers({ ...h, 'x-akismet-guid': 'g' })).outcome).toBe(outcome);
  });
  it('keeps the guid of an answer', () => {
    expect(readCheckAnswer(200, 'false\n', headers({ 'x-akismet-guid': 'abc' }))).toEqual({
      outcome: 'ham',
      guid: 'abc',
    });
  });
});

describe('which decisions are reported', () => {
  it.each([
    ['spam', 'ham', 'submit-spam'],
    ['spam', 'hold', 'submit-spam'],
    ['spam', 'timeout', 'submit-spam'],
    ['spam', null, 'submit-spam'],
    ['spam', 'spam', null],
    ['spam', 'discard', null],
    ['not-spam', 'spam', 'submit-ham'],
    ['approve', 'discard', 'submit-ham'],
    ['approve', 'hold', 'submit-ham'],
    ['approve', 'ham', null],
    ['not-spam', 'timeout', null],
  ] as const)('%s after the upstream said %s → %s', (decision, upstream, report) => {
    expect(reportFor(decision, upstream)).toBe(report);
  });
});

describe('the upstream-verdict signal (shipped model)', () => {
  const model = builtinModel();
  const HAM =
    'Thanks for the clear write-up on the council budget; the table of school funding helped me a lot.';
  const verdict = (upstream: UpstreamOutcome | null) =>
    scoreComment({ content: HAM, context: { upstream } }, model);

  it('an ordinary comment stays ham when the upstream says ham, times out or is not asked', () => {
    for (const outcome of ['ham', 'timeout', 'error', 'skipped', null] as const) {
      const v = verdict(outcome);
      expect(v.verdict).toBe('ham');
      expect(v.reasons.map((r) => r.code)).not.toContain('upstream-verdict');
    }
  });

  it('the upstream saying spam makes it spam, with the reason explained', () => {
    for (const outcome of ['spam', 'discard'] as const) {
      const v = verdict(outcome);
      expect(v.verdict).toBe('spam');
      const reason = v.reasons.find((r) => r.code === 'upstream-verdict');
      expect(reason?.weight).toBe(outcome === 'spam' ? 6 : 9);
      expect(reason?.message).toBe(
        outcome === 'spam' ? 'the upstream service says spam' : 'the upstream service says spam (discard)',
      );
    }
  });

  it('an author with approved comments is held, not sent to spam, on the upstream alone', () => {
    const v = scoreComment(
      { content: HAM, context: { upstream: 'spam', approvedByEmail: 15, approvedByIp: 15 } },
      model,
    );
    expect(v.verdict).not.toBe('spam');
  });
});
