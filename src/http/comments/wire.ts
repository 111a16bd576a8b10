// Composition of the comments feature, called by src/compose.ts: the signing secret, the
// SMTP transport (when SMTP_URL is set), the services, the AppDeps hooks and the jobs.
import type { Kysely } from 'kysely';
import { commentJobs } from '../../comments/jobs.ts';
import type { Config } from '../../config.ts';
import type { ChangeBus } from '../../db/change-bus.ts';
import type { Dialect } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { Job } from '../../jobs/runner.ts';
import { createSmtpTransport } from '../../mail/smtp-transport.ts';
import { ensureSecretKey } from '../../settings/secret-repo.ts';
import type { SettingsRepo } from '../../settings/settings-repo.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { AppDeps } from '../deps.ts';
import { createCommentsFeature } from '../../compose/comments.ts';
import { privacyPageExtras } from './privacy-routes.ts';
import { createCommentSection } from './section.ts';

/** What the composition root adds for comments. */
export interface CommentsWiring {
  deps: Pick<
    AppDeps,
    'comments' | 'commentSection' | 'commentPageIsPersonal' | 'commentCounts' | 'staticPageExtras'
  >;
  jobs: Job[];
  close(): void;
}

/** Builds the comments feature from the config and the open database. */
export async function wireComments(o: {
  config: Pick<Config, 'secretKey' | 'smtpUrl' | 'commentFloodSeconds' | 'siteUrl' | 'spamUpstream'>;
  db: Kysely<Database>;
  dialect: Pick<Dialect, 'name'>;
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
    ...(o.config.commentFloodSeconds !== undefined ? { floodSeconds: o.config.commentFloodSeconds } : {}),
  });
  const section = createCommentSection(feature, { siteUrl: o.config.siteUrl, clock: o.clock });
  return {
    deps: {
      comments: feature,
      commentSection: section.render,
      commentPageIsPersonal: section.isPersonal,
      commentCounts: (ids) => feature.comments.countApproved(ids),
      staticPageExtras: privacyPageExtras({
        feature,
        spamUpstreamHost: o.config.spamUpstream ? new URL(o.config.spamUpstream.url).host : null,
      }),
    },
    jobs: commentJobs({
      outbox: feature.outbox,
      privacy: feature.privacy,
      jobClaims: feature.jobClaims,
      clock: o.clock,
      transport: smtp,
      settings: () => feature.settings(),
    }),
    close: () => smtp?.close(),
  };
}
