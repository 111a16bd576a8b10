// Paging a thread by top-level comments: known answers for both orders, the page of a reply,
// pages that do not exist, and held comments placed among the approved ones by time.
import { describe, expect, it } from 'vitest';
import { byTime, idsOnPage, pageOfComment, pageThread, withHeld } from './thread-page.ts';

const at = (minute: number) => `2026-11-26T12:${String(minute).padStart(2, '0')}:00.000Z`;
const c = (id: number, parentId: number | null, minute = id) => ({ id, parentId, createdAt: at(minute) });

// Roots 1, 2, 4, 6, 7; 3 answers 1, 5 answers 3, 8 answers 6.
const thread = [c(1, null), c(2, null), c(3, 1), c(4, null), c(5, 3), c(6, null), c(7, null), c(8, 6)];
const oldest = { threadDepth: 5, perPage: 2, order: 'oldest' as const };
const newest = { ...oldest, order: 'newest' as const };

describe('pageThread', () => {
  it('cuts the thread into pages of top-level comments, each with its replies', () => {
    const pages = [1, 2, 3].map((p) => pageThread(thread, oldest, p)!);
    expect(pages.map((p) => p.totalPages)).toEqual([3, 3, 3]);
    expect(pages.map(idsOnPage)).toEqual([[1, 3, 5, 2], [4, 6, 8], [7]]);
  });

  it('puts the newest top-level comments first when the setting says so (replies keep their order)', () => {
    expect(idsOnPage(pageThread(thread, newest, 1)!)).toEqual([7, 6, 8]);
    expect(idsOnPage(pageThread(thread, newest, 3)!)).toEqual([1, 3, 5]);
  });

  it('has no page 0, no page past the last and no page for a bad number', () => {
    expect(pageThread(thread, oldest, 4)).toBeNull();
    expect(pageThread(thread, oldest, 0)).toBeNull();
    expect(pageThread(thread, oldest, null)).toBeNull();
  });

  it('gives an empty thread one empty page', () => {
    expect(pageThread([], oldest, 1)).toEqual({ page: 1, totalPages: 1, threads: [] });
    expect(pageThread([], oldest, 2)).toBeNull();
  });

  it('respects the depth limit like the thread itself', () => {
    const flat = pageThread(thread, { ...oldest, threadDepth: 1, perPage: 100 }, 1)!;
    expect(flat.threads.map((n) => n.comment.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('pageOfComment', () => {
  it('is the page of the top-level ancestor, in either order', () => {
    expect([1, 3, 5, 2, 4, 8, 7].map((id) => pageOfComment(thread, oldest, id))).toEqual([
      1, 1, 1, 1, 2, 2, 3,
    ]);
    expect([7, 8, 4, 5].map((id) => pageOfComment(thread, newest, id))).toEqual([1, 1, 2, 3]);
  });

  it('is 1 for a comment not in the thread', () => {
    expect(pageOfComment(thread, oldest, 99)).toBe(1);
  });
});

describe('withHeld', () => {
  it('places the reader’s held comments among the approved ones by time, then id', () => {
    const approved = [c(1, null, 1), c(3, null, 5)];
    const held = [c(2, null, 3), c(4, null, 5)];
    expect(withHeld(approved, held).map((x) => x.id)).toEqual([1, 2, 3, 4]);
    expect(withHeld(approved, [])).toBe(approved);
  });

  it('orders equal times by id', () => {
    expect([c(5, null, 1), c(4, null, 1)].sort(byTime).map((x) => x.id)).toEqual([4, 5]);
  });
});
