// Comment storage on SQLite and PostgreSQL: inserts with history, duplicate races, status
// changes that lose to concurrent ones, counts, console queries, outbox claims, job claims,
// the IP purge and anonymisation.
import { expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { CommentRepo } from '../../src/comments/comment-repo.ts';
import { DuplicateCommentError, type NewComment } from '../../src/comments/comment-write-repo.ts';
import { duplicateKey } from '../../src/comments/flood.ts';
import { JobClaimRepo } from '../../src/jobs/job-claim-repo.ts';
import { ModerationRepo } from '../../src/comments/moderation-repo.ts';
import { OutboxRepo } from '../../src/comments/outbox-repo.ts';
import { PrivacyRepo } from '../../src/comments/privacy-repo.ts';
import type { Database } from '../../src/db/schema.ts';
import { describeEachDialect } from '../support/test-db.ts';

const t0 = new Date('2026-11-01T00:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const rules = { userId: null, name: 'Comment rules' };

async function seedArticle(db: Kysely<Database>): Promise<number> {
  const user = await db
    .insertInto('users')
    .values({
      email: `a${Math.random()}@x.io`,
      name: 'Author',
      slug: `author-${Math.random().toString(36).slice(2)}`,
      bio: '',
      role: 'author',
      status: 'active',
      password_hash: null,
      created_at: t0.toISOString(),
      updated_at: t0.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const article = await db
    .insertInto('articles')
    .values({
      kind: 'post',
      title: 'T',
      slug: `t-${Math.random().toString(36).slice(2)}`,
      excerpt: '',
      body_md: '',
      body_html: '',
      status: 'published',
      author_id: user.id,
      language: 'en',
      feature_image: null,
      feature_image_alt: null,
      seo_title: null,
      seo_description: null,
      comments_open: 1,
      published_at: t0.toISOString(),
      created_at: t0.toISOString(),
      updated_at: t0.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return article.id;
}

const comment = (articleId: number, over: Partial<NewComment> = {}): NewComment => ({
  articleId,
  parentId: null,
  status: 'approved',
  authorName: 'Ann',
  authorEmail: 'ann@example.com',
  authorUrl: null,
  ip: '192.0.2.1',
  userAgent: 'UA',
  content: `text ${Math.random()}`,
  dedupeKey: null,
  reasons: [],
  ...over,
});

describeEachDialect('comment storage', (get) => {
  it('stores a comment with its first history entry and reads it back', async () => {
    const { db } = get();
    const repo = new CommentRepo(db);
    const articleId = await seedArticle(db);
    const id = await repo.insert(
      comment(articleId, { status: 'pending', reasons: [{ code: 'first-time' }] }),
      rules,
      at(1),
    );
    const stored = await repo.findById(id);
    expect(stored).toMatchObject({
      articleId,
      status: 'pending',
      authorEmail: 'ann@example.com',
      ip: '192.0.2.1',
      reasons: [{ code: 'first-time' }],
    });
    const history = await new ModerationRepo(db).history(id);
    expect(history).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'pending',
        actorName: 'Comment rules',
        note: 'first-time',
      }),
    ]);
  });

  it('reads the approved thread afresh after every change of the content', async () => {
    const { db, dialect } = get();
    const repo = new CommentRepo(db, dialect);
    const articleId = await seedArticle(db);
    const texts = async (limit?: number) => (await repo.listApproved(articleId, limit)).map((c) => c.content);
    const first = await repo.insert(comment(articleId, { content: 'one' }), rules, at(1));
    expect(await texts()).toEqual(['one']);
    expect(await texts()).toEqual(['one']);
    const second = await repo.insert(comment(articleId, { content: 'two' }), rules, at(2));
    expect(await texts()).toEqual(['one', 'two']);
    expect(await texts(1)).toEqual(['one']);
    await repo.changeStatus(first, 'approved', 'spam', rules, at(3));
    expect(await texts()).toEqual(['two']);
    expect(await texts(1)).toEqual(['two']);
    await db.updateTable('comments').set({ content: 'two, edited' }).where('id', '=', second).execute();
    expect(await texts()).toEqual(['two, edited']);
    // Another repository on the same database (as another part of the process would write).
    await new CommentRepo(db).insert(comment(articleId, { content: 'three' }), rules, at(4));
    expect(await texts()).toEqual(['two, edited', 'three']);
  });

  it('never keeps the rows of a transaction that was rolled back', async () => {
    const { db, dialect } = get();
    const repo = new CommentRepo(db, dialect);
    const articleId = await seedArticle(db);
    await repo.insert(comment(articleId, { content: 'kept' }), rules, at(1));
    let reading: Promise<string[]> | undefined;
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .updateTable('comments')
          .set({ content: 'undone' })
          .where('article_id', '=', articleId)
          .execute();
        // Read while the transaction is open (on SQLite this waits for it to end).
        reading = repo.listApproved(articleId).then((list) => list.map((c) => c.content));
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await reading).toEqual(['kept']);
    expect((await repo.listApproved(articleId)).map((c) => c.content)).toEqual(['kept']);
  });

  it('refuses the same duplicate key twice, even when both inserts race', async () => {
    const { db } = get();
    const repo = new CommentRepo(db);
    const articleId = await seedArticle(db);
    const key = duplicateKey(articleId, 'dup@example.com', 'same words');
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => repo.insert(comment(articleId, { dedupeKey: key }), rules, at(2))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateCommentError);
    expect(await repo.duplicateExists(key)).toBe(true);
  });

  it('changes status only from the expected status, and trash frees the duplicate key', async () => {
    const { db } = get();
    const repo = new CommentRepo(db);
    const articleId = await seedArticle(db);
    const key = duplicateKey(articleId, 'x@example.com', 'words');
    const id = await repo.insert(comment(articleId, { status: 'pending', dedupeKey: key }), rules, at(3));
    const mod = { userId: 7, name: 'Editor' };
    const [a, b] = await Promise.all([
      repo.changeStatus(id, 'pending', 'approved', mod, at(4)),
      repo.changeStatus(id, 'pending', 'spam', mod, at(4)),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const now = (await repo.findById(id))!;
    expect(await repo.changeStatus(id, now.status, 'trash', mod, at(5))).toBe(true);
    expect(await repo.duplicateExists(key)).toBe(false);
    expect(await new ModerationRepo(db).statusBeforeTrash(id)).toBe(now.status);
  });

  it('lists approved comments in order, counts them, and knows commenter history', async () => {
    const { db } = get();
    const repo = new CommentRepo(db);
    const articleId = await seedArticle(db);
    const first = await repo.insert(comment(articleId, { content: 'one' }), rules, at(10));
    await repo.insert(comment(articleId, { content: 'held', status: 'pending' }), rules, at(11));
    const reply = await repo.insert(
      comment(articleId, {
        content: 'two',
        parentId: first,
        authorEmail: 'bo@example.com',
        authorName: 'Bo',
      }),
      rules,
      at(12),
    );
    expect((await repo.listApproved(articleId)).map((c) => c.id)).toEqual([first, reply]);
    expect((await repo.countApproved([articleId, 99999])).get(articleId)).toBe(2);
    expect(await repo.commenterHistory('ann@example.com', 'Ann')).toMatchObject({
      approved: expect.any(Number),
    });
    expect(await repo.commenterHistory('bo@example.com', 'Bo')).toEqual({ approved: 1, spam: 0 });
    expect(await repo.commenterHistory('bo@example.com', 'Someone Else')).toEqual({ approved: 0, spam: 0 });
    const times = await repo.lastCommentTimes('192.0.2.1', 'bo@example.com');
    expect(times.lastFromEmail).toBe(at(12).toISOString());
    const deleted = await repo.deletePermanently(first);
    expect(deleted?.id).toBe(first);
    expect((await repo.findById(reply))!.parentId).toBeNull();
  });

  it('filters the console by status, email, IP and text; counts by status', async () => {
    const { db } = get();
    const repo = new CommentRepo(db);
    const mod = new ModerationRepo(db);
    const articleId = await seedArticle(db);
    await repo.insert(
      comment(articleId, {
        content: 'Findable 100% _text_',
        authorEmail: 'find@example.com',
        ip: '203.0.113.50',
      }),
      rules,
      at(20),
    );
    await repo.insert(
      comment(articleId, { content: 'other', status: 'spam', authorEmail: 'find@example.com' }),
      rules,
      at(21),
    );
    expect(
      (await mod.list({ articleId, status: 'approved', search: '100%', limit: 10, offset: 0 })).total,
    ).toBe(1);
    expect(
      (await mod.list({ articleId, status: 'approved', search: '1000%', limit: 10, offset: 0 })).total,
    ).toBe(0);
    expect((await mod.list({ articleId, ip: '203.0.113.50', limit: 10, offset: 0 })).total).toBe(1);
    expect(await mod.countByStatus({ articleId })).toEqual({ pending: 0, approved: 1, spam: 1, trash: 0 });
    const record = await mod.commenter('FIND@example.com');
    expect(record).toMatchObject({ total: 2, approved: 1, approvalRate: 0.5 });
  });

  it('claims outbox mail once across concurrent claimers and retries failures', async () => {
    const { db, dialect } = get();
    const outbox = new OutboxRepo(db, dialect);
    await outbox.enqueue(
      Array.from({ length: 12 }, (_, i) => ({
        kind: 't',
        to: `r${i}@x.io`,
        toName: '',
        subject: `s${i}`,
        text: 'b',
        headers: {},
      })),
      at(30),
    );
    const claims = await Promise.all([1, 2, 3, 4].map(() => outbox.claimDue(at(31), 5, 60_000)));
    const ids = claims.flat().map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeLessThanOrEqual(12);
    // Claimed rows are leased: nobody else gets them until the lease ends.
    const again = await outbox.claimDue(at(31), 50, 60_000);
    expect(again.filter((m) => ids.includes(m.id))).toEqual([]);
    const first = claims.flat()[0]!;
    await outbox.markFailed(first.id, 'boom', at(40));
    await outbox.markSent(claims.flat()[1]!.id, at(31));
    const later = await outbox.claimDue(at(41), 50, 60_000);
    expect(later.map((m) => m.id)).toContain(first.id);
    expect(later.find((m) => m.id === first.id)!.attempts).toBe(2);
    expect((await outbox.countByStatus()).sent).toBe(1);
  });

  it('lets exactly one caller claim a job per interval', async () => {
    const { db } = get();
    const claims = new JobClaimRepo(db);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => claims.claim('test.job', at(50), 3_600_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await claims.claim('test.job', at(100), 3_600_000)).toBe(false);
    expect(await claims.claim('test.job', at(111), 3_600_000)).toBe(true);
  });

  it('purges network data after the retention period and anonymises one email', async () => {
    const { db } = get();
    const repo = new CommentRepo(db);
    const privacy = new PrivacyRepo(db);
    const articleId = await seedArticle(db);
    const old = await repo.insert(
      comment(articleId, { authorEmail: 'old@example.com' }),
      rules,
      at(-60 * 24 * 40),
    );
    const fresh = await repo.insert(comment(articleId, { authorEmail: 'fresh@example.com' }), rules, at(60));
    expect(await privacy.purgeNetworkData(at(0))).toBeGreaterThanOrEqual(1);
    expect(await repo.findById(old)).toMatchObject({ ip: null, userAgent: null });
    expect(await repo.findById(fresh)).toMatchObject({ ip: '192.0.2.1', userAgent: 'UA' });
    const erased = await privacy.anonymiseEmail('fresh@example.com', { removeText: true }, at(61));
    expect(erased.commentIds).toEqual([fresh]);
    expect(await repo.findById(fresh)).toMatchObject({
      authorName: 'Anonymous',
      authorUrl: null,
      ip: null,
      userAgent: null,
    });
    expect((await repo.findById(fresh))!.authorEmail).not.toContain('fresh');
    expect(await privacy.commentsByEmail('fresh@example.com')).toEqual([]);
  });

  it("reaches the spam filter's copies: old inputs lose IP and user agent, erased ones the person", async () => {
    const { db } = get();
    const repo = new CommentRepo(db);
    const privacy = new PrivacyRepo(db);
    const articleId = await seedArticle(db);
    const scored = (email: string) =>
      JSON.stringify({
        content: 'He said "ip":"10.0.0.1" in his text',
        author: 'Pat',
        email,
        url: 'https://pat.example',
        ip: '192.0.2.1',
        userAgent: 'UA',
      });
    const verdict = async (commentId: number, email: string, createdAt: Date) => {
      const print = await db
        .insertInto('spam_fingerprints')
        .values({
          simhash: '0000000000000000',
          ip: '192.0.2.1',
          network: '192.0.2',
          email,
          article_key: String(articleId),
          links: ' ',
          verdict: 'pending',
          created_at: createdAt.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('spam_verdicts')
        .values({
          guid: `g-${commentId}`,
          comment_id: commentId,
          api_key_id: null,
          fingerprint_id: print.id,
          origin: 'form',
          score: 0.1,
          verdict: 'ham',
          shadow: 0,
          is_test: 0,
          reasons: '[]',
          signals: '{}',
          input: scored(email),
          content_hash: `h-${commentId}`,
          correction: null,
          corrected_at: null,
          created_at: createdAt.toISOString(),
        })
        .execute();
      return print.id;
    };
    const inputOf = async (commentId: number) =>
      JSON.parse(
        (
          await db
            .selectFrom('spam_verdicts')
            .select('input')
            .where('comment_id', '=', commentId)
            .executeTakeFirstOrThrow()
        ).input,
      ) as Record<string, unknown>;
    const oldAt = at(-60 * 24 * 40);
    const old = await repo.insert(comment(articleId, { authorEmail: 'old@example.com' }), rules, oldAt);
    const fresh = await repo.insert(comment(articleId, { authorEmail: 'fresh@example.com' }), rules, at(60));
    await verdict(old, 'old@example.com', oldAt);
    const freshPrint = await verdict(fresh, 'fresh@example.com', at(60));
    await db
      .insertInto('spam_sources')
      .values([
        { source_key: 'ip:192.0.2.1', updates: 3, updated_at: oldAt.toISOString() },
        { source_key: 'ip:192.0.2.9', updates: 1, updated_at: at(60).toISOString() },
      ])
      .execute();

    await privacy.purgeNetworkData(at(0));
    expect(await inputOf(old)).toEqual({
      content: 'He said "ip":"10.0.0.1" in his text',
      author: 'Pat',
      email: 'old@example.com',
      url: 'https://pat.example',
    });
    expect(await inputOf(fresh)).toMatchObject({ ip: '192.0.2.1', userAgent: 'UA' });
    const sources = await db.selectFrom('spam_sources').select('source_key').execute();
    expect(sources.map((s) => s.source_key)).toEqual(['ip:192.0.2.9']);

    await privacy.anonymiseEmail('fresh@example.com', { removeText: true }, at(61));
    expect(await inputOf(fresh)).toEqual({ content: '' });
    expect(
      await db
        .selectFrom('spam_fingerprints')
        .select(['ip', 'network', 'email'])
        .where('id', '=', freshPrint)
        .executeTakeFirstOrThrow(),
    ).toEqual({ ip: null, network: null, email: null });
  });
});
