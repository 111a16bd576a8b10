// The comment settings the rules read, from the site settings plus the environment override
// for flood control (COMMENT_FLOOD_SECONDS, parsed in config.ts and passed in here).
import type { SiteSettings } from '../settings/index.ts';

/** Everything the comment rules and views need to know from the settings. */
export interface CommentSettings {
  holdAll: boolean;
  holdFirstTime: boolean;
  linkLimit: number;
  holdWords: string[];
  blockWords: string[];
  floodSeconds: number;
  threadDepth: number;
  perPage: number;
  order: 'oldest' | 'newest';
  closeAfterDays: number;
  ipRetentionDays: number;
  notifyModerators: boolean;
  notifyAuthors: boolean;
  replyNotifications: boolean;
}

/** Comment settings from site settings; `floodOverride` (from the environment) wins when set. */
export function commentSettingsOf(s: SiteSettings, floodOverride?: number): CommentSettings {
  return {
    holdAll: s.commentsHoldAll,
    holdFirstTime: s.commentsHoldFirstTime,
    linkLimit: s.commentsLinkLimit,
    holdWords: s.commentsHoldWords,
    blockWords: s.commentsBlockWords,
    floodSeconds: floodOverride ?? s.commentsFloodSeconds,
    threadDepth: s.commentsThreadDepth,
    perPage: s.commentsPerPage,
    order: s.commentsOrder,
    closeAfterDays: s.commentsCloseAfterDays,
    ipRetentionDays: s.commentsIpRetentionDays,
    notifyModerators: s.commentsNotifyModerators,
    notifyAuthors: s.commentsNotifyAuthors,
    replyNotifications: s.commentsReplyNotifications,
  };
}

/** True when readers may still comment on the article at `now`. */
export function commentsOpen(
  article: { commentsOpen: boolean; publishedAt: string | null },
  settings: Pick<CommentSettings, 'closeAfterDays'>,
  now: Date,
): boolean {
  if (!article.commentsOpen) return false;
  if (settings.closeAfterDays <= 0 || !article.publishedAt) return true;
  const closesAt = Date.parse(article.publishedAt) + settings.closeAfterDays * 86_400_000;
  return now.getTime() < closesAt;
}
