import { describe, expect, it } from 'vitest';
import type { PublicComment } from './comment.ts';
import { type ShownThreadPage, showThreadPage, type ThreadPageStore } from './show-thread-page.ts';
import type { ThreadNode } from './threading.ts';

/** An article's comments in memory, counting the full rows each read returns. */
function store(comments: PublicComment[]) {
  const reads = { fullRows: 0 };
  const approved = () => comments.filter((c) => c.status === 'approved');
  const s: ThreadPageStore = {
    listApproved: async (_article, limit) => {
      const rows = approved().slice(0, limit);
      reads.fullRows += rows.length;
      return rows;
    },
    listApprovedOutline: async () =>
      approved().map((c) => ({ id: c.id, parentId: c.parentId, createdAt: c.createdAt })),
    listPendingByIds: async (_article, ids) =>
      comments.filter((c) => c.status === 'pending' && ids.includes(c.id)),
    findPublicByIds: async (_article, ids) => {
      const rows = comments.filter((c) => ids.includes(c.id));
      reads.fullRows += rows.length;
      return rows;
    },
  };
  return { store: s, reads };
}

const comment = (
  id: number,
  parentId: number | null,
  status: PublicComment['status'] = 'approved',
): PublicComment => ({
  id,
  articleId: 1,
  parentId,
  status,
  authorName: `Reader ${id}`,
  authorUrl: null,
  content: `Comment ${id}`,
  createdAt: `2026-03-20T12:${String(id).padStart(2, '0')}:00.000Z`,
});

// Threads 1 (with replies 2 and 3, 3 answering 2 below the depth limit), 4 and 5; 6 is held.
const THREAD = [
  comment(1, null),
  comment(2, 1),
  comment(3, 2),
  comment(4, null),
  comment(5, null),
  comment(6, 4, 'pending'),
];
const SETTINGS = { threadDepth: 2, perPage: 2, order: 'oldest' as const };

const outline = (nodes: ThreadNode<PublicComment>[]): unknown[] =>
  nodes.map((n) => [n.comment.id, n.inReplyTo?.id ?? null, outline(n.replies)]);

const request = (
  page: number | null,
  more: { heldIds?: number[]; extraIds?: number[]; wholeLimit?: number } = {},
) => ({
  page,
  heldIds: more.heldIds ?? [],
  extraIds: more.extraIds ?? [],
  wholeLimit: more.wholeLimit ?? 1000,
});

describe('showThreadPage', () => {
  it.each([
    ['read whole', 1000],
    ['read on its outline', 2],
  ])(
    'gives the same page of a thread %s, with full comments and whom deep replies answer',
    async (_how, wholeLimit) => {
      const { store: s } = store(THREAD);
      const first = (await showThreadPage(s, 1, SETTINGS, request(1, { wholeLimit })))!;
      expect(first).toMatchObject({ page: 1, totalPages: 2, count: 5 });
      expect(outline(first.threads)).toEqual([
        [
          1,
          null,
          [
            [2, null, []],
            [3, 2, []],
          ],
        ],
        [4, null, []],
      ]);
      expect(first.threads[0]!.comment.content).toBe('Comment 1');
      const second = (await showThreadPage(s, 1, SETTINGS, request(2, { wholeLimit })))!;
      expect(outline(second.threads)).toEqual([[5, null, []]]);
    },
  );

  it('reads full rows for the shown page only when the thread is long', async () => {
    const { store: s, reads } = store(THREAD);
    await showThreadPage(s, 1, SETTINGS, request(2, { wholeLimit: 2 }));
    // Three rows asked for to learn the thread is long, then comment 5 alone.
    expect(reads.fullRows).toBe(3 + 1);
  });

  it("shows the reader's own held comment in its place, and only to them", async () => {
    const { store: s } = store(THREAD);
    const mine = (await showThreadPage(s, 1, SETTINGS, request(1, { heldIds: [6] })))!;
    expect(outline(mine.threads)).toEqual([
      [
        1,
        null,
        [
          [2, null, []],
          [3, 2, []],
        ],
      ],
      [4, null, [[6, null, []]]],
    ]);
    expect(mine.held.map((c) => c.id)).toEqual([6]);
    expect(mine.count).toBe(5);
    const theirs = (await showThreadPage(s, 1, SETTINGS, request(1)))!;
    expect(outline(theirs.threads)).toEqual([
      [
        1,
        null,
        [
          [2, null, []],
          [3, 2, []],
        ],
      ],
      [4, null, []],
    ]);
  });

  it('reads a wanted comment from another page when it is in the thread, and ignores one that is not', async () => {
    const { store: s } = store(THREAD);
    const page = (await showThreadPage(s, 1, SETTINGS, request(1, { extraIds: [5, 99], wholeLimit: 2 })))!;
    expect(page.loaded.map((c) => c.id).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    ['no page number', null],
    ['page 0', 0],
    ['past the last page', 3],
  ])('has no page for %s', async (_name, page) => {
    const { store: s } = store(THREAD);
    expect(await showThreadPage(s, 1, SETTINGS, request(page))).toBeNull();
  });

  it('has one empty page for an article without comments', async () => {
    const { store: s } = store([]);
    const page: ShownThreadPage | null = await showThreadPage(s, 1, SETTINGS, request(1));
    expect(page).toMatchObject({ page: 1, totalPages: 1, count: 0, threads: [] });
  });
});
