// Two article columns.
//
// `excerpt_auto` (0/1): whether the excerpt is the automatic one (the start of the body, recomputed
// on every save) or the editor's own. Before this, the first save wrote the automatic excerpt
// into the row like any typed one, and it never followed later edits of the body. An existing
// excerpt counts as automatic when it equals the automatic excerpt of the current body, or of the
// body of one of the article's saved revisions (the body it was computed from when that save
// happened: exactly the stale case).
//
// `translation_group` (text, null): the key shared by an article and its translations, as far as
// an import could tell (Polylang's post_translations term, WPML's translation group); kept so a
// later translation feature, and the WXR export, can link them.
//
// Frozen: the plain text (frozen/markdown-plain-text.ts) and the excerpt rule below are copies of
// what saveArticle used when this migration was written (markdown.ts toPlainText and
// truncateText), not imports of live code.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../dialect.ts';
import { frozenPlainText } from './frozen/markdown-plain-text.ts';

const EXCERPT_CHARS = 220;

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/u, '')}…`;
}

interface Tables {
  articles: { id: number; excerpt: string; body_text: string; excerpt_auto: number };
  article_revisions: { id: number; article_id: number; autosave: number; body_md: string };
}

/** Adds the columns and decides, for every existing article, whether its excerpt is automatic. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('articles')
    .addColumn('excerpt_auto', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('articles').addColumn('translation_group', 'text').execute();
  await db.schema
    .createIndex('articles_translation_group')
    .on('articles')
    .columns(['translation_group'])
    .where(sql.ref('translation_group'), 'is not', null)
    .execute();

  const typed = db as unknown as Kysely<Tables>;
  const plainText = frozenPlainText();
  let after = 0;
  for (;;) {
    const rows = await typed
      .selectFrom('articles')
      .select(['id', 'excerpt', 'body_text'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute();
    if (rows.length === 0) break;
    const automatic: number[] = [];
    for (const r of rows) {
      if (r.excerpt.trim() === '' || r.excerpt === truncate(r.body_text, EXCERPT_CHARS)) {
        automatic.push(r.id);
        continue;
      }
      const revisions = await typed
        .selectFrom('article_revisions')
        .select('body_md')
        .where('article_id', '=', r.id)
        .where('autosave', '=', 0)
        .orderBy('id', 'desc')
        .execute();
      if (revisions.some((rev) => truncate(plainText(rev.body_md), EXCERPT_CHARS) === r.excerpt))
        automatic.push(r.id);
    }
    if (automatic.length > 0)
      await typed.updateTable('articles').set({ excerpt_auto: 1 }).where('id', 'in', automatic).execute();
    after = rows[rows.length - 1]!.id;
  }
}
