// Importing the WXR fixtures on SQLite and PostgreSQL: counts, threading, statuses, duplicate
// slugs, missing authors, multilingual content, idempotence and the failing-batch rollback.
import { expect, it } from 'vitest';
import { describeEachDialect } from '../support/test-db.ts';
import { fixture } from '../fixtures/wxr/wxr-fixtures.ts';
import { importBytes } from './import-helpers.ts';

describeEachDialect('WXR import of the fixtures', (get) => {
  it('imports posts, pages, authors, tags and threaded comments of a small export', async () => {
    const { report, published } = await importBytes(get(), fixture('small-export.xml'));
    expect(report.fatal).toBeNull();
    expect(report.counts.posts.imported).toBe(2);
    expect(report.counts.pages.imported).toBe(2);
    expect(report.counts.authors.imported).toBe(2);
    expect(published).toEqual([['*']]);
    const { db } = get();
    const ferry = await db
      .selectFrom('articles')
      .selectAll()
      .where('slug', '=', 'new-ferry-timetable')
      .executeTakeFirstOrThrow();
    expect(ferry.status).toBe('published');
    expect(ferry.body_html).toContain('<p>');
    const tags = await db
      .selectFrom('article_tags as at')
      .innerJoin('tags as t', 't.id', 'at.tag_id')
      .select(['t.slug', 't.name'])
      .where('at.article_id', '=', ferry.id)
      .execute();
    expect(tags.map((t) => t.slug).sort()).toEqual(['ferries', 'harbour']);
    expect(tags.find((t) => t.slug === 'harbour')?.name).toMatch(/›/);
    const comments = await db
      .selectFrom('comments')
      .selectAll()
      .where('article_id', '=', ferry.id)
      .orderBy('id')
      .execute();
    expect(comments).toHaveLength(2);
    expect(comments[1]?.parent_id).toBe(comments[0]?.id);
    const author = await db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'tobias@gazette.example.org')
      .executeTakeFirstOrThrow();
    expect(author.role).toBe('contributor');
    expect(author.password_hash).toBeNull();
    const redirect = await db
      .selectFrom('redirects')
      .selectAll()
      .where('from_path', '=', '/?p=10')
      .executeTakeFirst();
    expect(redirect?.to_path).toBe('/article/new-ferry-timetable');
    expect(report.warnings.some((w) => /sticky/.test(w.message))).toBe(true);
  });

  it('imports nothing twice', async () => {
    const { db } = get();
    const count = async (table: 'articles' | 'comments' | 'users' | 'tags') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = [
      await count('articles'),
      await count('comments'),
      await count('users'),
      await count('tags'),
    ];
    const { report, published } = await importBytes(get(), fixture('small-export.xml'));
    expect(report.counts.posts).toEqual({ imported: 0, skipped: 2, failed: 0 });
    expect(report.counts.comments.imported).toBe(0);
    expect(published).toEqual([]);
    expect([
      await count('articles'),
      await count('comments'),
      await count('users'),
      await count('tags'),
    ]).toEqual(before);
  });

  it('handles the nasty cases: statuses, later parents, duplicate slugs, missing authors, scripts', async () => {
    const { report } = await importBytes(get(), fixture('nasty.xml'));
    expect(report.fatal).toBeNull();
    const { db } = get();
    const posts = await db
      .selectFrom('articles')
      .selectAll()
      .where('kind', '=', 'post')
      .where('slug', 'like', 'same-slug%')
      .orderBy('slug')
      .execute();
    expect(posts.map((p) => p.slug)).toEqual(['same-slug', 'same-slug-2']);
    expect(posts.map((p) => p.status)).toEqual(['published', 'scheduled']);
    expect(posts[0]?.title).toContain('“quoted”');
    expect(posts[1]?.title).toBe('Эмодзи, 中文 и 𝄞 🎉');
    const byTitle = async (title: string) =>
      db.selectFrom('articles').selectAll().where('title', '=', title).executeTakeFirstOrThrow();
    expect((await byTitle('Members only')).status).toBe('draft');
    expect((await byTitle('Block editor story')).status).toBe('review');
    expect((await byTitle('Classic story with shortcodes')).status).toBe('trash');
    expect(report.warnings.some((w) => /password-protected/.test(w.message))).toBe(true);
    expect(report.warnings.some((w) => /ghostwriter/.test(w.message))).toBe(true);
    const ghost = await db
      .selectFrom('users')
      .selectAll()
      .where('slug', '=', 'ghostwriter')
      .executeTakeFirst();
    expect(ghost?.role).toBe('contributor');
    const comments = await db
      .selectFrom('comments')
      .selectAll()
      .where('article_id', '=', posts[0]?.id ?? 0)
      .execute();
    const byWp = (status: string, type: string) =>
      comments.filter((c) => c.status === status && c.type === type);
    expect(byWp('approved', 'pingback')).toHaveLength(1);
    expect(byWp('pending', 'trackback')).toHaveLength(1);
    expect(byWp('spam', 'comment')).toHaveLength(1);
    expect(byWp('trash', 'comment')).toHaveLength(1);
    // Comment 201 replies to 202, which comes later in the file.
    const replies = comments.filter((c) => c.parent_id !== null);
    expect(replies).toHaveLength(1);
    expect(comments.find((c) => c.id === replies[0]?.parent_id)?.parent_id).toBeNull();
    expect(report.notes.some((n) => /nav_menu_item/.test(n))).toBe(true);
  });

  it('fails a malformed file with line and column and keeps the batches before it', async () => {
    const { db } = get();
    const { report } = await importBytes(get(), fixture('truncated.xml'), { batchSize: 1 });
    expect(report.fatal?.line).toBeGreaterThan(1);
    expect(report.fatal?.column).toBeGreaterThan(0);
    const { report: bad } = await importBytes(get(), fixture('malformed.xml'), { batchSize: 1 });
    expect(bad.fatal).toMatchObject({ line: 11 });
    const first = await db
      .selectFrom('articles')
      .select('id')
      .where('title', '=', 'First item is fine')
      .execute();
    expect(first).toHaveLength(1);
    // The failing batch (the second item) left nothing behind.
    const second = await db
      .selectFrom('articles')
      .select('id')
      .where('title', 'like', 'Second item%')
      .execute();
    expect(second).toHaveLength(0);
  });
});
