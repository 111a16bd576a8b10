// The comments feature's composition: repositories, the memoised settings, the signing secret,
// the text renderer, the mail transport (from SMTP_URL) and the comment jobs. Handed to the HTTP
// layer as AppServices.comments.
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
import type { Config } from '../config.ts';
import type { Clock } from '../kernel/clock.ts';
import { createSmtpTransport } from '../mail/smtp-transport.ts';
import { ensureSecretKey } from '../settings/secret-repo.ts';

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
  /** The upstream spam service's host the privacy page names (SPAM_UPSTREAM_URL), or null. */
  spamUpstreamHost: string | null;
  /** COMMENT_FLOOD_SECONDS when the environment sets it (it wins over the stored setting), or null. */
  floodSecondsOverride: number | null;
}

/** Options of createCommentsFeature. */
export interface CommentsFeatureOptions {
  db: Kysely<Database>;
  dialect: Pick<Dialect, 'name' | 'contentVersion'>;
  settings: SettingsRepo;
  changes: ChangeBus;
  secret: string;
  transport: MailTransport | null;
  /** COMMENT_FLOOD_SECONDS from the environment, overriding the stored setting. */
  floodSeconds?: number;
  /** The upstream spam service's host, when one is configured. */
  spamUpstreamHost?: string | null;
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
    comments: new CommentRepo(o.db, o.dialect),
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
    spamUpstreamHost: o.spamUpstreamHost ?? null,
    floodSecondsOverride: o.floodSeconds ?? null,
  };
}

/** What the composition root builds for comments: the feature, the mail transport, how to close. */
export interface CommentsWiring {
  feature: CommentsFeature;
  /** The SMTP transport (null without SMTP_URL: mail waits in the outbox). */
  transport: MailTransport | null;
  close(): void;
}

/** Builds the comments feature from the config and the open database: the signing secret, the
 * SMTP transport (when SMTP_URL is set) and the services. */
export async function wireComments(o: {
  config: Pick<Config, 'secretKey' | 'smtpUrl' | 'commentFloodSeconds' | 'siteUrl' | 'spamUpstream'>;
  db: Kysely<Database>;
  dialect: Pick<Dialect, 'name' | 'contentVersion'>;
  settings: SettingsRepo;
  changes: ChangeBus;
  clock: Clock;
}): Promise<CommentsWiring> {
  const secret = await ensureSecretKey(o.db, o.config.secretKey, o.clock.now());
  const host = new URL(o.config.siteUrl).hostname;
  const smtp = o.config.smtpUrl
    ? createSmtpTransport(o.config.smtpUrl, {
        name: 'Silkpress',
        address: `no-reply@${host.includes('.') ? host : `${host}.invalid`}`,
      })
    : null;
  const feature = createCommentsFeature({
    db: o.db,
    dialect: o.dialect,
    settings: o.settings,
    changes: o.changes,
    secret,
    transport: smtp,
    spamUpstreamHost: o.config.spamUpstream ? new URL(o.config.spamUpstream.url).host : null,
    ...(o.config.commentFloodSeconds !== undefined ? { floodSeconds: o.config.commentFloodSeconds } : {}),
  });
  return { feature, transport: smtp, close: () => smtp?.close() };
}
