// Builds the spam defense with its repositories (called by the composition root).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { parseSettings } from '../settings/site-settings.ts';
import { ApiKeyRepo } from './api-key-repo.ts';
import { builtinModel } from './builtin.ts';
import { SpamContextRepo } from './context-repo.ts';
import { SpamService } from './spam-service.ts';
import { DEFAULT_SPAM_SETTINGS, type SpamSettings } from './verdict.ts';
import { VerdictRepo } from './verdict-repo.ts';
import { StatsRepo } from './stats-repo.ts';

/** The spam defense as the HTTP surfaces and the CLI use it. */
export interface SpamFeature {
  service: SpamService;
  verdicts: VerdictRepo;
  context: SpamContextRepo;
  apiKeys: ApiKeyRepo;
  stats: StatsRepo;
  /** The spam settings (cached until the change bus reports a change). */
  settings(): Promise<SpamSettings>;
  close(): void;
}

/** What the feature is built from. */
export interface SpamFeatureDeps {
  db: Kysely<Database>;
  settings: { readAll(): Promise<Record<string, unknown>> };
  changes: { publish(keys: string[]): Promise<void>; subscribe(l: (keys: string[]) => void): () => void };
  clock: { now(): Date };
}

/** Spam settings from the site settings. */
export function spamSettingsOf(stored: Record<string, unknown>): SpamSettings {
  const s = parseSettings(stored);
  return {
    ...DEFAULT_SPAM_SETTINGS,
    spamThreshold: s.spamThreshold,
    discardThreshold: Math.max(s.spamThreshold, s.spamDiscardThreshold),
    shadow: s.spamShadowMode,
  };
}

/** Builds the repositories and the service; the built-in model is parsed once here. */
export function createSpamFeature(deps: SpamFeatureDeps): SpamFeature {
  let cached: Promise<SpamSettings> | null = null;
  const unsubscribe = deps.changes.subscribe(() => (cached = null));
  const settings = () => (cached ??= deps.settings.readAll().then(spamSettingsOf));
  const verdicts = new VerdictRepo(deps.db);
  const context = new SpamContextRepo(deps.db);
  const service = new SpamService({
    verdicts,
    context,
    base: builtinModel(),
    now: () => deps.clock.now(),
    settings,
    newGuid: randomUUID,
    changes: deps.changes,
  });
  return {
    service,
    verdicts,
    context,
    apiKeys: new ApiKeyRepo(deps.db),
    stats: new StatsRepo(deps.db),
    settings,
    close() {
      unsubscribe();
      service.close();
    },
  };
}
