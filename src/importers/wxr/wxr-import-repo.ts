// Storage for the WordPress import (Kysely, both dialects): the import map, bulk inserts of
// articles and comments (a statement per few hundred rows, not per row), and redirects.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { ArticleKind } from '../../content/index.ts';
import { type Dialect, lockForUpdate } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import { VerdictRepo } from '../../spam/index.ts';
import type {
  ImportedArticle,
  ImportedComment,
  ImportMapKind,
  ImportStore,
  TransactionalImportStore,
} from './import-types.ts';

// Rows per multi-row INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
const ROWS_PER_STATEMENT = 400;

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Kysely implementation of the import step's store. */
export class WxrImportRepo implements TransactionalImportStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /** Runs `fn` in one transaction: all of it is written, or none. */
  transaction<T>(fn: (store: ImportStore) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new WxrImportRepo(trx, this.dialect)));
  }

  /** Silkpress ids of records imported before, by source key. */
  async mappedIds(kind: ImportMapKind, keys: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const part of chunks([...new Set(keys)], 2000)) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('import_map')
        .select(['source_key', 'target_id'])
        .where('kind', '=', kind)
        .where('source_key', 'in', part)
        .execute();
      for (const r of rows) out.set(r.source_key, Number(r.target_id));
    }
    return out;
  }

  /** Records imported records (a key seen again keeps its first target). */
  async addMappings(
    kind: ImportMapKind,
    entries: Array<{ key: string; id: number }>,
    now: Date,
  ): Promise<void> {
    const stamp = now.toISOString();
    for (const part of chunks(entries, ROWS_PER_STATEMENT)) {
      await this.db
        .insertInto('import_map')
        .values(part.map((e) => ({ kind, source_key: e.key, target_id: e.id, created_at: stamp })))
        .onConflict((oc) => oc.columns(['kind', 'source_key']).doNothing())
        .execute();
    }
  }

  /** The user with this id, email (case-insensitive) or slug, or null. */
  async findUserId(by: { email?: string; slug?: string; id?: number }): Promise<number | null> {
    let q = this.db.selectFrom('users').select('id');
    if (by.id !== undefined) q = q.where('id', '=', by.id);
    else if (by.email) q = q.where('email', '=', by.email.trim().toLowerCase());
    else if (by.slug) q = q.where('slug', '=', by.slug);
    else return null;
    const row = await q.executeTakeFirst();
    return row ? row.id : null;
  }

  /** True when a user has this slug. */
  async userSlugTaken(slug: string): Promise<boolean> {
    return (await this.findUserId({ slug })) !== null;
  }

  /** A contributor without a password: credited on articles, cannot log in until given one. */
  async createContributor(user: { email: string; name: string; slug: string }, now: Date): Promise<number> {
    const stamp = now.toISOString();
    const row = await this.db
      .insertInto('users')
      .values({
        email: user.email.trim().toLowerCase(),
        name: user.name,
        slug: user.slug,
        bio: '',
        role: 'contributor',
        status: 'active',
        password_hash: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** The tag with this slug, or null. */
  async findTagId(slug: string): Promise<number | null> {
    const row = await this.db.selectFrom('tags').select('id').where('slug', '=', slug).executeTakeFirst();
    return row ? row.id : null;
  }

  /** Inserts a tag; returns its id. */
  async createTag(tag: { slug: string; name: string; description: string }): Promise<number> {
    const row = await this.db.insertInto('tags').values(tag).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  /** Which of `slugs` articles of `kind` already use. */
  async takenSlugs(kind: ArticleKind, slugs: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of chunks([...new Set(slugs)], 2000)) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('articles')
        .select('slug')
        .where('kind', '=', kind)
        .where('slug', 'in', part)
        .execute();
      for (const r of rows) out.add(r.slug);
    }
    return out;
  }

  async takenTranslationSlots(groups: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const part of chunks([...new Set(groups)], 2000)) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('articles')
        .select(['translation_group', 'language'])
        .where('translation_group', 'in', part)
        .execute();
      for (const r of rows) out.add(`${r.translation_group}|${r.language.toLowerCase()}`);
    }
    return out;
  }

  /**
   * Inserts articles, their tags and search entries. Ids come back in the order of the VALUES
   * list: both SQLite and PostgreSQL return RETURNING rows of a multi-row INSERT in insertion
   * order (the same guarantee Django's and Rails' bulk inserts rely on).
   */
  async insertArticles(rows: ImportedArticle[]): Promise<number[]> {
    const ids: number[] = [];
    for (const part of chunks(rows, ROWS_PER_STATEMENT)) {
      const inserted = await this.db
        .insertInto('articles')
        .values(
          part.map((a) => ({
            kind: a.kind,
            title: a.title,
            slug: a.slug,
            excerpt: a.excerpt,
            excerpt_auto: a.excerptAuto ? 1 : 0,
            body_md: a.bodyMarkdown,
            body_html: a.bodyHtml,
            body_text: a.bodyText,
            status: a.status,
            author_id: a.authorId,
            language: a.language,
            translation_group: a.translationGroup ?? null,
            feature_image: a.featureImage?.src ?? null,
            feature_image_alt: a.featureImage?.alt ?? null,
            seo_title: a.seoTitle,
            seo_description: a.seoDescription,
            comments_open: a.commentsOpen ? 1 : 0,
            published_at: a.publishedAt,
            created_at: a.createdAt,
            updated_at: a.updatedAt,
          })),
        )
        .returning('id')
        .execute();
      ids.push(...inserted.map((r) => r.id));
    }
    const tagRows = rows.flatMap((a, i) =>
      [...new Set(a.tagIds)].map((tagId, position) => ({
        article_id: ids[i] as number,
        tag_id: tagId,
        position,
      })),
    );
    for (const part of chunks(tagRows, ROWS_PER_STATEMENT * 4)) {
      await this.db.insertInto('article_tags').values(part).execute();
    }
    await this.dialect.indexArticles(
      this.db,
      rows.map((a, i) => ({ id: ids[i] as number, title: a.indexTitle, body: a.indexBody })),
    );
    return ids;
  }

  /** Inserts comments (parents unset); ids in the order given (see insertArticles). */
  async insertComments(rows: ImportedComment[]): Promise<number[]> {
    const ids: number[] = [];
    const reasons = JSON.stringify([{ code: 'imported', detail: 'WordPress' }]);
    for (const part of chunks(rows, ROWS_PER_STATEMENT)) {
      const inserted = await this.db
        .insertInto('comments')
        .values(
          part.map((c) => ({
            article_id: c.articleId,
            parent_id: null,
            type: c.type,
            status: c.status,
            author_name: c.authorName,
            author_email: c.authorEmail,
            author_url: c.authorUrl,
            author_user_id: c.authorUserId,
            ip: c.ip,
            user_agent: null,
            content: c.content,
            dedupe_key: null,
            reasons,
            created_at: c.createdAt,
            updated_at: c.createdAt,
            approved_at: c.status === 'approved' ? c.createdAt : null,
          })),
        )
        .returning('id')
        .execute();
      ids.push(...inserted.map((r) => r.id));
    }
    return ids;
  }

  /** Sets reply parents, one statement per few hundred comments. */
  async setCommentParents(pairs: Array<{ id: number; parentId: number }>): Promise<void> {
    for (const part of chunks(pairs, ROWS_PER_STATEMENT)) {
      const cases = sql.join(
        part.map((p) => sql`WHEN CAST(${p.id} AS INTEGER) THEN CAST(${p.parentId} AS INTEGER)`),
        sql` `,
      );
      await this.db
        .updateTable('comments')
        .set({ parent_id: sql<number>`CASE id ${cases} END` })
        .where(
          'id',
          'in',
          part.map((p) => p.id),
        )
        .execute();
    }
  }

  /** The stored spam model delta (row locked on PostgreSQL until the batch commits). */
  async loadSpamModel(): Promise<{ version: number; delta: string } | null> {
    const row = await lockForUpdate(
      this.dialect,
      this.db.selectFrom('spam_model').select(['version', 'delta']).where('id', '=', 1),
    ).executeTakeFirst();
    return row ? { version: Number(row.version), delta: row.delta } : null;
  }

  /** The stored spam model's version (row locked on PostgreSQL); null on a fresh site. */
  async spamModelVersion(): Promise<number | null> {
    const row = await lockForUpdate(
      this.dialect,
      this.db.selectFrom('spam_model').select('version').where('id', '=', 1),
    ).executeTakeFirst();
    return row ? Number(row.version) : null;
  }

  /** Stores a new spam model delta in this repository's transaction; returns its version. */
  saveSpamModel(delta: string, now: Date): Promise<number> {
    return new VerdictRepo(this.db).saveModel(delta, now);
  }

  /** Learning updates each source already contributed. */
  async spamSourceUpdates(keys: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const part of chunks([...new Set(keys)], 2000)) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('spam_sources')
        .select(['source_key', 'updates'])
        .where('source_key', 'in', part)
        .execute();
      for (const r of rows) out.set(r.source_key, Number(r.updates));
    }
    return out;
  }

  /** Adds learning updates to sources, a statement per few hundred. */
  async addSpamSourceUpdates(added: Map<string, number>, now: Date): Promise<void> {
    const stamp = now.toISOString();
    for (const part of chunks([...added], ROWS_PER_STATEMENT)) {
      await this.db
        .insertInto('spam_sources')
        .values(part.map(([key, n]) => ({ source_key: key, updates: n, updated_at: stamp })))
        .onConflict((oc) =>
          oc.column('source_key').doUpdateSet({
            updates: sql`spam_sources.updates + excluded.updates`,
            updated_at: stamp,
          }),
        )
        .execute();
    }
  }

  /** Adds redirects; a legacy path already redirected keeps its first target. */
  async addRedirects(entries: Array<{ from: string; to: string }>, now: Date): Promise<void> {
    const stamp = now.toISOString();
    const unique = [...new Map(entries.map((e) => [e.from, e])).values()];
    for (const part of chunks(unique, ROWS_PER_STATEMENT)) {
      await this.db
        .insertInto('redirects')
        .values(part.map((e) => ({ from_path: e.from, to_path: e.to, created_at: stamp })))
        .onConflict((oc) => oc.column('from_path').doNothing())
        .execute();
    }
  }
}
