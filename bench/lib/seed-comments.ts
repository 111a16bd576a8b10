// Approved comments for the bench pages: distinct readers, a quarter of them replies, Markdown and
// a link in each, a minute apart after the article's publication.
import type { CommentRepo } from '../../src/comments/comment-repo.ts';

/** Inserts `count` approved comments on one article; returns their ids in order. */
export async function seedApprovedComments(
  repo: CommentRepo,
  articleId: number,
  count: number,
  publishedAt: string | null,
): Promise<number[]> {
  const start = Date.parse(publishedAt ?? '2026-01-01T00:00:00Z');
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const parentId = i % 4 === 3 ? (ids[ids.length - 2] ?? null) : null;
    const id = await repo.insert(
      {
        articleId,
        parentId,
        status: 'approved',
        authorName: `Reader ${i}`,
        authorEmail: `reader${i}@example.com`,
        authorUrl: i % 3 === 0 ? `https://reader${i}.example` : null,
        ip: '192.0.2.1',
        userAgent: 'bench',
        content:
          `Comment ${i}: *thoughtful* remarks on the article, with a link https://example.org/${i} ` +
          `and\na second line about the ${i % 2 ? 'pipeline' : 'railway'} timetable.`,
        dedupeKey: null,
        reasons: [],
      },
      { userId: null, name: 'bench' },
      new Date(start + (i + 1) * 60_000),
    );
    ids.push(id);
  }
  return ids;
}
