// The one scoring entry point shared by our comment form and the Akismet-compatible API.
import { analyzeComment, type CommentInput } from './analyze.ts';
import type { SpamModel } from './classifier/model.ts';
import type { NormalizedText } from './text/normalize.ts';
import { DEFAULT_SPAM_SETTINGS, decideVerdict, type SpamSettings, type SpamVerdict } from './verdict.ts';

/**
 * Scores one comment: the single entry point for our comment form and the Akismet API alike.
 * Returns ham/spam/discard with the probability and the reasons (top signals and words).
 * `normalized` is the comment's text already normalised by the caller, when it has it.
 */
export function scoreComment(
  input: CommentInput,
  model: SpamModel,
  settings: SpamSettings = DEFAULT_SPAM_SETTINGS,
  normalized?: NormalizedText,
): SpamVerdict {
  return decideVerdict(model, analyzeComment(input, model.bits, normalized), settings);
}
