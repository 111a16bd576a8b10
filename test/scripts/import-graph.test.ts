// The layering check judges known graphs the way the rules say.
import { describe, expect, it } from 'vitest';
import { checkGraph } from '../../scripts/import-graph/check.ts';
import { circles } from '../../scripts/import-graph/graph.ts';

function graphOf(edges: Array<[string, string]>) {
  const files = [...new Set(edges.flat())].sort();
  return { files, edges: edges.map(([from, to]) => ({ from, to })) };
}

describe('import graph check', () => {
  it('finds circles of files, including long ones, and none in a chain', () => {
    expect(
      circles(
        ['a', 'b', 'c', 'd'],
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
        ]).edges,
      ),
    ).toEqual([['a', 'b', 'c']]);
    expect(
      circles(
        ['a', 'b', 'c'],
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
        ]).edges,
      ),
    ).toEqual([]);
  });

  it('accepts imports pointing down and refuses those running back up', () => {
    const report = checkGraph(
      graphOf([
        ['http/public/routes.ts', 'content/article.ts'],
        ['content/article.ts', 'kernel/slug.ts'],
        ['db/migrations/007.ts', 'content/markdown.ts'],
      ]),
    );
    expect(report.upward).toEqual([{ from: 'db/migrations/007.ts', to: 'content/markdown.ts' }]);
    expect(report.folderCircles).toEqual([]);
  });

  it("lets a feature use another feature's index.ts, not its internals", () => {
    const report = checkGraph(
      graphOf([
        ['comments/post-comment.ts', 'spam/index.ts'],
        ['comments/moderation.ts', 'users/permissions.ts'],
      ]),
    );
    expect(report.beside).toEqual([{ from: 'comments/moderation.ts', to: 'users/permissions.ts' }]);
  });

  it('keeps HTTP surfaces apart except through shared/', () => {
    const report = checkGraph(
      graphOf([
        ['http/comments/post-route.ts', 'http/shared/params.ts'],
        ['http/comments/feed-routes.ts', 'http/feeds/build-feed.ts'],
        ['http/app.ts', 'http/admin/plugin.ts'],
      ]),
    );
    expect(report.beside).toEqual([{ from: 'http/comments/feed-routes.ts', to: 'http/feeds/build-feed.ts' }]);
  });

  it('finds a circle between two features even through their public entries', () => {
    const report = checkGraph(
      graphOf([
        ['users/accounts.ts', 'content/index.ts'],
        ['content/index.ts', 'content/editor.ts'],
        ['content/editor.ts', 'users/index.ts'],
        ['users/index.ts', 'users/accounts.ts'],
      ]),
    );
    expect(report.beside).toEqual([]);
    expect(report.folderCircles).toEqual([['content', 'users']]);
  });

  it('names parts the layering does not place', () => {
    expect(checkGraph(graphOf([['wxr-wiring.ts', 'content/index.ts']])).unplaced).toEqual(['wxr-wiring.ts']);
  });

  it('keeps the pure WXR folders free of I/O: no sibling orchestration, repository, db or fs', () => {
    const w = 'importers/wxr';
    const report = checkGraph({
      ...graphOf([
        [`${w}/parse/parse-wxr.ts`, `${w}/parse/wxr-records.ts`],
        [`${w}/convert/import-prepare.ts`, 'content/index.ts'],
        [`${w}/convert/html-text.ts`, 'kernel/clean-text.ts'],
        [`${w}/export/write-wxr.ts`, `${w}/parse/wxr-values.ts`],
        [`${w}/convert/import-prepare.ts`, `${w}/wxr-import-repo.ts`],
        [`${w}/export/write-wxr.ts`, 'content/article-repo.ts'],
        [`${w}/parse/parse-wxr.ts`, 'db/schema.ts'],
        [`${w}/import-wxr.ts`, 'db/schema.ts'],
      ]),
      externals: [
        { from: `${w}/parse/parse-wxr.ts`, spec: 'saxes' },
        { from: `${w}/convert/silkpress-meta.ts`, spec: 'node:crypto' },
        { from: `${w}/convert/convert-content.ts`, spec: 'node:fs' },
        { from: `${w}/export/write-wxr.ts`, spec: 'kysely' },
        { from: `${w}/convert-pool.ts`, spec: 'node:worker_threads' },
      ],
    });
    expect(report.impure).toEqual([
      { from: `${w}/convert/import-prepare.ts`, to: `${w}/wxr-import-repo.ts` },
      { from: `${w}/export/write-wxr.ts`, to: 'content/article-repo.ts' },
      { from: `${w}/parse/parse-wxr.ts`, to: 'db/schema.ts' },
      { from: `${w}/convert/convert-content.ts`, to: 'node:fs' },
      { from: `${w}/export/write-wxr.ts`, to: 'kysely' },
    ]);
  });
});
