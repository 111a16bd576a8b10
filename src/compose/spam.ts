// Builds the spam defense with its repositories (the composition root's spam feature).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { RateLimitRepo } from '../db/rate-limit-repo.ts';
import type { Database } from '../db/schema.ts';
import type { WriteThread } from '../db/sqlite-write-thread.ts';
import { parseSettings } from '../settings/index.ts';
import { ApiKeyRepo } from '../spam/network/api-key-repo.ts';
import { builtinModel } from '../spam/classifier/builtin-model.ts';
import type { SpamModel } from '../spam/classifier/model.ts';
import { CheckLogRepo, type StoredCheck } from '../spam/service/check-log-repo.ts';
import { SpamContextRepo } from '../spam/context/context-repo.ts';
import { ContextStore } from '../spam/context/context-store.ts';
import { type PendingCheck, SpamService } from '../spam/service/spam-service.ts';
import { DEFAULT_SPAM_SETTINGS, type SpamSettings } from '../spam/verdict.ts';
import { StatsRepo } from '../spam/service/stats-repo.ts';
import { VerdictRepo } from '../spam/service/verdict-repo.ts';
import { GroupCommit } from '../spam/service/group-commit.ts';
import { type SpamJobDeps, spamJobs } from '../spam/service/jobs.ts';
import type { Job } from '../jobs/runner.ts';
import type { Dialect } from '../db/dialect.ts';
import {
  NO_UPSTREAM,
  sendUpstreamReport,
  UpstreamClient,
  type UpstreamConfig,
  type UpstreamLog,
} from '../spam/network/upstream-client.ts';
import { UpstreamReportRepo } from '../spam/network/upstream-report-repo.ts';
import { NetworkReportRepo } from '../spam/network/network-report-repo.ts';
import { NetworkStore } from '../spam/network/network-store.ts';
import { upstreamReportsJob } from '../spam/network/upstream-reports.ts';
import { fetchList } from '../spam/lists/fetch-list.ts';
import { ListRepo } from '../spam/lists/list-repo.ts';
import { ListStore } from '../spam/lists/list-store.ts';
import { type RefreshDeps, type RefreshOutcome, refreshLists } from '../spam/lists/refresh-lists.ts';
import type { Clock } from '../kernel/clock.ts';

/** The spam defense as the HTTP surfaces and the CLI use it. */
export interface SpamFeature {
  service: SpamService;
  verdicts: VerdictRepo;
  /** Fingerprint storage (loading the context, pruning). */
  fingerprints: SpamContextRepo;
  /** The in-memory context evidence, kept current from storage. */
  context: ContextStore;
  apiKeys: ApiKeyRepo;
  /** Rate-limit buckets (the Akismet API's per-key and invalid-key limits), shared by instances. */
  limits: RateLimitRepo;
  stats: StatsRepo;
  /** The campaign memory of the Akismet API's clients (a hub's network). */
  network: NetworkStore;
  /** Reports of moderators' decisions waiting for the upstream (empty without one). */
  upstreamReports: UpstreamReportRepo;
  /** The upstream's host for the dashboard and the privacy page, or null: nothing leaves the server. */
  upstreamHost: string | null;
  /** The operator's reputation lists: settings and status, this process's compiled copy, refresh. */
  lists: {
    repo: ListRepo;
    store: ListStore;
    /** Refreshes the lists due (or, with `force`, those named or all) and announces new copies. */
    refresh(options?: { force?: boolean; names?: readonly string[] }): Promise<RefreshOutcome[]>;
  };
  /** The spam settings (cached until the change bus reports a change). */
  settings(): Promise<SpamSettings>;
  /** Waits for checks being stored. */
  flush(): Promise<void>;
  /** The background jobs (pruning fingerprints), claimed once per interval across instances. */
  jobs(jobClaims: SpamJobDeps['jobClaims']): Job[];
  /** Stops the timers and waits for checks being stored. */
  close(): Promise<void>;
}

/** What the feature is built from. */
export interface SpamFeatureDeps {
  db: Kysely<Database>;
  dialect: Pick<Dialect, 'name'>;
  /** Where a SQLite file's checks are written off the event loop (null: on `db`). */
  writeThread: WriteThread | null;
  /** An Akismet-protocol service to ask during each check, with this site's URL, or null. */
  upstream: { config: UpstreamConfig; siteUrl: string; log: UpstreamLog } | null;
  settings: { readAll(): Promise<Record<string, unknown>> };
  changes: { publish(keys: string[]): Promise<void>; subscribe(l: (keys: string[]) => void): () => void };
  clock: Clock;
  /** Failures nobody waits for (reading checks stored by other instances): the logger. */
  onError: (err: unknown) => void;
  /** How often to read checks stored by other instances (default 1000 ms; 0 = only on sync()). */
  contextPollMs?: number;
}

