// The spam defense as the comment form and the moderation console use it: the same service (and
// scoring function) as the Akismet-compatible API.
import type { SpamCheckPort } from '../comments/post-comment.ts';
import type { SpamFeature } from './spam.ts';

/** Adapts the spam feature to the port postComment and moderateComment declare. */
export function spamCheckPort(spam: SpamFeature): SpamCheckPort {
  return {
    check: (input, meta) => spam.service.check(input, meta),
    async learn(commentId, decision) {
      const stored = (await spam.verdicts.findByComments([commentId])).get(commentId);
      // Comments from before the spam defense (or a moderator's own) have no verdict to learn from.
      if (stored) await spam.service.learn(stored, decision);
    },
    async forgetDecision(commentId) {
      const stored = (await spam.verdicts.findByComments([commentId])).get(commentId);
      if (stored) await spam.verdicts.clearCorrection(stored.id);
    },
  };
}
