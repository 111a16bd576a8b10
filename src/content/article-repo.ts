// Articles and pages in the database (Kysely, both dialects): the reads (article-read-repo.ts)
// and the writes (article-write-repo.ts) over one database, as the one repository the
// composition root builds. Callers name the part they use (`Pick<ArticleRepo, …>`).
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import { ArticleReadRepo } from './article-read-repo.ts';
import type { ArticleInput, WriteOptions } from './article-storage.ts';
import { ArticleWriteRepo } from './article-write-repo.ts';

/** Kysely implementation of article storage: every read, and the writes that keep tags and the index in step. */
export class ArticleRepo extends ArticleReadRepo {
  private readonly writes: ArticleWriteRepo;

  constructor(db: Kysely<Database>, dialect: Dialect) {
    super(db, dialect);
    this.writes = new ArticleWriteRepo(db, dialect);
  }

  /** Inserts an article with its tags and index entry; returns its id. */
  create(input: ArticleInput, now: Date, options?: WriteOptions): Promise<number> {
    return this.writes.create(input, now, options);
  }

  /** Replaces an article's fields, tags and index entry (false: `expectedVersion` did not match). */
  update(id: number, input: ArticleInput, now: Date, options?: WriteOptions): Promise<boolean> {
    return this.writes.update(id, input, now, options);
  }

  /** Deletes an article with its tags, revisions, preview links and index entry. */
  remove(id: number): Promise<void> {
    return this.writes.remove(id);
  }
}
