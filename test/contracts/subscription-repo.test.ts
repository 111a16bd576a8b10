// SubscriptionRepo's contract on SQLite and PostgreSQL: a reply subscription is created
// unconfirmed, found by its token hash, confirmed once, listed for its comment only while
// confirmed, and deleted (nothing kept) by unsubscribing, once.
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { SubscriptionRepo } from '../../src/comments/subscription-repo.ts';
import type { Database } from '../../src/db/schema.ts';
import { describeEachDialect } from '../support/test-db.ts';

const t0 = new Date('2026-11-26T12:00:00.000Z');
const stamp = t0.toISOString();

async function seedComments(db: Kysely<Database>, n: number): Promise<number[]> {
  const user = await db
    .insertInto('users')
    .values({
      email: 'author@news.test',
      name: 'Author',
      slug: 'author',
      bio: '',
      role: 'author',
      status: 'active',
      password_hash: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const article = await db
    .insertInto('articles')
    .values({
      kind: 'post',
      title: 'T',
      slug: 't',
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
      published_at: stamp,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = await db
      .insertInto('comments')
      .values({
        article_id: article.id,
        parent_id: null,
        type: 'comment',
        status: 'approved',
        author_name: `Reader ${i}`,
        author_email: `reader${i}@mail.test`,
        author_url: null,
        author_user_id: null,
        ip: null,
        user_agent: null,
        content: `Comment ${i}`,
        dedupe_key: null,
        created_at: stamp,
        updated_at: stamp,
        approved_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(c.id);
  }
  return ids;
}

describeEachDialect('SubscriptionRepo contract', (get) => {
  it('confirms once, lists only confirmed subscriptions of the comment, and deletes on unsubscribe', async () => {
    const [c1, c2] = await seedComments(get().db, 2);
    const r = new SubscriptionRepo(get().db);
    await r.create(c1!, 'one@mail.test', 'token-1', t0);
    await r.create(c1!, 'two@mail.test', 'token-2', t0);
    await r.create(c2!, 'three@mail.test', 'token-3', t0);
    const one = await r.findByToken('token-1');
    expect(one).toEqual({
      id: one!.id,
      commentId: c1,
      email: 'one@mail.test',
      confirmedAt: null,
      unsubscribedAt: null,
    });
    expect(await r.findByToken('no-such-token')).toBeNull();
    expect(await r.findById(one!.id)).toEqual(one);
    expect(await r.activeFor(c1!)).toEqual([]);

    expect(await r.confirm(one!.id, t0)).toBe(true);
    expect(await r.confirm(one!.id, t0)).toBe(false);
    expect((await r.findById(one!.id))!.confirmedAt).toBe(stamp);
    const three = await r.findByToken('token-3');
    await r.confirm(three!.id, t0);
    expect(await r.activeFor(c1!)).toEqual([{ id: one!.id, email: 'one@mail.test', tokenHash: 'token-1' }]);

    expect(await r.unsubscribe(one!.id)).toBe(true);
    expect(await r.unsubscribe(one!.id)).toBe(false);
    expect(await r.findById(one!.id)).toBeNull();
    expect(await r.activeFor(c1!)).toEqual([]);
    expect(await r.confirm(one!.id, t0)).toBe(false);
    expect((await r.activeFor(c2!)).map((s) => s.email)).toEqual(['three@mail.test']);
  });
});
