import { describe, expect, it } from 'vitest';
import { buildThread, flattenThread } from './threading.ts';

// Replies deeper than the limit are shown at the deepest level and keep whom they answer.
describe('buildThread: replies beyond the depth limit', () => {
  const c = (id: number, parentId: number | null) => ({ id, parentId });
  const answered = (list: ReturnType<typeof c>[], depth: number) =>
    Object.fromEntries(
      flattenThread(buildThread(list, depth)).map((n) => [n.comment.id, n.inReplyTo?.id ?? null]),
    );

  it('a reply to a comment at the limit is shown beside it, naming it', () => {
    // 1 ← 2 ← 3 (depth 3, the limit) ← 4 (shown at depth 3 under 2, answering 3)
    const list = [c(1, null), c(2, 1), c(3, 2), c(4, 3)];
    expect(answered(list, 3)).toEqual({ 1: null, 2: null, 3: null, 4: 3 });
    const four = flattenThread(buildThread(list, 3)).find((n) => n.comment.id === 4)!;
    expect(four.depth).toBe(3);
  });

  it('a chain far past the limit names each comment’s own parent', () => {
    const list = [c(1, null), c(2, 1), c(3, 2), c(4, 3), c(5, 4)];
    expect(answered(list, 2)).toEqual({ 1: null, 2: null, 3: 2, 4: 3, 5: 4 });
  });

  it('a lowered limit, or a flat thread, still says whom each reply answers', () => {
    expect(answered([c(1, null), c(2, 1), c(3, 2)], 1)).toEqual({ 1: null, 2: 1, 3: 2 });
    // Within the limit nothing is said: the nesting shows it.
    expect(answered([c(1, null), c(2, 1), c(3, 2)], 5)).toEqual({ 1: null, 2: null, 3: null });
  });
});
