// The shipped model's verdicts of a batch of example comments, for the family tests of src/spam/
// (the floors and ceilings they pin are the figures measured when each change landed, in
// docs/spam.md). Test support only: it lives outside src/, so neither the build nor the import
// graph sees it, and its name does not end in .test.ts, so vitest does not run it.
import { builtinModel, type CommentInput, scoreComment, type SpamModel } from '../../src/spam/index.ts';

/** A verdict with discard counted as spam: both keep the comment off the page as spam. */
export type BatchVerdict = 'spam' | 'hold' | 'ham';

/** What the shipped model did with a batch; the texts are in batch order, for a failure to name. */
export interface BatchVerdicts {
  spam: number;
  hold: number;
  ham: number;
  /** Sent to spam or discarded. */
  spamTexts: string[];
  heldTexts: string[];
  /** Held or sent to spam: every text not published. */
  unpublishedTexts: string[];
}

let shipped: SpamModel | undefined;

/** The shipped model's verdict of one comment (a text, or a text with its author and URL). */
export function verdictOf(comment: string | CommentInput): BatchVerdict {
  shipped ??= builtinModel();
  const input = typeof comment === 'string' ? { content: comment } : comment;
  const v = scoreComment(input, shipped).verdict;
  return v === 'discard' ? 'spam' : v;
}

/** The shipped model's verdicts of a batch, counted. */
export function verdictCounts(batch: readonly (string | CommentInput)[]): BatchVerdicts {
  const counts: BatchVerdicts = {
    spam: 0,
    hold: 0,
    ham: 0,
    spamTexts: [],
    heldTexts: [],
    unpublishedTexts: [],
  };
  for (const comment of batch) {
    const verdict = verdictOf(comment);
    counts[verdict]++;
    if (verdict === 'ham') continue;
    const text = typeof comment === 'string' ? comment : comment.content;
    (verdict === 'spam' ? counts.spamTexts : counts.heldTexts).push(text);
    counts.unpublishedTexts.push(text);
  }
  return counts;
}
