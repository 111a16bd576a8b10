// Reads the whole site for a WXR export (Kysely, both dialects), a page of articles at a time
// so a large site streams in bounded memory.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** An article as the export needs it. */
export interface ExportArticle {
  id: number;
  kind: string;
  title: string;
  slug: string;
  excerpt: string;
  /** True when the excerpt is the automatic one (exported empty, as WordPress keeps it). */
  excerptAuto: boolean;
  bodyMarkdown: string;
  status: string;
  /** BCP 47 tag. */
  language: string;
  translationGroup: string | null;
  authorSlug: string;
  seoTitle: string | null;
  seoDescription: string | null;
  commentsOpen: boolean;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  tags: Array<{ slug: string; name: string }>;
}

/** A comment as the export needs it. */
export interface ExportComment {
  id: number;
  articleId: number;
  parentId: number | null;
  type: string;
  status: string;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  authorUserId: number | null;
  ip: string | null;
  content: string;
  createdAt: string;
}

/** Kysely implementation of the export's reads. */
export class WxrExportRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Users credited on at least one article. */
  async listAuthors(): Promise<Array<{ id: number; slug: string; email: string; name: string }>> {
    return this.db
      .selectFrom('users as u')
      .select(['u.id', 'u.slug', 'u.email', 'u.name'])
      .where((eb) =>
        eb.exists(eb.selectFrom('articles as a').select('a.id').whereRef('a.author_id', '=', 'u.id')),
      )
      .orderBy('u.id')
      .execute();
  }

  /** Every tag. */
  async listTags(): Promise<Array<{ id: number; slug: string; name: string; description: string }>> {
    return this.db.selectFrom('tags').select(['id', 'slug', 'name', 'description']).orderBy('id').execute();
  }

  /** The languages articles are written in. */
  async listLanguages(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select('language')
      .distinct()
      .orderBy('language')
      .execute();
    return rows.map((r) => r.language);
  }

  /** Every translation group with its members' ids and languages (Polylang's post_translations). */
  async listTranslationGroups(): Promise<Map<string, Array<{ id: number; language: string }>>> {
    const rows = await this.db
      .selectFrom('articles')
      .select(['id', 'language', 'translation_group'])
      .where('translation_group', 'is not', null)
      .orderBy('id')
      .execute();
    const groups = new Map<string, Array<{ id: number; language: string }>>();
    for (const r of rows) {
      const key = r.translation_group as string;
      groups.set(key, [...(groups.get(key) ?? []), { id: r.id, language: r.language }]);
    }
    return groups;
  }

  /** Up to `limit` articles with an id above `afterId`, by id. */
  async articlesAfter(afterId: number, limit: number): Promise<ExportArticle[]> {
    const rows = await this.db
      .selectFrom('articles as a')
      .innerJoin('users as u', 'u.id', 'a.author_id')
      .select([
        'a.id',
        'a.kind',
        'a.title',
        'a.slug',
        'a.excerpt',
        'a.excerpt_auto',
        'a.body_md',
        'a.status',
        'a.language',
        'a.translation_group',
        'u.slug as author_slug',
        'a.seo_title',
        'a.seo_description',
        'a.comments_open',
        'a.published_at',
        'a.created_at',
        'a.updated_at',
      ])
      .where('a.id', '>', afterId)
      .orderBy('a.id')
      .limit(limit)
      .execute();
    const tags = new Map<number, Array<{ slug: string; name: string }>>();
    if (rows.length > 0) {
      const tagRows = await this.db
        .selectFrom('article_tags as at')
        .innerJoin('tags as t', 't.id', 'at.tag_id')
        .select(['at.article_id', 't.slug', 't.name'])
        .where(
          'at.article_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('at.article_id')
        .orderBy('at.position')
        .execute();
      for (const t of tagRows)
        tags.set(t.article_id, [...(tags.get(t.article_id) ?? []), { slug: t.slug, name: t.name }]);
    }
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      slug: r.slug,
      excerpt: r.excerpt,
      excerptAuto: Number(r.excerpt_auto) === 1,
      bodyMarkdown: r.body_md,
      status: r.status,
      language: r.language,
      translationGroup: r.translation_group,
      authorSlug: r.author_slug,
      seoTitle: r.seo_title,
      seoDescription: r.seo_description,
      commentsOpen: Number(r.comments_open) === 1,
      publishedAt: r.published_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      tags: tags.get(r.id) ?? [],
    }));
  }

  /** Every comment of these articles, oldest first. */
  async commentsOf(articleIds: number[]): Promise<ExportComment[]> {
    if (articleIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('comments')
      .selectAll()
      .where('article_id', 'in', articleIds)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((c) => ({
      id: c.id,
      articleId: c.article_id,
      parentId: c.parent_id,
      type: c.type,
      status: c.status,
      authorName: c.author_name,
      authorEmail: c.author_email,
      authorUrl: c.author_url,
      authorUserId: c.author_user_id,
      ip: c.ip,
      content: c.content,
      createdAt: c.created_at,
    }));
  }
}
