// Answers read from the database, kept while its content is unchanged (Dialect.contentVersion):
// the repositories' reads of every article page (the article by slug, its neighbours, the related
// posts, the comment thread). A dialect without a version (PostgreSQL) keeps nothing, so every
// read goes to the database.
import type { Dialect } from './dialect.ts';

/** What an answer is kept in: a bounded memo or cache the caller sizes. */
export interface VersionedStore<K, V> {
  get(key: K): { version: string; value: V } | undefined;
  set(key: K, kept: { version: string; value: V }): void;
}

/** Answers by key, each valid for the database content it was read from. */
export class KeptByVersion<K, V> {
  constructor(
    private readonly dialect: Pick<Dialect, 'contentVersion'>,
    private readonly store: VersionedStore<K, V>,
  ) {}

  /**
   * The database content now, or null (nothing is kept). Read it before the query: a write after
   * it, even during the query, then makes the answer kept stale rather than wrong.
   */
  version(): string | null {
    return this.dialect.contentVersion();
  }

  /** The answer kept for `key` when it was read from content `version`. */
  get(key: K, version: string | null): V | undefined {
    if (version === null) return undefined;
    const kept = this.store.get(key);
    return kept !== undefined && kept.version === version ? kept.value : undefined;
  }

  /** Keeps `value` for `key`, read from content `version` (nothing when it is null). */
  set(key: K, version: string | null, value: V): void {
    if (version !== null) this.store.set(key, { version, value });
  }
}