/** The most checks stored in one transaction. */
export const GROUP_COMMIT_MAX_BATCH = 100;

/** Spam settings from the site settings. */
export function spamSettingsOf(stored: Record<string, unknown>): SpamSettings {
  const s = parseSettings(stored);
  return {
    ...DEFAULT_SPAM_SETTINGS,
    spamThreshold: s.spamThreshold,
    holdThreshold: Math.min(s.spamThreshold, s.spamHoldThreshold),
    discardThreshold: Math.max(s.spamThreshold, s.spamDiscardThreshold),
    shadow: s.spamShadowMode,
  };
}

/** Builds the repositories and the service; the built-in model is parsed once here. */
export function createSpamFeature(deps: SpamFeatureDeps): SpamFeature {
  let cached: Promise<SpamSettings> | null = null;
  const unsubscribe = deps.changes.subscribe(() => (cached = null));
  const settings = () => (cached ??= deps.settings.readAll().then(spamSettingsOf));
  const onError = deps.onError;
  const fingerprints = new SpamContextRepo(deps.db);
  const context = new ContextStore({
    repo: fingerprints,
    changes: deps.changes,
    now: () => deps.clock.now(),
    pollMs: deps.contextPollMs ?? 1000,
    onError,
  });
  const checkLog = new CheckLogRepo(deps.db, deps.dialect, deps.writeThread);
  const writer = new GroupCommit<PendingCheck, StoredCheck>({
    maxBatch: GROUP_COMMIT_MAX_BATCH,
    write: (batch) =>
      context.storeOwn(async () => {
        const result = await checkLog.write(batch);
        const stored = batch.flatMap((c, i) => {
          const id = result[i]?.fingerprintId;
          return c.handle && id != null ? [{ handle: c.handle, id }] : [];
        });
        return { result, stored };
      }),
  });
  const flush = () => writer.flush();
  const verdicts = new VerdictRepo(deps.db);
  const upstreamReports = new UpstreamReportRepo(deps.db, deps.dialect);
  const apiKeys = new ApiKeyRepo(deps.db, deps.writeThread);
  const network = new NetworkStore({
    repo: new NetworkReportRepo(deps.db),
    keys: apiKeys,
    now: () => deps.clock.now(),
    pollMs: deps.contextPollMs ?? 1000,
    onError,
  });
  const up = deps.upstream;
  const listRepo = new ListRepo(deps.db);
  const listStore = new ListStore({ repo: listRepo, changes: deps.changes, onError });
  const refreshDeps: RefreshDeps = {
    repo: listRepo,
    fetchList,
    changes: deps.changes,
    now: () => deps.clock.now(),
  };
  // The built-in model (1 MB of weights) is read on the first check or decision, not at start: a
  // worker that only serves pages never scores a comment.
  let base: SpamModel | null = null;
  const service = new SpamService({
    lists: listStore,
    verdicts,
    context,
    writer,
    get base() {
      return (base ??= builtinModel());
    },
    now: () => deps.clock.now(),
    settings,
    newGuid: randomUUID,
    changes: deps.changes,
    upstream: up ? new UpstreamClient(up.config, up.log) : NO_UPSTREAM,
    upstreamReports,
    siteUrl: up?.siteUrl ?? '',
    network,
  });
  return {
    service,
    verdicts,
    fingerprints,
    context,
    apiKeys,
    network,
    limits: new RateLimitRepo(deps.db, deps.writeThread),
    stats: new StatsRepo(deps.db),
    upstreamReports,
    upstreamHost: up ? new URL(up.config.url).host : null,
    lists: {
      repo: listRepo,
      store: listStore,
      refresh: (options) => refreshLists(refreshDeps, options),
    },
    settings,
    flush,
    jobs: (jobClaims) => [
      ...spamJobs({
        fingerprints,
        context,
        jobClaims,
        clock: deps.clock,
        refreshLists: () => refreshLists(refreshDeps),
        retentionDays: async () => parseSettings(await deps.settings.readAll()).commentsIpRetentionDays,
      }),
      ...(up
        ? [
            upstreamReportsJob({
              reports: upstreamReports,
              send: (kind, form) => sendUpstreamReport(up.config, kind, form),
              clock: deps.clock,
            }),
          ]
        : []),
    ],
    async close() {
      unsubscribe();
      service.close();
      context.close();
      listStore.close();
      network.close();
      await flush();
    },
  };
}
