// The reader's comment form as a use case: each outcome, on in-memory implementations of the
// ports it declares (the comment store, the post lookup, the outbox, the spam check…).
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleArticle } from '../../test/support/view-fixtures.ts';
import type { Article } from '../content/index.ts';
import type { SpamVerdict } from '../spam/index.ts';
import { commentChangeKeys } from './change-keys.ts';
import type { Comment } from './comment.ts';
import type { CommentOutline } from './comment-repo.ts';
import { DuplicateCommentError, type NewComment } from './comment-write-repo.ts';
import type { CommentSettings } from './comment-settings.ts';
import type { OutgoingMail } from './notifications.ts';
import type { PostingCommentStore, SpamCheckPort } from './post-comment.ts';
import { type CommentSubmission, submitComment, type SubmitCommentDeps } from './submit-comment.ts';

const SETTINGS: CommentSettings = {
  holdAll: false,
  holdFirstTime: false,
  linkLimit: 2,
  holdWords: [],
  blockWords: [],
  floodSeconds: 15,
  threadDepth: 5,
  perPage: 50,
  order: 'oldest',
  closeAfterDays: 0,
  ipRetentionDays: 30,
  notifyModerators: true,
  notifyAuthors: false,
  replyNotifications: true,
};

/** Comment storage in memory, with the repository's rules (duplicate keys, flood times). */
class MemoryComments implements PostingCommentStore {
  readonly rows: Array<Comment & { dedupeKey: string | null }> = [];
  /** When set, the next insert fails with it (a full disk, say). */
  failInsertWith: unknown = null;

  async findById(id: number): Promise<Comment | null> {
    const row = this.rows.find((r) => r.id === id);
    if (!row) return null;
    const { dedupeKey: _key, ...comment } = row;
    return comment;
  }
  async lastCommentTimes(ip: string | null, email: string) {
    const latest = (match: (r: Comment) => boolean) =>
      this.rows
        .filter((r) => r.authorUserId === null && match(r))
        .map((r) => r.createdAt)
        .sort()
        .pop() ?? null;
    return {
      lastFromIp: ip ? latest((r) => r.ip === ip) : null,
      lastFromEmail: latest((r) => r.authorEmail === email),
    };
  }
  async duplicateExists(dedupeKey: string): Promise<boolean> {
    return this.rows.some((r) => r.dedupeKey === dedupeKey);
  }
  async commenterHistory(email: string, name: string) {
    const mine = this.rows.filter((r) => r.authorEmail === email && r.authorName === name);
    return {
      approved: mine.filter((r) => r.status === 'approved').length,
      spam: mine.filter((r) => r.status === 'spam').length,
    };
  }
  async recentCounts(ip: string | null, email: string, since: Date) {
    const recent = this.rows.filter((r) => r.createdAt >= since.toISOString());
    return {
      sameIp: ip ? recent.filter((r) => r.ip === ip).length : 0,
      sameEmail: recent.filter((r) => r.authorEmail === email).length,
    };
  }
  async insert(c: NewComment, _actor: unknown, now: Date): Promise<number> {
    if (this.failInsertWith) throw this.failInsertWith;
    if (c.dedupeKey !== null && (await this.duplicateExists(c.dedupeKey))) throw new DuplicateCommentError();
    const stamp = now.toISOString();
    const id = this.rows.length + 1;
    this.rows.push({
      id,
      articleId: c.articleId,
      parentId: c.parentId,
      type: c.type ?? 'comment',
      status: c.status,
      authorName: c.authorName,
      authorEmail: c.authorEmail,
      authorUrl: c.authorUrl,
      authorUserId: c.authorUserId ?? null,
      ip: c.ip,
      userAgent: c.userAgent,
      content: c.content,
      reasons: c.reasons,
      createdAt: stamp,
      updatedAt: stamp,
      approvedAt: c.status === 'approved' ? stamp : null,
      dedupeKey: c.dedupeKey,
    });
    return id;
  }
  async listApprovedOutline(articleId: number): Promise<CommentOutline[]> {
    return this.rows
      .filter((r) => r.articleId === articleId && r.status === 'approved')
      .map((r) => ({ id: r.id, parentId: r.parentId, createdAt: r.createdAt }));
  }
}

/** A spam check that gives every comment the same verdict. */
function fixedVerdict(verdict: SpamVerdict['verdict']): SpamCheckPort {
  return {
    check: async () => ({ verdict: { verdict, score: 0.99, shadow: false, reasons: [] }, verdictId: 7 }),
    learn: async () => {},
    forgetDecision: async () => {},
  };
}

interface Harness {
  deps: SubmitCommentDeps;
  comments: MemoryComments;
  mail: OutgoingMail[];
  published: string[][];
  subscriptions: Array<{ commentId: number; email: string }>;
  settings: CommentSettings;
  advance(seconds: number): void;
}

