// Article revisions in the database (Kysely, both dialects).
import type { Kysely, Selectable } from 'kysely';
import type { ArticleRevisionsTable, Database } from '../db/schema.ts';
import { parseRevisionFields, type Revision, type RevisionFields, revisionsToPrune } from './revision.ts';

/** A revision to store. */
export interface NewRevision {
  articleId: number;
  articleVersion: number;
  autosave: boolean;
  editorId: number | null;
  title: string;
  bodyMarkdown: string;
  fields: RevisionFields;
}

const emptyFields: RevisionFields = {
  slug: '',
  excerpt: '',
  authorId: 0,
  language: 'en',
  tagIds: [],
  featureImage: null,
  seoTitle: null,
  seoDescription: null,
  commentsOpen: true,
};

type Row = Selectable<ArticleRevisionsTable> & { editor_name: string | null };

/** Kysely implementation of revision storage. */
export class RevisionRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Stores a revision. An autosave replaces the same editor's previous autosave of the article,
   * so typing never floods the history; saved revisions beyond `keep` are pruned.
   */
  async add(rev: NewRevision, now: Date, keep?: number): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      if (rev.autosave) {
        let q = trx
          .deleteFrom('article_revisions')
          .where('article_id', '=', rev.articleId)
          .where('autosave', '=', 1);
        q =
          rev.editorId === null ? q.where('editor_id', 'is', null) : q.where('editor_id', '=', rev.editorId);
        await q.execute();
      }
      const row = await trx
        .insertInto('article_revisions')
        .values({
          article_id: rev.articleId,
          article_version: rev.articleVersion,
          autosave: rev.autosave ? 1 : 0,
          editor_id: rev.editorId,
          title: rev.title,
          body_md: rev.bodyMarkdown,
          fields: JSON.stringify(rev.fields),
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (!rev.autosave) {
        const saved = await trx
          .selectFrom('article_revisions')
          .select('id')
          .where('article_id', '=', rev.articleId)
          .where('autosave', '=', 0)
          .orderBy('id', 'desc')
          .execute();
        const doomed = revisionsToPrune(
          saved.map((r) => r.id),
          keep,
        );
        if (doomed.length > 0) await trx.deleteFrom('article_revisions').where('id', 'in', doomed).execute();
      }
      return row.id;
    });
  }

  /** Revisions of an article, newest first (autosaves included, flagged). */
  async list(articleId: number): Promise<Revision[]> {
    const rows = await this.base().where('r.article_id', '=', articleId).orderBy('r.id', 'desc').execute();
    return rows.map(toRevision);
  }

  /** One revision of one article, or null. */
  async find(articleId: number, id: number): Promise<Revision | null> {
    const row = await this.base()
      .where('r.article_id', '=', articleId)
      .where('r.id', '=', id)
      .executeTakeFirst();
    return row ? toRevision(row) : null;
  }

  /** The newest autosave of an article by this editor, or null. */
  async latestAutosave(articleId: number, editorId: number): Promise<Revision | null> {
    const row = await this.base()
      .where('r.article_id', '=', articleId)
      .where('r.autosave', '=', 1)
      .where('r.editor_id', '=', editorId)
      .orderBy('r.id', 'desc')
      .executeTakeFirst();
    return row ? toRevision(row) : null;
  }

  private base() {
    return this.db
      .selectFrom('article_revisions as r')
      .leftJoin('users as u', 'u.id', 'r.editor_id')
      .selectAll('r')
      .select('u.name as editor_name');
  }
}

function toRevision(r: Row): Revision {
  return {
    id: r.id,
    articleId: r.article_id,
    articleVersion: r.article_version,
    autosave: Number(r.autosave) === 1,
    editorId: r.editor_id,
    editorName: r.editor_name,
    title: r.title,
    bodyMarkdown: r.body_md,
    fields: parseRevisionFields(r.fields, emptyFields),
    createdAt: r.created_at,
  };
}
