// What the comments surface adds to article and static pages (the comment section, whether a
// page is personal, comment counts for listings, the privacy page's forms), built by buildApp
// from the comments feature.
import type { CommentsFeature } from '../../compose/comments.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { CommentPageHooks } from '../deps.ts';
import { privacyPageExtras } from './privacy-routes.ts';
import { createCommentSection } from './section.ts';

/** The comment hooks of the public pages. */
export function commentPageHooks(
  feature: CommentsFeature,
  deps: { siteUrl: string; clock: Clock },
): CommentPageHooks {
  const section = createCommentSection(feature, { siteUrl: deps.siteUrl, clock: deps.clock });
  return {
    commentSection: section.render,
    commentPageIsPersonal: section.isPersonal,
    commentCounts: (ids) => feature.comments.countApproved(ids),
    staticPageExtras: privacyPageExtras({ feature, spamUpstreamHost: feature.spamUpstreamHost }),
  };
}