function harness(
  article: Article,
  options: { settings?: Partial<CommentSettings>; spam?: SpamCheckPort; movedFrom?: string } = {},
): Harness {
  let now = new Date('2026-03-20T12:00:00Z');
  const clock = { now: () => new Date(now) };
  const comments = new MemoryComments();
  const mail: OutgoingMail[] = [];
  const published: string[][] = [];
  const subscriptions: Array<{ commentId: number; email: string }> = [];
  const settings = { ...SETTINGS, ...options.settings };
  const deps: SubmitCommentDeps = {
    posts: {
      findPublishedBySlug: async (_kind, slug) => (slug === article.slug ? article : null),
      movedSlug: async (_kind, slug) => (slug === options.movedFrom ? article.slug : null),
    },
    comments,
    clock,
    settings: async () => settings,
    posting: async () => ({
      comments,
      subscriptions: {
        create: async (commentId, email) => void subscriptions.push({ commentId, email }),
        activeFor: async () => [],
      },
      outbox: { enqueue: async (messages) => void mail.push(...messages) },
      changes: { publish: async (keys) => void published.push(keys) },
      clock,
      confirmUrl: (token) => `https://news.example/confirm?token=${token}`,
      staff: {
        list: async () => [
          {
            id: 9,
            email: 'editor@news.example',
            name: 'Editor',
            role: 'editor',
            status: 'active',
            notifications: { commentHeld: true, commentApprovedOnMyPost: true },
            adminLanguage: null,
          },
        ],
      },
      site: { siteUrl: 'https://news.example', siteTitle: 'News', language: 'en' },
      unsubscribeUrl: (id) => `https://news.example/unsubscribe?s=${id}`,
      mailWriter: {
        write: (language, facts) => ({ subject: facts.kind, text: JSON.stringify(facts), language }),
      },
      staffMailWriter: {
        write: (language, facts) => ({
          subject: facts.kind,
          text: JSON.stringify(facts),
          language: language ?? 'en',
        }),
      },
      ...(options.spam ? { spam: options.spam } : {}),
    }),
  };
  return {
    deps,
    comments,
    mail,
    published,
    subscriptions,
    settings,
    advance: (seconds) => (now = new Date(now.getTime() + seconds * 1000)),
  };
}

const READER = {
  comment: 'The Khorgos figures match what traders told us.',
  author: 'Dana',
  email: 'dana@example.org',
  url: 'https://dana.example.org',
};

const submission = (
  article: Article,
  fields: Record<string, string> = {},
  ip = '203.0.113.5',
): CommentSubmission => ({
  slug: article.slug,
  body: { ...READER, ...fields },
  facts: { ip, userAgent: 'Firefox', form: { honeypot: '', formAgeSeconds: 30, tokenValid: true } },
});

