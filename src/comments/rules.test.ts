import { describe, expect, it } from 'vitest';
import { avatarSvg, initialsOf } from './avatar.ts';
import { commentsOpen } from './comment-settings.ts';
import { checkFlood, duplicateKey } from './flood.ts';
import { allowedActions, canModerate, nextStatus } from './moderation.ts';
import { headerSafe } from './notifications.ts';
import { decodePendingPass, encodePendingPass, verifySigned, signValue } from './signing.ts';
import { retryAt } from './send-outbox.ts';

const now = new Date('2026-11-26T12:00:00Z');

describe('checkFlood', () => {
  it.each([
    ['no earlier comment', 15, null, null, null],
    ['same IP 5 s ago', 15, '2026-11-26T11:59:55Z', null, 10],
    ['same email 14.5 s ago', 15, null, '2026-11-26T11:59:45.500Z', 1],
    ['16 s ago', 15, '2026-11-26T11:59:44Z', '2026-11-26T11:59:44Z', null],
    ['disabled with 0', 0, '2026-11-26T12:00:00Z', null, null],
    ['the later of the two counts', 30, '2026-11-26T11:59:00Z', '2026-11-26T11:59:50Z', 20],
  ])('%s', (_n, floodSeconds, ip, email, wait) => {
    const r = checkFlood({ floodSeconds, now, lastFromIp: ip, lastFromEmail: email });
    expect(r === null ? null : r.retryAfterSeconds).toBe(wait);
  });
});

describe('duplicateKey', () => {
  it.each([
    ['case and spacing do not matter', [1, 'A@x.io', 'Hello  World'], [1, 'a@x.io', 'hello world\n'], true],
    ['another article is not a duplicate', [1, 'a@x.io', 'Hello'], [2, 'a@x.io', 'Hello'], false],
    ['another author is not a duplicate', [1, 'a@x.io', 'Hello'], [1, 'b@x.io', 'Hello'], false],
    ['other words are not a duplicate', [1, 'a@x.io', 'Hello'], [1, 'a@x.io', 'Hello!'], false],
  ] as const)('%s', (_n, a, b, same) => {
    expect(duplicateKey(a[0], a[1], a[2]) === duplicateKey(b[0], b[1], b[2])).toBe(same);
  });
});

describe('moderation state machine', () => {
  it.each([
    ['pending', 'approve', 'approved'],
    ['pending', 'spam', 'spam'],
    ['pending', 'trash', 'trash'],
    ['pending', 'unapprove', null],
    ['pending', 'delete', null],
    ['approved', 'unapprove', 'pending'],
    ['approved', 'approve', null],
    ['spam', 'notspam', 'pending'],
    ['spam', 'delete', 'deleted'],
    ['trash', 'restore', 'pending'],
    ['trash', 'delete', 'deleted'],
    ['trash', 'notspam', null],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('restore returns to the status before the trash', () => {
    expect(nextStatus('trash', 'restore', 'approved')).toBe('approved');
    expect(nextStatus('trash', 'restore', 'spam')).toBe('pending');
  });

  it('offers only allowed actions', () => {
    expect(allowedActions('approved')).toEqual(['unapprove', 'spam', 'trash']);
    expect(allowedActions('spam')).toEqual(['approve', 'notspam', 'trash', 'delete']);
  });

  it.each([
    ['owner', 1, 2, true],
    ['editor', 1, 2, true],
    ['author', 1, 1, true],
    ['author', 1, 2, false],
    ['contributor', 1, 1, false],
    ['stranger', 1, 1, false],
  ])('%s (user %i) on a post by %i: %s', (role, id, authorId, allowed) => {
    expect(canModerate({ id, role }, { authorId })).toBe(allowed);
  });
});

describe('commentsOpen', () => {
  const article = { commentsOpen: true, publishedAt: '2026-11-20T12:00:00Z' };
  it.each([
    ['open, no limit', article, 0, true],
    ['closed on the article', { ...article, commentsOpen: false }, 0, false],
    ['within 7 days', article, 7, true],
    ['after 5 days', article, 5, false],
  ])('%s', (_n, a, days, open) => expect(commentsOpen(a, { closeAfterDays: days }, now)).toBe(open));
});

describe('headerSafe', () => {
  it.each([
    ['Ann\r\nBcc: victim@example.com', 'Ann Bcc: victim@example.com'],
    ['tab\tand\u0000nul', 'tab and nul'],
    ['line\u2028sep', 'line sep'],
    ['  many   spaces ', 'many spaces'],
  ])('%j → %j', (input, out) => expect(headerSafe(input)).toBe(out));
  it('caps the length', () => expect(headerSafe('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`));
});

describe('signing', () => {
  it('round-trips and refuses forgeries, other secrets and expired passes', () => {
    const s = signValue('secret-1', 'hello');
    expect(verifySigned('secret-1', s)).toBe('hello');
    expect(verifySigned('secret-2', s)).toBeNull();
    expect(verifySigned('secret-1', `${s}x`)).toBeNull();
    const pass = encodePendingPass('k', { ids: [3, 9], expiresAt: now.getTime() + 1000 });
    expect(decodePendingPass('k', pass, now)).toEqual({ ids: [3, 9], expiresAt: now.getTime() + 1000 });
    expect(decodePendingPass('k', pass, new Date(now.getTime() + 2000))).toBeNull();
    expect(decodePendingPass('k', 'garbage', now)).toBeNull();
  });
});

describe('avatars', () => {
  it.each([
    ['Ann Reader', 'AR'],
    ['  jean-luc  picard  ', 'JP'],
    ['王小明', '王'],
    ['Иван Петров', 'ИП'],
    ['!!!', '?'],
    ['', '?'],
  ])('initialsOf(%j) = %j', (name, initials) => expect(initialsOf(name)).toBe(initials));
  it('escapes what it draws', () => expect(avatarSvg('00', '<&')).toContain('&lt;&amp;'));
});

describe('retryAt', () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [5, 960_000],
  ])('after %i attempts waits %i ms', (attempts, ms) =>
    expect(retryAt(now, attempts)!.getTime() - now.getTime()).toBe(ms),
  );
  it('gives up after 8 attempts', () => expect(retryAt(now, 8)).toBeNull());
});
