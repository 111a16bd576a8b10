// Threads: comments arranged under their parents, to a maximum depth. Replies deeper than the
// limit (a reply to a comment at the limit, an imported thread, a lowered depth setting) attach at
// the deepest level, under their deepest shown ancestor, like WordPress; they keep whom they
// answer (`inReplyTo`), so the page can say so.

/** The fields threading reads. */
export interface Threadable {
  id: number;
  parentId: number | null;
}

/** A comment in the tree with its depth (1 = top level) and replies. */
export interface ThreadNode<T extends Threadable> {
  comment: T;
  depth: number;
  replies: ThreadNode<T>[];
  /** The comment this one answers, when the depth limit shows it under another (an ancestor). */
  inReplyTo?: T | undefined;
}

/**
 * Builds the tree of `comments` (already in display order; replies keep that order under their
 * parent). A comment whose parent is not in the list becomes top level.
 */
export function buildThread<T extends Threadable>(comments: readonly T[], maxDepth: number): ThreadNode<T>[] {
  const depthLimit = Math.max(1, maxDepth);
  const byId = new Map<number, ThreadNode<T>>();
  for (const c of comments) byId.set(c.id, { comment: c, depth: 1, replies: [], inReplyTo: undefined });
  const roots: ThreadNode<T>[] = [];
  const visiting = new Set<number>();

  // Depth of a node from its ancestry (guarding against cycles in bad data).
  const depthOf = (node: ThreadNode<T>): number => {
    const parentId = node.comment.parentId;
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (!parent || visiting.has(node.comment.id)) return 1;
    visiting.add(node.comment.id);
    const d = depthOf(parent) + 1;
    visiting.delete(node.comment.id);
    return d;
  };

  for (const c of comments) {
    const node = byId.get(c.id)!;
    const trueDepth = depthOf(node);
    if (trueDepth === 1) {
      roots.push(node);
      continue;
    }
    // Climb to the ancestor at depth limit-1 when the reply would be too deep.
    const answered = byId.get(c.parentId!)!;
    let parent = answered;
    let parentDepth = trueDepth - 1;
    while (parentDepth > depthLimit - 1 && parent.comment.parentId !== null) {
      parent = byId.get(parent.comment.parentId)!;
      parentDepth -= 1;
    }
    if (depthLimit === 1) {
      node.depth = 1;
      node.inReplyTo = answered.comment;
      roots.push(node);
      continue;
    }
    node.depth = parentDepth + 1;
    if (parent !== answered) node.inReplyTo = answered.comment;
    parent.replies.push(node);
  }
  return roots;
}

/** The ids of a node and all its descendants, in display order. */
export function flattenThread<T extends Threadable>(nodes: ThreadNode<T>[]): ThreadNode<T>[] {
  const out: ThreadNode<T>[] = [];
  const walk = (list: ThreadNode<T>[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.replies);
    }
  };
  walk(nodes);
  return out;
}
