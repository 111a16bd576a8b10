// Loads the demo newsroom (authors, tags, articles, About and Privacy pages, site title) into an
// empty site, so a fresh install has something real to show.
import type { ArticleRepo } from './article-repo.ts';
import { demoArticles, demoAuthors, demoPages, demoTags } from './demo/demo-content.ts';
import { type PublishingDeps, saveArticle } from './publishing.ts';
import type { TagRepo } from './tag-repo.ts';
import type { TranslationRepo } from './translation-repo.ts';
import type { UserRepo } from '../users/index.ts';
import type { SettingsRepo } from '../settings/index.ts';

/** What loading the demo needs. */
export interface DemoDeps extends PublishingDeps {
  articles: PublishingDeps['articles'] & Pick<ArticleRepo, 'listPublished'>;
  users: Pick<UserRepo, 'create' | 'findAuthorBySlug'>;
  tags: Pick<TagRepo, 'upsert'>;
  settings: Pick<SettingsRepo, 'write' | 'readAll'>;
  /** Links the demo's translations (articles sharing a `story`). */
  translations: Pick<TranslationRepo, 'assign'>;
}

/** Result of a demo load. */
export interface DemoResult {
  loaded: boolean;
  articles: number;
  pages: number;
}

/**
 * Loads the demo unless the site already has published content (then nothing changes).
 * `onProgress` hears a line per step.
 */
export async function loadDemoContent(
  deps: DemoDeps,
  onProgress: (line: string) => void = () => {},
): Promise<DemoResult> {
  const existing = await deps.articles.listPublished({ now: deps.now(), limit: 1, offset: 0 });
  if (existing.total > 0) return { loaded: false, articles: 0, pages: 0 };

  const authorIds = new Map<string, number>();
  for (const a of demoAuthors) {
    const found = await deps.users.findAuthorBySlug(a.slug);
    const id =
      found?.id ??
      (await deps.users.create(
        { email: a.email, name: a.name, slug: a.slug, bio: a.bio, role: 'author', passwordHash: null },
        deps.now(),
      ));
    authorIds.set(a.slug, id);
  }
  const tagIds = new Map<string, number>();
  for (const t of demoTags) tagIds.set(t.slug, (await deps.tags.upsert(t)).id);
  onProgress(`${authorIds.size} authors, ${tagIds.size} tags`);

  const idOf = <T>(map: Map<string, T>, key: string): T => {
    const v = map.get(key);
    if (v === undefined) throw new Error(`demo content refers to unknown "${key}"`);
    return v;
  };
  const stories = new Map<string, number[]>();
  for (const [i, a] of demoArticles.entries()) {
    const id = await saveArticle(deps, {
      kind: 'post',
      title: a.title,
      slug: a.slug,
      excerpt: a.excerpt,
      bodyMarkdown: a.bodyMarkdown,
      status: 'published',
      authorId: idOf(authorIds, a.authorSlug),
      language: a.language,
      featureImage: a.featureImage ?? null,
      publishedAt: a.publishedAt,
      tagIds: a.tagSlugs.map((s) => idOf(tagIds, s)),
      createdAt: a.publishedAt,
      updatedAt: a.updatedAt ?? a.publishedAt,
    });
    if (a.story) stories.set(a.story, [...(stories.get(a.story) ?? []), id]);
    onProgress(`article ${i + 1}/${demoArticles.length}: ${a.title}`);
  }
  for (const [story, ids] of stories) await deps.translations.assign(ids, `silkpress-demo:${story}`);
  const firstAuthor = idOf(authorIds, demoAuthors[0]?.slug ?? '');
  for (const p of demoPages) {
    await saveArticle(deps, {
      kind: 'page',
      title: p.title,
      slug: p.slug,
      bodyMarkdown: p.bodyMarkdown,
      status: 'published',
      authorId: firstAuthor,
      language: p.language,
      publishedAt: demoArticles[0]?.publishedAt ?? deps.now().toISOString(),
      commentsOpen: false,
    });
  }
  const stored = await deps.settings.readAll();
  if (stored.title === undefined) {
    await deps.settings.write(
      {
        title: 'Silk Road Dispatch',
        tagline: 'China and Central Asia, from the ground',
        description:
          'Independent reporting on summits, trade, energy, transport and people between China and Central Asia.',
        language: 'en',
      },
      deps.now(),
    );
  }
  await deps.changes.publish(['*']);
  return { loaded: true, articles: demoArticles.length, pages: demoPages.length };
}
