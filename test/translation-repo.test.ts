// Translation groups on SQLite and PostgreSQL: the repository (members, assign, candidates,
// public languages) and the editor's use cases over it (link, merge, refusals, permissions, the
// audit entry and the change keys), and a language change that would clash in a group.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ArticleRepo } from '../src/content/article-repo.ts';
import { EditorialError } from '../src/content/editorial-error.ts';
import { createMarkdownRenderer } from '../src/content/markdown.ts';
import { type ArticleDraft, type EditorialAuditEntry, saveArticle } from '../src/content/publishing.ts';
import { TranslationRepo } from '../src/content/translation-repo.ts';
import { linkTranslation, unlinkTranslation } from '../src/content/translations.ts';
import { UserRepo } from '../src/users/user-repo.ts';
import { describeEachDialect } from './support/test-db.ts';
import { articleDraft } from './support/article-draft.ts';

const now = new Date('2026-06-01T12:00:00Z');

describeEachDialect('translation groups', (get) => {
  let articles: ArticleRepo;
  let translations: TranslationRepo;
  let authorId: number;
  let otherAuthorId: number;
  let published: string[][] = [];
  let audited: EditorialAuditEntry[] = [];
  let keys = 0;
  const ids: Record<string, number> = {};
  const owner = () => ({ id: authorId, role: 'owner' as const });

  const publishingDeps = () => ({
    articles,
    markdown: createMarkdownRenderer(),
    changes: { publish: async (k: string[]) => void published.push(k) },
    now: () => now,
  });
  const deps = () => ({
    translations,
    changes: { publish: async (k: string[]) => void published.push(k) },
    audit: async (e: EditorialAuditEntry) => void audited.push(e),
    newGroupKey: () => `k${++keys}`,
  });
  const draft = (over: Partial<ArticleDraft>): ArticleDraft =>
    articleDraft(authorId, { publishedAt: '2026-05-01T08:00:00.000Z', ...over });
  const groupOf = async (name: string) => (await translations.groupOf(ids[name]!))!.article.group;
  const members = async (name: string) =>
    ((await translations.groupOf(ids[name]!))?.group ?? []).map((m) => m.slug).sort();

  beforeAll(async () => {
    const { db, dialect } = get();
    articles = new ArticleRepo(db, dialect);
    translations = new TranslationRepo(db);
    const users = new UserRepo(db);
    const person = { bio: '', role: 'author' as const, passwordHash: null };
    authorId = await users.create({ email: 'a@example.org', name: 'A', slug: 'a', ...person }, now);
    otherAuthorId = await users.create({ email: 'b@example.org', name: 'B', slug: 'b', ...person }, now);
    const make = async (slug: string, language: string, over: Partial<ArticleDraft> = {}) => {
      ids[slug] = await saveArticle(publishingDeps(), draft({ title: slug, slug, language, ...over }));
    };
    await make('summit-en', 'en');
    await make('summit-ru', 'ru', { title: 'Саммит в Астане' });
    await make('summit-zh', 'ZH-hans');
    await make('summit-kk', 'kk', { status: 'draft', publishedAt: null });
    await make('other-ru', 'ru', { authorId: otherAuthorId });
    await make('trashed-uz', 'uz', { status: 'trash' });
    await make('about-ru', 'ru', { kind: 'page' });
  });
  beforeEach(() => {
    published = [];
    audited = [];
  });

  it('stores languages in their canonical form', async () => {
    expect((await articles.findById(ids['summit-zh']!))?.language).toBe('zh-Hans');
  });

  it('links two loose articles into a new group, audited, announcing both pages', async () => {
    expect(await groupOf('summit-en')).toBeNull();
    await linkTranslation(deps(), owner(), { articleId: ids['summit-en']!, otherId: ids['summit-ru']! });
    const group = await groupOf('summit-en');
    expect(group).toMatch(/^silkpress:k\d+$/);
    expect(await groupOf('summit-ru')).toBe(group);
    expect((await articles.findById(ids['summit-ru']!))?.translationGroup).toBe(group);
    expect(await members('summit-en')).toEqual(['summit-en', 'summit-ru']);
    expect(audited).toEqual([
      {
        action: 'post.translation-link',
        articleId: ids['summit-en'],
        details: { translationId: ids['summit-ru'], title: 'Саммит в Астане', language: 'ru', group },
      },
    ]);
    expect(published.flat().sort()).toEqual(
      [`translations:${ids['summit-en']}`, `translations:${ids['summit-ru']}`].sort(),
    );
  });

  it('adds a third language to the group, and lists the members by id', async () => {
    await linkTranslation(deps(), owner(), { articleId: ids['summit-zh']!, otherId: ids['summit-en']! });
    const group = (await groupOf('summit-en'))!;
    expect(await groupOf('summit-zh')).toBe(group);
    const all = await translations.membersOfGroup(group);
    expect(all.map((m) => [m.slug, m.language])).toEqual([
      ['summit-en', 'en'],
      ['summit-ru', 'ru'],
      ['summit-zh', 'zh-Hans'],
    ]);
    expect(published.flat()).toHaveLength(3);
  });

  it('refuses a second article of a language, and changes nothing', async () => {
    const refused = linkTranslation(deps(), owner(), {
      articleId: ids['summit-en']!,
      otherId: ids['other-ru']!,
    });
    await expect(refused).rejects.toMatchObject({ code: 'VALIDATION_FAILED', field: 'translation' });
    expect(await groupOf('other-ru')).toBeNull();
    expect(audited).toEqual([]);
    expect(published).toEqual([]);
  });

  it('refuses to link a post with a page', async () => {
    await expect(
      linkTranslation(deps(), owner(), { articleId: ids['summit-en']!, otherId: ids['about-ru']! }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('lets an author link only articles they may edit', async () => {
    const author = { id: authorId, role: 'author' as const };
    await expect(
      linkTranslation(deps(), author, { articleId: ids['summit-kk']!, otherId: ids['other-ru']! }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await groupOf('summit-kk')).toBeNull();
  });

  it('the unique index refuses a concurrent second language in a group', async () => {
    const group = (await groupOf('summit-en'))!;
    const err = await translations.assign([ids['other-ru']!], group).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EditorialError);
    expect(err).toMatchObject({ code: 'CONFLICT' });
  });

  it('offers as candidates the articles of other languages outside the group, not trashed', async () => {
    const slugs = async (query?: string) =>
      (
        await translations.candidates({
          kind: 'post',
          articleId: ids['summit-en']!,
          limit: 20,
          ...(query ? { query } : {}),
        })
      ).map((m) => m.slug);
    expect((await slugs()).sort()).toEqual(['other-ru', 'summit-kk']);
    expect(await slugs('KK')).toEqual(['summit-kk']);
    expect(await slugs('100%')).toEqual([]);
    expect(
      (await translations.candidates({ kind: 'post', articleId: ids['other-ru']!, limit: 20 }))
        .map((m) => m.slug)
        .sort(),
    ).toEqual(['summit-en', 'summit-kk', 'summit-zh']);
  });

  it('finds candidates by words of a Cyrillic title', async () => {
    const found = await translations.candidates({
      kind: 'post',
      articleId: ids['summit-kk']!,
      query: 'Саммит',
      limit: 20,
    });
    expect(found.map((m) => m.slug)).toEqual(['summit-ru']);
  });

  it('merges two groups when their languages differ', async () => {
    await linkTranslation(deps(), owner(), { articleId: ids['summit-kk']!, otherId: ids['other-ru']! });
    await expect(
      linkTranslation(deps(), owner(), { articleId: ids['summit-en']!, otherId: ids['summit-kk']! }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' }); // both groups have Russian
    await unlinkTranslation(deps(), owner(), { articleId: ids['summit-kk']!, leavingId: ids['other-ru']! });
    expect(await groupOf('summit-kk')).toBeNull(); // a group of one dissolves
    expect(await groupOf('other-ru')).toBeNull();
    expect(audited.at(-1)).toMatchObject({ action: 'post.translation-unlink', articleId: ids['summit-kk'] });
    published = [];
    await linkTranslation(deps(), owner(), { articleId: ids['summit-en']!, otherId: ids['summit-kk']! });
    expect(await members('summit-kk')).toEqual(['summit-en', 'summit-kk', 'summit-ru', 'summit-zh']);
    expect(published.flat()).toHaveLength(4);
  });

  it('refuses a language change that clashes in the group, and allows a free one', async () => {
    const kk = (await articles.findById(ids['summit-kk']!))!;
    const resave = (language: string) =>
      saveArticle(
        publishingDeps(),
        draft({ title: kk.title, slug: kk.slug, language, status: 'draft', publishedAt: null }),
        kk.id,
      );
    await expect(resave('RU')).rejects.toMatchObject({ code: 'VALIDATION_FAILED', field: 'language' });
    await resave('uz-Latn');
    expect((await articles.findById(kk.id))?.language).toBe('uz-Latn');
    expect(published.flat()).toContain('listing'); // the per-language listings changed
  });

  it('unlinks one article from a group of several, announcing every member', async () => {
    await unlinkTranslation(deps(), owner(), { articleId: ids['summit-en']!, leavingId: ids['summit-kk']! });
    expect(await groupOf('summit-kk')).toBeNull();
    expect(await members('summit-en')).toEqual(['summit-en', 'summit-ru', 'summit-zh']);
    expect(published.flat()).toHaveLength(4);
    await expect(
      unlinkTranslation(deps(), owner(), { articleId: ids['summit-en']!, leavingId: ids['summit-kk']! }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists the languages of public posts', async () => {
    expect(await translations.publicLanguages(now)).toEqual(['en', 'ru', 'zh-Hans']);
  });

  describe('races', () => {
    const loose = async (slug: string, language: string) => {
      ids[slug] = await saveArticle(
        publishingDeps(),
        draft({ title: slug, slug, language, status: 'draft', publishedAt: null }),
      );
      return ids[slug]!;
    };

    it('refuses a link planned before another moved its articles, all or nothing', async () => {
      const [en, ru, zh] = [
        await loose('stale-en', 'en'),
        await loose('stale-ru', 'ru'),
        await loose('stale-zh', 'zh'),
      ];
      await linkTranslation(deps(), owner(), { articleId: en, otherId: ru });
      const group = await groupOf('stale-en');
      // A link of en and zh planned while both were loose, written after en joined ru.
      const err = await translations
        .assign(
          [en, zh],
          'silkpress:stale',
          new Map([
            [en, null],
            [zh, null],
          ]),
        )
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EditorialError);
      expect(err).toMatchObject({ code: 'CONFLICT' });
      expect(await groupOf('stale-en')).toBe(group);
      expect(await groupOf('stale-zh')).toBeNull(); // nothing of the refused link was written
    });

    it('two concurrent links of one article end consistent, the loser told CONFLICT', async () => {
      const [en, ru, zh] = [
        await loose('race-en', 'en'),
        await loose('race-ru', 'ru'),
        await loose('race-zh', 'zh'),
      ];
      const results = await Promise.allSettled([
        linkTranslation(deps(), owner(), { articleId: en, otherId: ru }),
        linkTranslation(deps(), owner(), { articleId: en, otherId: zh }),
      ]);
      for (const r of results)
        if (r.status === 'rejected') {
          expect(r.reason).toBeInstanceOf(EditorialError);
          expect(r.reason).toMatchObject({ code: 'CONFLICT' });
        }
      // No group of one is left behind, and every success is in en's group.
      const group = await groupOf('race-en');
      expect(group).not.toBeNull();
      for (const slug of ['race-ru', 'race-zh']) {
        const g = await groupOf(slug);
        expect(g === null || g === group, slug).toBe(true);
      }
      expect((await members('race-en')).length).toBe(
        1 + results.filter((r) => r.status === 'fulfilled').length,
      );
    });

    it('a language change saved after a concurrent link took that language is refused, not a raw error', async () => {
      const [en, ru] = [await loose('late-en', 'en'), await loose('late-ru', 'ru')];
      await linkTranslation(deps(), owner(), { articleId: en, otherId: ru });
      // The save's own check ran before the link (it saw no Russian in the group).
      const checkedEarlier = Object.assign(Object.create(articles) as ArticleRepo, {
        translationLanguageTaken: async () => false,
      });
      const saved = saveArticle(
        { ...publishingDeps(), articles: checkedEarlier },
        draft({ title: 'late-en', slug: 'late-en', language: 'ru', status: 'draft', publishedAt: null }),
        en,
      );
      await expect(saved).rejects.toBeInstanceOf(EditorialError);
      await expect(saved).rejects.toMatchObject({ code: 'VALIDATION_FAILED', field: 'language' });
      expect((await articles.findById(en))?.language).toBe('en');
    });
  });
});
