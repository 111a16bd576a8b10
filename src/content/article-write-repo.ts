// Writing articles and pages (Kysely, both dialects): each write is one transaction that keeps
// the article's tags and its full-text index entry in step with its fields.
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import { toColumns } from './article-rows.ts';
import type { ArticleInput, WriteOptions } from './article-storage.ts';
import { EditorialError } from './editorial-error.ts';
import { segmentForIndex } from './search-text.ts';
import { isTranslationLanguageViolation } from './translation-repo.ts';

/** Kysely implementation of article storage's writes. */
export class ArticleWriteRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /** Inserts an article with its tags and index entry; returns its id. */
  async create(input: ArticleInput, now: Date, options: WriteOptions = {}): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const stamp = now.toISOString();
      const row = await trx
        .insertInto('articles')
        .values({
          ...toColumns(input),
          created_at: input.createdAt ?? stamp,
          updated_at: input.updatedAt ?? stamp,
          last_editor_id: options.editorId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeTags(trx, row.id, input.tagIds);
      await this.dialect.indexArticle(
        trx,
        row.id,
        segmentForIndex(input.title),
        segmentForIndex(input.bodyText),
      );
      return row.id;
    });
  }

  /**
   * Replaces an article's fields, tags and index entry and bumps its version. With
   * `expectedVersion`, changes nothing and returns false when the stored version differs
   * (someone else saved meanwhile); the check and the write are one statement.
   */
  async update(id: number, input: ArticleInput, now: Date, options: WriteOptions = {}): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      let q = trx
        .updateTable('articles')
        .set((eb) => ({
          ...toColumns(input),
          updated_at: input.updatedAt ?? now.toISOString(),
          version: eb('version', '+', 1),
          ...(options.editorId !== undefined ? { last_editor_id: options.editorId } : {}),
        }))
        .where('id', '=', id);
      if (options.expectedVersion !== undefined) q = q.where('version', '=', options.expectedVersion);
      const result = await q.executeTakeFirst().catch((err: unknown) => {
        // A translation in the new language was linked after the save checked (publishing.ts).
        if (!isTranslationLanguageViolation(err)) throw err;
        throw new EditorialError(
          'VALIDATION_FAILED',
          `Another translation of this article is already in ${input.language}: it was linked meanwhile. Unlink it first, or choose another language.`,
          'language',
        );
      });
      if (Number(result.numUpdatedRows) === 0) return false;
      await trx.deleteFrom('article_tags').where('article_id', '=', id).execute();
      await writeTags(trx, id, input.tagIds);
      await this.dialect.indexArticle(trx, id, segmentForIndex(input.title), segmentForIndex(input.bodyText));
      return true;
    });
  }

  /** Deletes an article with its tags, revisions, preview links and index entry. */
  async remove(id: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.dialect.removeFromIndex(trx, id);
      await trx.deleteFrom('articles').where('id', '=', id).execute();
    });
  }
}

/** Links an article to its tags, in the order given (duplicates dropped). */
async function writeTags(trx: Kysely<Database>, articleId: number, tagIds: number[]): Promise<void> {
  const unique = [...new Set(tagIds)];
  if (unique.length === 0) return;
  await trx
    .insertInto('article_tags')
    .values(unique.map((tagId, position) => ({ article_id: articleId, tag_id: tagId, position })))
    .execute();
}
