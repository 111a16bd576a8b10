// Site-wide settings with their defaults. Stored as JSON values by key; unknown or invalid
// stored values fall back to the default rather than breaking the site.
import { z } from 'zod';

/** The schema of every setting, with defaults. Later features add their own keys here. */
export const siteSettingsSchema = z.object({
  title: z.string().min(1).max(120).catch('Silkpress'),
  tagline: z.string().max(200).catch('News, self-hosted'),
  description: z.string().max(300).catch(''),
  language: z.string().min(2).max(35).catch('en'),
  timezone: z.string().min(1).catch('UTC'),
  postsPerPage: z.number().int().min(1).max(100).catch(10),
  footerText: z.string().max(500).catch(''),
  logo: z.string().nullable().catch(null),
  /** Image for link previews and NewsArticle data of articles without a feature image. */
  shareImage: z.string().nullable().catch(null),
  /** The site icon: an image uploaded to /media/ (favicon, home screens); null for the default. */
  siteIcon: z.string().nullable().catch(null),
  /** How dates are written: Intl dateStyle names, or ISO `YYYY-MM-DD`. */
  dateFormat: z.enum(['long', 'medium', 'short', 'iso']).catch('long'),
  // Comments (see src/comments/comment-settings.ts for how they are read).
  commentsHoldAll: z.boolean().catch(false),
  commentsHoldFirstTime: z.boolean().catch(true),
  commentsLinkLimit: z.number().int().min(0).max(100).catch(2),
  commentsHoldWords: z.array(z.string()).catch([]),
  commentsBlockWords: z.array(z.string()).catch([]),
  commentsFloodSeconds: z.number().int().min(0).max(3600).catch(15),
  commentsThreadDepth: z.number().int().min(1).max(10).catch(5),
  commentsPerPage: z.number().int().min(1).max(500).catch(50),
  commentsOrder: z.enum(['oldest', 'newest']).catch('oldest'),
  commentsCloseAfterDays: z.number().int().min(0).max(36500).catch(0),
  commentsIpRetentionDays: z.number().int().min(1).max(3650).catch(30),
  commentsNotifyModerators: z.boolean().catch(true),
  commentsNotifyAuthors: z.boolean().catch(true),
  commentsReplyNotifications: z.boolean().catch(true),
  // Spam defense (src/spam): probabilities at which a comment is spam / discarded, shadow mode.
  spamThreshold: z.number().min(0.05).max(0.99).catch(0.5),
  // Below the spam threshold and at or above this one a comment is held for a moderator (the
  // default is the spam module's DEFAULT_HOLD_THRESHOLD; a test keeps the two equal).
  spamHoldThreshold: z.number().min(0.01).max(0.99).catch(0.2),
  spamDiscardThreshold: z.number().min(0.05).max(1).catch(0.995),
  spamShadowMode: z.boolean().catch(false),
});

/** Effective site settings. */
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** Settings from stored key/value pairs, defaults filling every gap. */
export function parseSettings(stored: Record<string, unknown>): SiteSettings {
  return siteSettingsSchema.parse(stored);
}
