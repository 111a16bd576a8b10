// Scheduled publishing with two app instances on one PostgreSQL database: both run the job at the
// same moment, the post is published exactly once, and both instances then serve it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingDeps } from '../../src/compose/index.ts';
import { saveArticle } from '../../src/content/publishing.ts';
import { createScratchDatabase, postgresAvailable, type ScratchDatabase } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

describe.runIf(postgresAvailable())('scheduled publishing with two instances on PostgreSQL', () => {
  let db: ScratchDatabase;
  let a: TestSite;
  let b: TestSite;
  beforeAll(async () => {
    db = await createScratchDatabase('postgres');
    a = await createTestSite('postgres', { databaseUrl: db.url });
    b = await createTestSite('postgres', { databaseUrl: db.url, demo: false });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  async function eventually(check: () => Promise<boolean>, ms: number): Promise<void> {
    const start = performance.now();
    while (performance.now() - start < ms) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`condition not met within ${ms} ms`);
  }

  it('publishes each due post exactly once, and both instances show it', async () => {
    const author = await a.services.deps.users.findAuthorBySlug('tom-hartley');
    const titles = ['Dawn edition one', 'Dawn edition two', 'Dawn edition three'];
    for (const title of titles) {
      await saveArticle(publishingDeps(a.services.deps), {
        kind: 'post',
        title,
        bodyMarkdown: 'Out at dawn.',
        status: 'scheduled',
        authorId: author!.id,
        language: 'en',
        publishedAt: '2026-11-27T06:00:00.000Z',
      });
    }
    // Warm both caches before the time comes.
    for (const site of [a, b])
      expect((await site.app.inject('/article/dawn-edition-one')).statusCode).toBe(404);
    expect((await b.app.inject('/')).body).not.toContain('Dawn edition');

    for (const site of [a, b]) site.clock.set('2026-11-27T06:00:05Z');
    const jobOf = (site: TestSite) => site.services.jobs.find((j) => j.name === 'publish-scheduled')!;
    await Promise.all([jobOf(a).run(), jobOf(b).run(), jobOf(a).run(), jobOf(b).run()]);

    const audit = await a.services.deps.accounts!.audit.list({
      action: 'post.publish-scheduled',
      limit: 50,
      offset: 0,
    });
    expect(audit.items.map((e) => e.details.title).sort()).toEqual([...titles].sort());
    await eventually(async () => {
      const [pa, pb, home] = await Promise.all([
        a.app.inject('/article/dawn-edition-two'),
        b.app.inject('/article/dawn-edition-two'),
        b.app.inject('/'),
      ]);
      return pa.statusCode === 200 && pb.statusCode === 200 && home.body.includes('Dawn edition three');
    }, 2000);
  });
});
