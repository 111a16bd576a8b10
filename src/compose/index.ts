// The composition root (DESIGN.md §3.1): from a Config to the open database, the services every
// surface and command uses (AppServices) and the background jobs (jobs.ts). Only main.ts, the
// CLI and tests call it.
import type { Config } from '../config.ts';
import { ArticleAdminRepo } from '../content/article-admin-repo.ts';
import { ArticleIdentityRepo } from '../content/article-identity-repo.ts';
import { ArticleRepo } from '../content/article-repo.ts';
import { createMarkdownRenderer } from '../content/markdown.ts';
import { PreviewRepo } from '../content/preview-repo.ts';
import { RevisionRepo } from '../content/revision-repo.ts';
import { TagRepo } from '../content/tag-repo.ts';
import { TranslationRepo } from '../content/translation-repo.ts';
import { type DatabaseHandle, openDatabase } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { wireComments } from './comments.ts';
import type { AppServices } from './app-services.ts';
import { type Clock, systemClock } from '../kernel/clock.ts';
import { FsMediaStore } from '../media/fs-media-store.ts';
import { MediaRepo } from '../media/media-repo.ts';
import type { MediaStore } from '../media/media-store.ts';
import { S3MediaStore } from '../media/s3-media-store.ts';
import { SettingsRepo } from '../settings/settings-repo.ts';
import { createSpamFeature } from './spam.ts';
import { UserRepo } from '../users/user-repo.ts';
import { RedirectRepo } from '../content/redirect-repo.ts';
import { createWxrServices } from './wxr.ts';
import { createAccountDeps } from './accounts.ts';
import { backgroundJobs } from './jobs.ts';
import { loadThemeSource } from './theme-source.ts';
import { ensureSecretKey } from '../settings/secret-repo.ts';
import type { ScryptParams } from '../users/password-hash.ts';
import type { Job } from '../jobs/runner.ts';

/** Everything a running Silkpress holds open. */
export interface Services {
  database: DatabaseHandle;
  deps: AppServices;
  /** Background jobs main.ts runs on timers (each claims its work, so instances don't collide). */
  jobs: Job[];
  close(): Promise<void>;
}

/** Opens the database (migrating it unless told not to) and builds the app dependencies. */
export async function openServices(
  config: Config,
  options: {
    clock?: Clock;
    migrate?: boolean;
    /** Errors of background database connections (the change bus, idle pooled connections). */
    onConnectionError?: (err: unknown) => void;
    /** Errors of background work that has no request to answer (default: stderr). */
    logError?: (err: unknown, message: string) => void;
    /** Warnings of background work (an upstream spam service not answering; default: stderr). */
    logWarn?: (fields: Record<string, unknown>, message: string) => void;
    /** scrypt cost for new password hashes (tests pass a cheap one). */
    passwordHashing?: ScryptParams;
    /** Run SQLite's background checkpoints here (default); a cluster's workers leave them to the primary. */
    walCheckpoints?: boolean;
  } = {},
): Promise<Services> {
  const database = openDatabase(
    config.databaseUrl,
    options.onConnectionError,
    ({ error, stillInTransaction }) =>
      options.logError?.(
        error,
        stillInTransaction
          ? 'rollback failed and the connection is still inside the transaction'
          : "rollback after a failed transaction also failed (secondary: the transaction's own error is reported by its caller)",
      ),
    { walCheckpoints: options.walCheckpoints, sqliteCacheBytes: config.sqliteCacheBytes },
  );
  try {
    if (options.migrate !== false) await migrateToLatest(database.db, database.dialect);
    const changes = await database.dialect.createChangeBus(
      options.onConnectionError ?? (() => {}),
      database.db,
    );
    const clock = options.clock ?? systemClock;
    const logError = options.logError ?? ((err: unknown, message: string) => console.error(message, err));
    const users = new UserRepo(database.db);
    const secret = await ensureSecretKey(database.db, config.secretKey, clock.now());
    const accounts = createAccountDeps(database.db, users, clock, secret, options.passwordHashing);
    const editorial = {
      revisions: new RevisionRepo(database.db),
      previews: new PreviewRepo(database.db),
      adminArticles: new ArticleAdminRepo(database.db),
      media: new MediaRepo(database.db),
      mediaStore: createMediaStore(config),
    };
    const settings = new SettingsRepo(database.db);
    const spam = createSpamFeature({
      db: database.db,
      settings,
      changes,
      clock,
      dialect: database.dialect,
      writeThread: database.writeThread,
      upstream: config.spamUpstream
        ? {
            config: config.spamUpstream,
            siteUrl: config.siteUrl,
            log: { warn: options.logWarn ?? ((fields, message) => console.warn(message, fields)) },
          }
        : null,
      onError: (err: unknown) => logError(err, 'spam: could not read the stored checks'),
    });
    const comments = await wireComments({
      config,
      db: database.db,
      dialect: database.dialect,
      settings,
      changes,
      clock,
    });
    const markdown = createMarkdownRenderer();
    const wxr = createWxrServices({
      db: database.db,
      dialect: database.dialect,
      deps: { markdown, changes, clock, settings, siteUrl: config.siteUrl, editorial },
    });
    const deps: AppServices = {
      siteUrl: config.siteUrl,
      pageCacheEntries: config.pageCacheEntries,
      pageCacheBytes: config.pageCacheBytes,
      logLevel: config.logLevel,
      articles: new ArticleRepo(database.db, database.dialect),
      articleIdentity: new ArticleIdentityRepo(database.db),
      tags: new TagRepo(database.db),
      translations: new TranslationRepo(database.db),
      users,
      settings,
      markdown,
      changes,
      clock,
      accounts,
      editorial,
      comments: comments.feature,
      redirects: new RedirectRepo(database.db),
      spam,
      wxr,
      theme: await loadThemeSource(config.theme),
    };
    const jobs = backgroundJobs({ database, services: deps, comments });
    return {
      database,
      deps,
      jobs,
      async close() {
        comments.close();
        await spam.close();
        await changes.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** The dependencies loadDemoContent and saveArticle take, from the app dependencies. */
export function publishingDeps(deps: AppServices) {
  return {
    articles: deps.articles,
    users: deps.users,
    tags: deps.tags,
    settings: deps.settings,
    translations: deps.translations,
    markdown: deps.markdown,
    changes: deps.changes,
    now: () => deps.clock.now(),
  };
}

/** The media store the configuration names: the MEDIA_DIR folder, or an S3-compatible bucket. */
export function createMediaStore(config: Config): MediaStore {
  const media = config.media;
  if (media.store === 'fs') return new FsMediaStore(config.mediaDir);
  return new S3MediaStore(media);
}
