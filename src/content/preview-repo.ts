// Private preview links in the database: only the SHA-256 of each token is stored.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** A preview link as the editor sees it (never the token itself, which is shown once). */
export interface PreviewLink {
  id: number;
  articleId: number;
  createdBy: number | null;
  createdAt: string;
  revokedAt: string | null;
}

/** Kysely implementation of preview token storage. */
export class PreviewRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a new token hash for an article; returns the link id. */
  async create(articleId: number, tokenHash: string, createdBy: number | null, now: Date): Promise<number> {
    const row = await this.db
      .insertInto('preview_tokens')
      .values({
        article_id: articleId,
        token_hash: tokenHash,
        created_by: createdBy,
        created_at: now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** The article a live (not revoked) token opens, or null. */
  async findArticleId(tokenHash: string): Promise<number | null> {
    const row = await this.db
      .selectFrom('preview_tokens')
      .select('article_id')
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row?.article_id ?? null;
  }

  /** Links of an article, newest first. */
  async list(articleId: number): Promise<PreviewLink[]> {
    const rows = await this.db
      .selectFrom('preview_tokens')
      .select(['id', 'article_id', 'created_by', 'created_at', 'revoked_at'])
      .where('article_id', '=', articleId)
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      articleId: r.article_id,
      createdBy: r.created_by,
      createdAt: r.created_at,
      revokedAt: r.revoked_at,
    }));
  }

  /** Revokes one link of an article; false when there was no such live link. */
  async revoke(articleId: number, id: number, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('preview_tokens')
      .set({ revoked_at: now.toISOString() })
      .where('id', '=', id)
      .where('article_id', '=', articleId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
