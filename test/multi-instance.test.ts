// Two app instances on one database: an article published through one is served fresh by the
// other within a second (page caches purged through LISTEN/NOTIFY on PostgreSQL, through the
// change log on SQLite, as for the workers of `silkpress start`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingDeps } from '../src/compose/index.ts';
import { saveArticle } from '../src/content/publishing.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from './support/test-db.ts';
import { createTestSite, type TestSite } from './support/test-site.ts';

describe.each(testDialects())('several instances on one database [%s]', (dialect) => {
  let db: ScratchDatabase;
  let a: TestSite;
  let b: TestSite;
  beforeAll(async () => {
    db = await createScratchDatabase(dialect);
    a = await createTestSite(dialect, { databaseUrl: db.url });
    b = await createTestSite(dialect, { databaseUrl: db.url, demo: false });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  async function eventually(check: () => Promise<boolean>, ms: number): Promise<number> {
    const start = performance.now();
    while (performance.now() - start < ms) {
      if (await check()) return performance.now() - start;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`condition not met within ${ms} ms`);
  }

  it('serves an article published on instance A from instance B within one second', async () => {
    // Warm B's caches for the home page and a tag page.
    expect((await b.app.inject('/')).body).not.toContain('Pipeline capacity doubles');
    expect((await b.app.inject('/tag/energy')).statusCode).toBe(200);
    const energy = await a.services.deps.tags.findBySlug('energy');
    const author = await a.services.deps.users.findAuthorBySlug('tom-hartley');
    await saveArticle(publishingDeps(a.services.deps), {
      kind: 'post',
      title: 'Pipeline capacity doubles',
      bodyMarkdown: 'The second line opened on Monday.',
      status: 'published',
      authorId: author!.id,
      language: 'en',
      publishedAt: '2026-11-26T11:00:00.000Z',
      tagIds: [energy!.id],
    });
    const elapsed = await eventually(async () => {
      const [home, tag] = await Promise.all([b.app.inject('/'), b.app.inject('/tag/energy')]);
      return (
        home.body.includes('Pipeline capacity doubles') && tag.body.includes('Pipeline capacity doubles')
      );
    }, 1000);
    expect(elapsed).toBeLessThan(1000);
    expect((await b.app.inject('/article/pipeline-capacity-doubles')).statusCode).toBe(200);
  });
});
