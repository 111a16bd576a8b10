// VerdictRepo's contract on SQLite and PostgreSQL: the site model's versions (also under
// concurrent saves), per-source learning counters, the joins the Akismet reports and the console
// rely on (by guid with or without the key, the latest by text hash per key, the latest per
// comment), the everyday ham the learning measures rarity against, corrections and discards.
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../src/db/schema.ts';
import { ApiKeyRepo } from '../../src/spam/network/api-key-repo.ts';
import { VerdictRepo } from '../../src/spam/service/verdict-repo.ts';
import { describeEachDialect } from '../support/test-db.ts';

const t0 = new Date('2026-11-26T12:00:00.000Z');

let seq = 0;
async function addVerdict(
  db: Kysely<Database>,
  over: Partial<Omit<Database['spam_verdicts'], 'id'>> = {},
): Promise<number> {
  seq += 1;
  const row = await db
    .insertInto('spam_verdicts')
    .values({
      guid: `guid-${seq}`,
      comment_id: null,
      api_key_id: null,
      fingerprint_id: null,
      origin: 'api',
      score: 0.1,
      verdict: 'ham',
      shadow: 0,
      is_test: 0,
      reasons: '[]',
      signals: '[]',
      input: JSON.stringify({ content: `text ${seq}` }),
      content_hash: `hash-${seq}`,
      correction: null,
      corrected_at: null,
      created_at: t0.toISOString(),
      upstream: null,
      upstream_guid: null,
      ...over,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

describeEachDialect('VerdictRepo contract', (get) => {
  const repo = () => new VerdictRepo(get().db);

  it('versions the site model from 1, one more per save, concurrent saves included', async () => {
    const r = repo();
    expect(await r.loadModel()).toBeNull();
    expect(await r.saveModel('{"a":1}', t0)).toBe(1);
    expect(await r.loadModel()).toEqual({ version: 1, delta: '{"a":1}' });
    const versions = await Promise.all(Array.from({ length: 5 }, (_, i) => r.saveModel(`{"n":${i}}`, t0)));
    expect([...versions].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6]);
    expect((await r.loadModel())!.version).toBe(6);
  });

  it('counts learning updates per source and reads the most any of them made', async () => {
    const r = repo();
    expect(await r.sourceUpdates([])).toBe(0);
    expect(await r.sourceUpdates(['ip:1'])).toBe(0);
    await r.countSourceUpdate(['ip:1', 'net:1'], t0);
    await r.countSourceUpdate(['ip:1'], t0);
    await r.countSourceUpdate(['ip:2'], t0);
    expect(await r.sourceUpdates(['ip:1', 'net:1'])).toBe(2);
    expect(await r.sourceUpdates(['net:1', 'ip:2'])).toBe(1);
  });

  it('joins reports by guid (optionally only for the key) and by the latest check of a text for the key', async () => {
    const db = get().db;
    const keys = new ApiKeyRepo(db);
    const mk = (n: string) =>
      keys.create({
        key_hash: `vk-${n}`,
        key_prefix: n,
        label: n,
        site_url: null,
        rate_limit: 60,
        created_at: t0.toISOString(),
      });
    const [a, b] = [await mk('a'), await mk('b')];
    const first = await addVerdict(db, { guid: 'g-a', api_key_id: a.id, content_hash: 'same', score: 0.9 });
    const second = await addVerdict(db, { api_key_id: a.id, content_hash: 'same', upstream: 'spam' });
    await addVerdict(db, { api_key_id: b.id, content_hash: 'same' });
    const byGuid = await repo().findByGuid('g-a');
    expect(byGuid).toMatchObject({ id: first, guid: 'g-a', apiKeyId: a.id, origin: 'api', score: 0.9 });
    expect(byGuid).toMatchObject({ shadow: false, isTest: false, correction: null, upstream: null });
    expect(await repo().findByGuid('g-a', a.id)).toMatchObject({ id: first });
    expect(await repo().findByGuid('g-a', b.id)).toBeNull();
    expect(await repo().findByGuid('nothing')).toBeNull();
    expect(await repo().findLatestByContent('same', a.id)).toMatchObject({ id: second, upstream: 'spam' });
    expect(await repo().findLatestByContent('other', a.id)).toBeNull();
  });

  it('finds the latest verdict of each comment', async () => {
    const db = get().db;
    const user = await db
      .insertInto('users')
      .values({
        email: 'v@news.test',
        name: 'V',
        slug: 'v',
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
        slug: 'verdicts',
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
    const comment = async (n: number) =>
      (
        await db
          .insertInto('comments')
          .values({
            article_id: article.id,
            parent_id: null,
            type: 'comment',
            status: 'approved',
            author_name: `R${n}`,
            author_email: `r${n}@mail.test`,
            author_url: null,
            author_user_id: null,
            ip: null,
            user_agent: null,
            content: `c${n}`,
            dedupe_key: null,
            created_at: t0.toISOString(),
            updated_at: t0.toISOString(),
            approved_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const [c1, c2, c3] = [await comment(1), await comment(2), await comment(3)];
    await addVerdict(db, { comment_id: c1, origin: 'form', verdict: 'hold' });
    const recheck = await addVerdict(db, { comment_id: c1, origin: 'form', verdict: 'spam' });
    const only = await addVerdict(db, { comment_id: c2, origin: 'form' });
    const found = await repo().findByComments([c1, c2, c3]);
    expect([...found.keys()].sort((a, b) => a - b)).toEqual([c1, c2]);
    expect(found.get(c1)).toMatchObject({ id: recheck, commentId: c1, verdict: 'spam', origin: 'form' });
    expect(found.get(c2)).toMatchObject({ id: only });
    expect((await repo().findByComments([])).size).toBe(0);
  });

  it('reads the newest everyday ham (no tests, nothing corrected to spam) and records corrections', async () => {
    const db = get().db;
    await db.deleteFrom('spam_verdicts').execute();
    const ham1 = await addVerdict(db, { input: '"ham 1"' });
    await addVerdict(db, { input: '"test"', is_test: 1 });
    await addVerdict(db, { input: '"spam"', verdict: 'spam' });
    const wrong = await addVerdict(db, { input: '"ham but spam"' });
    const ham2 = await addVerdict(db, { input: '"ham 2"' });
    await repo().setCorrection(wrong, 'spam', t0);
    await repo().setCorrection(ham2, 'ham', t0);
    expect(await repo().recentHamInputs(10)).toEqual(['"ham 2"', '"ham 1"']);
    expect(await repo().recentHamInputs(1)).toEqual(['"ham 2"']);
    const corrected = await db
      .selectFrom('spam_verdicts')
      .select(['id', 'correction', 'corrected_at'])
      .where('id', 'in', [wrong, ham1])
      .orderBy('id')
      .execute();
    expect(corrected.map((c) => [c.correction, c.corrected_at])).toEqual([
      [null, null],
      ['spam', t0.toISOString()],
    ]);
  });

  it('counts discarded comments per day, concurrent counts included', async () => {
    const r = repo();
    await Promise.all(Array.from({ length: 6 }, () => r.countDiscard('2026-11-26')));
    await r.countDiscard('2026-11-27');
    const rows = await get().db.selectFrom('spam_discards').select(['day', 'count']).orderBy('day').execute();
    expect(rows.map((x) => [x.day, Number(x.count)])).toEqual([
      ['2026-11-26', 6],
      ['2026-11-27', 1],
    ]);
  });
});
