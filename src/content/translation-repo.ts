// Translation groups in the database (Kysely, both dialects): the members of a group, moving
// articles in and out of one, the articles an editor may pick as translations, and the languages
// that have public posts (the per-language front doors).
import { type Kysely, sql } from 'kysely';
import { isUniqueViolation } from '../db/dialect.ts';
import { literalLimit, QueryTemplates } from '../db/query-template.ts';
import type { Database } from '../db/schema.ts';
import type { ArticleKind, ArticleStatus } from './article.ts';
import { EditorialError } from './editorial-error.ts';
import type { TranslationMember } from './translation.ts';

/** What the editor's translation picker asks for. */
export interface TranslationCandidateFilter {
  kind: ArticleKind;
  /** The article being edited: its own group and language are left out. */
  articleId: number;
  /** Words of the title or slug (case-insensitive for Latin script on SQLite, any on PostgreSQL). */
  query?: string;
  limit: number;
}

const memberColumns = [
  'a.id',
  'a.kind',
  'a.slug',
  'a.title',
  'a.language',
  'a.status',
  'a.published_at',
  'a.author_id',
  'a.translation_group',
] as const;

type MemberRow = {
  id: number;
  kind: string;
  slug: string;
  title: string;
  language: string;
  status: string;
  published_at: string | null;
  author_id: number;
  translation_group: string | null;
};

const toMember = (r: MemberRow): TranslationMember => ({
  id: r.id,
  kind: r.kind as ArticleKind,
  slug: r.slug,
  title: r.title,
  language: r.language,
  status: r.status as ArticleStatus,
  publishedAt: r.published_at,
  authorId: r.author_id,
  group: r.translation_group,
});

/**
 * True when `err` is the unique index of migration 020 refusing a second article of one language
 * in a translation group (PostgreSQL names the index; SQLite names the columns).
 */
export function isTranslationLanguageViolation(err: unknown): boolean {
  if (!isUniqueViolation(err)) return false;
  const e = err as { constraint?: unknown; message?: unknown };
  return (
    e.constraint === 'articles_translation_language' ||
    (typeof e.message === 'string' && e.message.includes('articles.translation_group'))
  );
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Kysely implementation of translation-group storage. */
export class TranslationRepo {
  /** The article page asks for its group on every render (see db/query-template.ts). */
  private readonly templates = new QueryTemplates(20);

  constructor(private readonly db: Kysely<Database>) {}

  /** Every article of group `group` (whatever its status), by id. */
  async membersOfGroup(group: string): Promise<TranslationMember[]> {
    const rows = await this.templates.rows(this.db, 'members', [group], ([group]) =>
      this.db
        .selectFrom('articles as a')
        .select(memberColumns)
        .where('a.translation_group', '=', group)
        .orderBy('a.id'),
    );
    return rows.map(toMember);
  }

  /** An article as a group member and the members of its group (itself included), or null. */
  async groupOf(
    articleId: number,
  ): Promise<{ article: TranslationMember; group: TranslationMember[] } | null> {
    const row = await this.db
      .selectFrom('articles as a')
      .select(memberColumns)
      .where('a.id', '=', articleId)
      .executeTakeFirst();
    if (!row) return null;
    const article = toMember(row);
    return { article, group: article.group === null ? [article] : await this.membersOfGroup(article.group) };
  }

  /**
   * Gives the articles `ids` the group key `group` (null: no group), all or none, in one
   * transaction. `expected` is each article's group when the link was planned: an article that
   * another link or unlink moved meanwhile is not moved again, and the whole change is refused
   * with CONFLICT. So is a concurrent link that already put another article of the same language
   * in the group (the unique index of migration 020). Neither dialect's raw error reaches the
   * caller: on PostgreSQL the second of two concurrent links waits for the first's rows and then
   * sees their new group; SQLite runs one writer at a time.
   */
  async assign(
    ids: number[],
    group: string | null,
    expected?: ReadonlyMap<number, string | null>,
  ): Promise<void> {
    if (ids.length === 0) return;
    const refuse = () =>
      new EditorialError(
        'CONFLICT',
        'These translations were changed by someone else meanwhile (another link or unlink). Reload and try again.',
        undefined,
        { code: 'translations-changed' },
      );
    try {
      await this.db.transaction().execute(async (trx) => {
        // The ids by the group they are expected to be in ('' for none; all of them when unknown).
        const byGroup = new Map<string | null | undefined, number[]>();
        for (const id of ids) {
          const was = expected ? (expected.has(id) ? expected.get(id) : undefined) : undefined;
          byGroup.set(was, [...(byGroup.get(was) ?? []), id]);
        }
        let moved = 0;
        for (const [was, some] of byGroup) {
          let q = trx.updateTable('articles').set({ translation_group: group }).where('id', 'in', some);
          if (was === null) q = q.where('translation_group', 'is', null);
          else if (was !== undefined) q = q.where('translation_group', '=', was);
          const result = await q.executeTakeFirst();
          moved += Number(result.numUpdatedRows);
        }
        if (moved !== ids.length) throw refuse();
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw refuse();
      throw err;
    }
  }

  /**
   * Articles an editor may link as translations of `articleId`: of its kind, not in the trash,
   * of another language, not already in its group; most recently updated first.
   */
  async candidates(f: TranslationCandidateFilter): Promise<TranslationMember[]> {
    const self = () => this.db.selectFrom('articles').where('id', '=', f.articleId);
    let q = this.db
      .selectFrom('articles as a')
      .select(memberColumns)
      .where('a.kind', '=', f.kind)
      .where('a.status', '!=', 'trash')
      .where('a.id', '!=', f.articleId)
      .where((eb) => eb(eb.fn('lower', ['a.language']), '!=', eb.fn('lower', [self().select('language')])))
      .where((eb) =>
        eb.or([
          eb('a.translation_group', 'is', null),
          eb(
            'a.translation_group',
            '!=',
            eb.fn.coalesce(self().select('translation_group'), sql.lit('')) as never,
          ),
        ]),
      );
    const words = f.query?.trim();
    if (words) {
      const typed = `%${escapeLike(words)}%`;
      const lower = `%${escapeLike(words.toLowerCase())}%`;
      // ESCAPE is explicit: SQLite has no default escape character for LIKE. SQLite's lower()
      // folds only ASCII, so the words as typed are tried too.
      q = q.where(
        sql<boolean>`(lower(a.title) like ${lower} escape '\\' or a.title like ${typed} escape '\\'
          or a.slug like ${lower} escape '\\')`,
      );
    }
    const rows = await q
      .orderBy('a.updated_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(literalLimit(f.limit))
      .execute();
    return rows.map(toMember);
  }

  /** The languages of public posts at `now` (as stored), for the per-language front doors. */
  async publicLanguages(now: Date): Promise<string[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select('language')
      .distinct()
      .where('kind', '=', 'post')
      .where('status', '=', 'published')
      .where('published_at', '<=', now.toISOString())
      .orderBy('language')
      .execute();
    return rows.map((r) => r.language);
  }
}
