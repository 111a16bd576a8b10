// The comments feature's services, built once by the composition root and handed to the
// HTTP layer through AppDeps.comments: repositories, the memoised settings, the signing
// secret, the text renderer and the mail transport.
import type { Kysely } from 'kysely';
import { CommentRepo } from '../comments/comment-repo.ts';
import { type CommentSettings, commentSettingsOf } from '../comments/comment-settings.ts';
import { type CommentTextRenderer, createCommentTextRenderer } from '../comments/comment-text.ts';
import { JobClaimRepo } from '../jobs/job-claim-repo.ts';
import { ModerationRepo } from '../comments/moderation-repo.ts';
import { OutboxRepo } from '../comments/outbox-repo.ts';
import { PrivacyRepo } from '../comments/privacy-repo.ts';
import type { MailTransport } from '../comments/send-outbox.ts';
import { SubscriptionRepo } from '../comments/subscription-repo.ts';
import type { ChangeBus } from '../db/change-bus.ts';
import type { Dialect } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import type { SettingsRepo } from '../settings/settings-repo.ts';
import { parseSettings, type SiteSettings } from '../settings/site-settings.ts';

/** Everything the comment routes, the section renderer and the jobs share. */
export interface CommentsFeature {
  comments: CommentRepo;
  moderation: ModerationRepo;
  subscriptions: SubscriptionRepo;
  outbox: OutboxRepo;
  privacy: PrivacyRepo;
  jobClaims: JobClaimRepo;
  text: CommentTextRenderer;
  /** HMAC secret for cookies and links (SECRET_KEY, or generated and stored). */
  secret: string;
  /** Null when SMTP_URL is not set: mail waits in the outbox. */
  transport: MailTransport | null;
  /** Effective comment settings (memoised until settings change). */
  settings(): Promise<CommentSettings>;
  /** The site settings the comment pages quote (title, language). */
  site(): Promise<SiteSettings>;
}

/** Options of createCommentsFeature. */
export interface CommentsFeatureOptions {
  db: Kysely<Database>;
  dialect: Pick<Dialect, 'name'>;
  settings: SettingsRepo;
  changes: ChangeBus;
  secret: string;
  transport: MailTransport | null;
  /** COMMENT_FLOOD_SECONDS from the environment, overriding the stored setting. */
  floodSeconds?: number;
}

/** Builds the feature's services. */
export function createCommentsFeature(o: CommentsFeatureOptions): CommentsFeature {
  let memo: Promise<SiteSettings> | null = null;
  o.changes.subscribe((keys) => {
    if (keys.includes('settings') || keys.includes('*')) memo = null;
  });
  const site = () => {
    const current = (memo ??= o.settings.readAll().then(parseSettings));
    current.catch(() => (memo = null));
    return current;
  };
  return {
    comments: new CommentRepo(o.db),
    moderation: new ModerationRepo(o.db),
    subscriptions: new SubscriptionRepo(o.db),
    outbox: new OutboxRepo(o.db, o.dialect),
    privacy: new PrivacyRepo(o.db),
    jobClaims: new JobClaimRepo(o.db),
    text: createCommentTextRenderer(),
    secret: o.secret,
    transport: o.transport,
    site,
    settings: async () => commentSettingsOf(await site(), o.floodSeconds),
  };
}