describe('submitComment', () => {
  let article: Article;
  beforeEach(() => {
    article = sampleArticle({ id: 3 });
  });

  it('accepts an approved comment: stored, announced, on page 1, the reader remembered when asked', async () => {
    const h = harness(article);
    const outcome = await submitComment(h.deps, submission(article, { remember: 'on' }));
    expect(outcome).toMatchObject({ kind: 'accepted', page: 1, article: { id: 3 } });
    if (outcome.kind !== 'accepted') return;
    expect(outcome.comment).toMatchObject({
      status: 'approved',
      authorName: 'Dana',
      content: READER.comment,
    });
    expect(outcome.remember).toEqual({ author: 'Dana', email: 'dana@example.org', url: READER.url });
    expect(h.comments.rows).toHaveLength(1);
    expect(h.published).toEqual([commentChangeKeys(3)]);
  });

  it('forgets the reader unless asked to remember', async () => {
    const h = harness(article);
    const outcome = await submitComment(h.deps, submission(article));
    expect(outcome).toMatchObject({ kind: 'accepted', remember: null });
  });

  it('holds a first-time commenter: stored as pending, moderators mailed, nothing announced', async () => {
    const h = harness(article, { settings: { holdFirstTime: true } });
    const outcome = await submitComment(h.deps, submission(article));
    expect(outcome).toMatchObject({ kind: 'held', comment: { status: 'pending' } });
    expect(h.mail.map((m) => [m.kind, m.to])).toEqual([['comment-held', 'editor@news.example']]);
    expect(h.published).toEqual([]);
  });

  it('places a new comment on the page that shows it, a held one as its author sees it', async () => {
    const h = harness(article, { settings: { perPage: 1 } });
    for (const n of [1, 2]) {
      expect(
        await submitComment(h.deps, submission(article, { comment: `Earlier ${n}` }, `198.51.100.${n}`)),
      ).toMatchObject({ kind: 'accepted', page: n });
      h.advance(60);
    }
    h.settings.holdAll = true;
    const held = await submitComment(h.deps, submission(article));
    expect(held).toMatchObject({ kind: 'held', page: 3 });
  });

  it('subscribes the reader to replies when asked, with a confirmation mail', async () => {
    const h = harness(article);
    const outcome = await submitComment(h.deps, submission(article, { notify: 'on' }));
    expect(outcome.kind).toBe('accepted');
    expect(h.subscriptions).toEqual([{ commentId: 1, email: 'dana@example.org' }]);
    expect(h.mail.map((m) => m.kind)).toEqual(['subscription-confirm']);
  });

  it('refuses an invalid form with named field errors, keeping what the reader typed', async () => {
    const h = harness(article);
    const outcome = await submitComment(
      h.deps,
      submission(article, { comment: '  ', email: 'not-an-email' }),
    );
    expect(outcome).toMatchObject({
      kind: 'refused',
      refusal: { reason: 'invalid', errors: { comment: 'required', email: 'invalid' } },
      values: { author: 'Dana', email: 'not-an-email', url: READER.url },
    });
    expect(h.comments.rows).toEqual([]);
  });

  it('refuses a comment on a closed article', async () => {
    const closed = sampleArticle({ id: 3, commentsOpen: false });
    const h = harness(closed);
    const outcome = await submitComment(h.deps, submission(closed));
    expect(outcome).toMatchObject({ kind: 'refused', refusal: { reason: 'closed' }, values: READER });
    expect(h.comments.rows).toEqual([]);
  });

  it('refuses a reply to a comment that is not there, dropping the reply from the form', async () => {
    const h = harness(article);
    const outcome = await submitComment(h.deps, submission(article, { parentId: '99' }));
    expect(outcome).toMatchObject({
      kind: 'refused',
      refusal: { reason: 'bad-parent' },
      values: { comment: READER.comment, parentId: '' },
    });
  });

  it('refuses a second comment within the flood interval, saying how long to wait', async () => {
    const h = harness(article);
    await submitComment(h.deps, submission(article));
    h.advance(5);
    const outcome = await submitComment(h.deps, submission(article, { comment: 'And another thing.' }));
    expect(outcome).toMatchObject({
      kind: 'refused',
      refusal: { reason: 'flood', retryAfterSeconds: 10 },
      values: { comment: 'And another thing.' },
    });
    expect(h.comments.rows).toHaveLength(1);
  });

  it('refuses the same words twice', async () => {
    const h = harness(article);
    await submitComment(h.deps, submission(article));
    h.advance(60);
    const outcome = await submitComment(h.deps, submission(article));
    expect(outcome).toMatchObject({ kind: 'refused', refusal: { reason: 'duplicate' } });
    expect(h.comments.rows).toHaveLength(1);
  });

  it('discards blatant spam without storing or mailing anything', async () => {
    const h = harness(article, { spam: fixedVerdict('discard') });
    const outcome = await submitComment(h.deps, submission(article));
    expect(outcome).toMatchObject({ kind: 'discarded', values: READER });
    expect(h.comments.rows).toEqual([]);
    expect(h.mail).toEqual([]);
  });

  it('holds what the spam check calls spam: stored as spam, seen only by its author', async () => {
    const h = harness(article, { spam: fixedVerdict('spam') });
    const outcome = await submitComment(h.deps, submission(article));
    expect(outcome).toMatchObject({ kind: 'held', comment: { status: 'spam' }, page: 1 });
    expect(h.mail).toEqual([]);
  });

  it('answers "unavailable" with the reader\'s words when the database cannot store anything', async () => {
    const h = harness(article);
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    h.comments.failInsertWith = full;
    const outcome = await submitComment(h.deps, submission(article));
    expect(outcome).toMatchObject({ kind: 'unavailable', failure: { code: 'SQLITE_FULL' }, values: READER });
    if (outcome.kind === 'unavailable') expect(outcome.cause).toBe(full);
  });

  it('lets any other failure through', async () => {
    const h = harness(article);
    h.comments.failInsertWith = new TypeError('a bug');
    await expect(submitComment(h.deps, submission(article))).rejects.toThrow('a bug');
  });

  it('sends a form posted to a former slug on to the post, and knows no other', async () => {
    const h = harness(article, { movedFrom: 'old-slug' });
    const moved = await submitComment(h.deps, { ...submission(article), slug: 'old-slug' });
    expect(moved).toEqual({ kind: 'moved', slug: article.slug });
    const missing = await submitComment(h.deps, { ...submission(article), slug: 'no-such-post' });
    expect(missing).toEqual({ kind: 'no-article' });
    expect(h.comments.rows).toEqual([]);
  });
});
