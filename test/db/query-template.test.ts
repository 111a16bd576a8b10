// Query templates compile a query once per shape and rerun its SQL with new values, on both
// databases; a value that does not reach the query as a parameter is refused.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { literalLimit, QueryTemplates } from '../../src/db/query-template.ts';
import { describeEachDialect } from '../support/test-db.ts';

describeEachDialect('query templates', (get) => {
  it('runs the compiled SQL again with each call’s values, raw templates and IN lists included', async () => {
    const { db } = get();
    await sql`INSERT INTO tags (slug, name, description) VALUES ('rail', 'Rail', ''), ('gas', 'Gas', ''), ('visa', 'Visas', '')`.execute(
      db,
    );
    const templates = new QueryTemplates();
    let builds = 0;
    const bySlug = (slug: string) =>
      templates.first(db, 'tag-by-slug', [slug], ([slug]) => {
        builds++;
        return db.selectFrom('tags').select(['slug', 'name']).where('slug', '=', slug);
      });
    expect(await bySlug('rail')).toEqual({ slug: 'rail', name: 'Rail' });
    expect(await bySlug('gas')).toEqual({ slug: 'gas', name: 'Gas' });
    expect(await bySlug('none')).toBeUndefined();
    expect(builds).toBe(1);

    const names = (slugs: string[]) =>
      templates.rows(db, `names:${slugs.length}`, slugs, (slugs) =>
        db.selectFrom('tags').select('name').where('slug', 'in', slugs).orderBy('name').limit(10),
      );
    expect(await names(['visa', 'rail'])).toEqual([{ name: 'Rail' }, { name: 'Visas' }]);
    expect(await names(['gas'])).toEqual([{ name: 'Gas' }]);
    expect(await names(['gas', 'visa'])).toEqual([{ name: 'Gas' }, { name: 'Visas' }]);

    const raw = (prefix: string) =>
      templates.rows(
        db,
        'raw-prefix',
        [`${prefix}%`],
        ([pattern]) => sql<{ slug: string }>`SELECT slug FROM tags WHERE slug LIKE ${pattern} ORDER BY slug`,
      );
    expect(await raw('r')).toEqual([{ slug: 'rail' }]);
    expect(await raw('v')).toEqual([{ slug: 'visa' }]);
  });

  it('refuses a value the query does not take as a parameter', async () => {
    const { db } = get();
    const templates = new QueryTemplates();
    await expect(
      templates.rows(db, 'unused', ['rail', 2], ([slug]) =>
        db.selectFrom('tags').select('name').where('slug', '=', slug),
      ),
    ).rejects.toThrow(/every value must reach the query/);
  });

  it('writes a literal limit into the SQL, in builder and raw queries; only whole numbers', async () => {
    const { db } = get();
    await sql`INSERT INTO tags (slug, name, description) VALUES ('a', 'A', ''), ('b', 'B', ''), ('c', 'C', '')`.execute(
      db,
    );
    const templates = new QueryTemplates();
    const first = (limit: number, from: string) =>
      templates.rows(db, `first:${limit}`, [from], ([from]) =>
        db
          .selectFrom('tags')
          .select('slug')
          .where('slug', '>=', from)
          .orderBy('slug')
          .limit(literalLimit(limit)),
      );
    expect(await first(2, 'a')).toEqual([{ slug: 'a' }, { slug: 'b' }]);
    expect(await first(1, 'b')).toEqual([{ slug: 'b' }]);
    expect(await first(0, 'a')).toEqual([]);
    const compiled = db.selectFrom('tags').select('slug').limit(literalLimit(7)).compile();
    expect(compiled.sql).toMatch(/limit 7$/);
    expect(compiled.parameters).toEqual([]);
    const raw = await sql<{
      slug: string;
    }>`SELECT slug FROM tags ORDER BY slug LIMIT ${literalLimit(1)}`.execute(db);
    expect(raw.rows).toEqual([{ slug: 'a' }]);
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 60]) expect(() => literalLimit(bad)).toThrow(RangeError);
  });
});
