// Storage tests for articles, tags, users, settings and search, on SQLite and PostgreSQL.
import { beforeAll, expect, it } from 'vitest';
import { ArticleRepo } from '../src/content/article-repo.ts';
import { createMarkdownRenderer } from '../src/content/markdown.ts';
import { type ArticleDraft, saveArticle } from '../src/content/publishing.ts';
import { searchTokens } from '../src/content/search-text.ts';
import { TagRepo } from '../src/content/tag-repo.ts';
import { SettingsRepo } from '../src/settings/settings-repo.ts';
import { UserRepo } from '../src/users/user-repo.ts';
import { describeEachDialect } from './support/test-db.ts';
import { articleDraft } from './support/article-draft.ts';

const now = new Date('2026-06-01T12:00:00Z');

describeEachDialect('content storage', (get) => {
  let articles: ArticleRepo;
  let tags: TagRepo;
  let authorId: number;
  const published: string[][] = [];
  const ids: Record<string, number> = {};

  const deps = () => ({
    articles,
    markdown: createMarkdownRenderer(),
    changes: { publish: async (keys: string[]) => void published.push(keys) },
    now: () => now,
  });

  const draft = (over: Partial<ArticleDraft>): ArticleDraft => articleDraft(authorId, over);

  beforeAll(async () => {
    const { db, dialect } = get();
    articles = new ArticleRepo(db, dialect);
    tags = new TagRepo(db);
    authorId = await new UserRepo(db).create(
      {
        email: 'Aigerim@Example.org',
        name: 'Aigerim N.',
        slug: 'aigerim',
        bio: 'Desk.',
        role: 'author',
        passwordHash: null,
      },
      now,
    );
    const trade = await tags.upsert({ slug: 'trade', name: 'Trade', description: '' });
    const energy = await tags.upsert({ slug: 'energy', name: 'Energy', description: '' });
    ids.oil = await saveArticle(
      deps(),
      draft({
        title: 'Oil pipeline reaches capacity',
        bodyMarkdown: 'The crude **pipeline** from Kazakhstan to China ran full.',
        publishedAt: '2026-03-01T08:00:00.000Z',
        tagIds: [energy.id, trade.id],
      }),
    );
    ids.zh = await saveArticle(
      deps(),
      draft({
        title: '中国与中亚贸易创新高',
        bodyMarkdown: '中国与中亚五国的贸易额再创新高。',
        language: 'zh-Hans',
        publishedAt: '2026-04-01T08:00:00.000Z',
        tagIds: [trade.id],
      }),
    );
    ids.ru = await saveArticle(
      deps(),
      draft({
        title: 'Безвизовый режим с Казахстаном',
        bodyMarkdown: 'Граждане Китая и Казахстана ездят без виз.',
        language: 'ru',
        publishedAt: '2026-05-01T08:00:00.000Z',
        tagIds: [],
      }),
    );
    ids.draft = await saveArticle(deps(), draft({ title: 'Secret pipeline draft', status: 'draft' }));
    ids.future = await saveArticle(
      deps(),
      draft({ title: 'Future pipeline story', publishedAt: '2026-07-01T00:00:00.000Z', tagIds: [energy.id] }),
    );
  });

  it('derives slug and excerpt, and keeps slugs unique per kind', async () => {
    const oil = await articles.findById(ids.oil!);
    expect(oil?.slug).toBe('oil-pipeline-reaches-capacity');
    expect(oil?.excerpt).toBe('The crude pipeline from Kazakhstan to China ran full.');
    expect(oil?.bodyHtml).toContain('<strong>pipeline</strong>');
    const again = await saveArticle(
      deps(),
      draft({ title: 'Oil pipeline reaches capacity', status: 'draft' }),
    );
    expect((await articles.findById(again))?.slug).toBe('oil-pipeline-reaches-capacity-2');
    const zh = await articles.findById(ids.zh!);
    expect(zh?.slug).toMatch(/^zhong-guo-yu-zhong-ya/);
  });

  it('shows only published posts whose time has come', async () => {
    const list = await articles.listPublished({ now, limit: 10, offset: 0 });
    expect(list.items.map((a) => a.id)).toEqual([ids.ru, ids.zh, ids.oil]);
    expect(list.total).toBe(3);
    expect(await articles.findPublishedBySlug('post', 'secret-pipeline-draft', now)).toBeNull();
    expect(await articles.findPublishedBySlug('post', 'future-pipeline-story', now)).toBeNull();
    expect(
      await articles.findPublishedBySlug('post', 'future-pipeline-story', new Date('2026-07-02T00:00:00Z')),
    ).not.toBeNull();
  });

  it('filters by tag, author and month, with tags in order', async () => {
    const trade = await tags.findBySlug('trade');
    const byTag = await articles.listPublished({ now, limit: 10, offset: 0, tagId: trade!.id });
    expect(byTag.items.map((a) => a.id)).toEqual([ids.zh, ids.oil]);
    expect(byTag.items[1]?.tags.map((t) => t.slug)).toEqual(['energy', 'trade']);
    const byMonth = await articles.listPublished({ now, limit: 10, offset: 0, month: '2026-04' });
    expect(byMonth.items.map((a) => a.id)).toEqual([ids.zh]);
    const byAuthor = await articles.listPublished({ now, limit: 1, offset: 1, authorId });
    expect(byAuthor.items.map((a) => a.id)).toEqual([ids.zh]);
    expect(byAuthor.total).toBe(3);
  });

  it('finds neighbours and related posts', async () => {
    const zh = (await articles.findById(ids.zh!))!;
    const adj = await articles.findAdjacent(zh, now);
    expect(adj.previous?.id).toBe(ids.oil);
    expect(adj.next?.id).toBe(ids.ru);
    // The newest published post has no next one: the scheduled post is not out yet.
    const newest = await articles.findAdjacent((await articles.findById(ids.ru!))!, now);
    expect(newest.previous?.id).toBe(ids.zh);
    expect(newest.next).toBeNull();
    // Once it is, it follows; and the oldest post has no previous one.
    const later = new Date('2026-07-02T00:00:00Z');
    expect((await articles.findAdjacent((await articles.findById(ids.ru!))!, later)).next?.id).toBe(
      ids.future,
    );
    expect((await articles.findAdjacent((await articles.findById(ids.oil!))!, now)).previous).toBeNull();
    const related = await articles.findRelated(
      ids.oil!,
      zh.tags.map((t) => t.id),
      now,
      3,
    );
    expect(related.map((a) => a.id)).toEqual([ids.zh]);
  });

  it.each([
    ['pipeline', 'oil'],
    ['中亚', 'zh'],
    ['Казахстан', 'ru'],
    ['казахстан', 'ru'],
    ['PIPELINES pipe', 'oil'],
  ])('search %s finds the right article and nothing unpublished', async (q, key) => {
    const result = await articles.search(searchTokens(q), now, 10, 0);
    if (q === 'PIPELINES pipe') {
      expect(result.total).toBe(0); // every token must match: "pipelines" is not in the text
      return;
    }
    expect(result.items.map((a) => a.id)).toEqual([ids[key]]);
    expect(result.total).toBe(1);
  });

  it('ranks title matches first', async () => {
    const result = await articles.search(searchTokens('kazakhstan'), now, 10, 0);
    expect(result.items.map((a) => a.id)).toEqual([ids.oil]);
  });

  it('lists archive months and sitemap entries', async () => {
    expect(await articles.archiveMonths(now)).toEqual([
      { month: '2026-05', count: 1 },
      { month: '2026-04', count: 1 },
      { month: '2026-03', count: 1 },
    ]);
    expect((await articles.listForSitemap(now)).length).toBe(3);
    expect((await tags.listUsed(now)).map((t) => [t.slug, t.count])).toEqual([
      ['trade', 2],
      ['energy', 1],
    ]);
  });

  it('updates reindex the article and announce changes', async () => {
    published.length = 0;
    const ru = (await articles.findById(ids.ru!))!;
    await saveArticle(
      deps(),
      draft({
        title: ru.title,
        slug: ru.slug,
        bodyMarkdown: 'Новый текст про Ташкент.',
        language: 'ru',
        publishedAt: ru.publishedAt,
      }),
      ids.ru,
    );
    expect((await articles.search(searchTokens('Ташкент'), now, 10, 0)).items.map((a) => a.id)).toEqual([
      ids.ru,
    ]);
    expect((await articles.search(searchTokens('виз'), now, 10, 0)).total).toBe(0);
    expect(published).toEqual([[`article:${ids.ru}`]]);
  });

  it('stores users with lower-cased emails and settings as JSON', async () => {
    const users = new UserRepo(get().db);
    expect((await users.findByEmail('aigerim@example.org'))?.name).toBe('Aigerim N.');
    expect(await users.count()).toBe(1);
    const settings = new SettingsRepo(get().db);
    await settings.write({ title: 'Dispatch', postsPerPage: 5 }, now);
    await settings.write({ title: 'Dispatch 2' }, now);
    expect(await settings.readAll()).toEqual({ title: 'Dispatch 2', postsPerPage: 5 });
  });

  it('ranks related posts by shared tags, then newest, among published posts only', async () => {
    const [rail, visas, summit] = await Promise.all(
      ['rail', 'visas', 'summit'].map((slug) => tags.upsert({ slug, name: slug, description: '' })),
    );
    const post = (title: string, publishedAt: string, tagIds: number[], over: Partial<ArticleDraft> = {}) =>
      saveArticle(deps(), draft({ title, publishedAt, tagIds, ...over }));
    const subject = await post('Rail visas summit', '2026-05-10T00:00:00.000Z', [
      rail!.id,
      visas!.id,
      summit!.id,
    ]);
    const two = await post('Rail and visas', '2026-01-01T00:00:00.000Z', [rail!.id, visas!.id]);
    const oneOld = await post('Rail only, old', '2026-02-01T00:00:00.000Z', [rail!.id]);
    const oneNew = await post('Summit only, new', '2026-05-20T00:00:00.000Z', [summit!.id]);
    await post('Visas draft', '2026-05-21T00:00:00.000Z', [rail!.id, visas!.id, summit!.id], {
      status: 'draft',
    });
    await post('Visas later', '2026-09-01T00:00:00.000Z', [rail!.id, visas!.id, summit!.id]);
    await saveArticle(deps(), draft({ kind: 'page', title: 'Rail page', tagIds: [rail!.id, visas!.id] }));
    const related = await articles.findRelated(subject, [rail!.id, visas!.id, summit!.id], now, 3);
    expect(related.map((a) => a.title)).toEqual(['Rail and visas', 'Summit only, new', 'Rail only, old']);
    expect(related.map((a) => a.id)).toEqual([two, oneNew, oneOld]);
  });

  it('answers related posts afresh once the data or the time they count changes', async () => {
    const [ports, roads] = await Promise.all(
      ['ports', 'roads'].map((slug) => tags.upsert({ slug, name: slug, description: '' })),
    );
    const both = [ports!.id, roads!.id];
    const post = (title: string, publishedAt: string, tagIds: number[], over: Partial<ArticleDraft> = {}) =>
      saveArticle(deps(), draft({ title, publishedAt, tagIds, ...over }));
    const subject = await post('Ports and roads', '2026-05-01T00:00:00.000Z', both);
    const old = await post('Ports and roads, old', '2026-01-01T00:00:00.000Z', both);
    const port = await post('Ports only', '2026-04-01T00:00:00.000Z', [ports!.id]);
    const coming = await post('Ports and roads, coming', '2026-06-01T12:00:00.001Z', both);
    const related = async (at: Date) => (await articles.findRelated(subject, both, at, 2)).map((a) => a.id);
    expect(await related(now)).toEqual([old, port]);
    expect(await related(now)).toEqual([old, port]);
    // The clock reaches the coming post's time, and goes back before it.
    expect(await related(new Date('2026-06-01T12:00:00.001Z'))).toEqual([coming, old]);
    expect(await related(now)).toEqual([old, port]);
    // Before the old post's time, it does not count either.
    expect(await related(new Date('2025-12-31T00:00:00.000Z'))).toEqual([]);
    expect(await related(now)).toEqual([old, port]);
    // A post published, then taken back, then its tags changed.
    const fresh = await post('Ports and roads, fresh', '2026-05-30T00:00:00.000Z', both);
    expect(await related(now)).toEqual([fresh, old]);
    await saveArticle(
      deps(),
      draft({
        title: 'Ports and roads, fresh',
        publishedAt: '2026-05-30T00:00:00.000Z',
        tagIds: both,
        status: 'draft',
      }),
      fresh,
    );
    expect(await related(now)).toEqual([old, port]);
    await saveArticle(
      deps(),
      draft({ title: 'Ports only, old', publishedAt: '2026-01-01T00:00:00.000Z', tagIds: [ports!.id] }),
      old,
    );
    expect(await related(now)).toEqual([port, old]);
  });
});
