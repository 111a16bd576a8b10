// A complete Silkpress (database, demo content, app) on a scratch database, for HTTP tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openServices, publishingDeps, type Services } from '../../src/compose/index.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDemoContent } from '../../src/content/load-demo.ts';
import type { AdmissionGate, AdmissionLimits } from '../../src/http/admission-gate.ts';
import { buildApp } from '../../src/http/app.ts';
import type { Clock } from '../../src/kernel/clock.ts';
import { createScratchDatabase, type ScratchDatabase } from './test-db.ts';
import { TEST_SCRYPT_PARAMS } from '../../src/users/password-hash.ts';

/** A clock tests can set and move. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(date: Date | string): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A running test site. */
export interface TestSite {
  app: FastifyInstance;
  services: Services;
  clock: TestClock;
  url: string;
  /** The admission gate when the site was built with `admission` limits. */
  admission: AdmissionGate | null;
  close(): Promise<void>;
}

/** Each test app's site, for helpers that only get the app (e.g. to sign a comment form token). */
export const testSiteOfApp = new WeakMap<FastifyInstance, TestSite>();

/** Options for createTestSite. */
export interface TestSiteOptions {
  demo?: boolean;
  pageCacheEntries?: number;
  /** Reuse an existing database (e.g. a second instance on the same PostgreSQL). */
  databaseUrl?: string;
  now?: string;
  siteUrl?: string;
  /** Where uploads go (default: a temporary folder removed on close). */
  mediaDir?: string;
  /** Extra environment variables (SMTP_URL, COMMENT_FLOOD_SECONDS, SECRET_KEY…). */
  env?: Record<string, string>;
  /** Admission control limits (none by default, as in buildApp). */
  admission?: AdmissionLimits;
}

/** Opens a scratch database (unless given one), loads the demo, builds the app. */
export async function createTestSite(
  dialect: 'sqlite' | 'postgres',
  options: TestSiteOptions = {},
): Promise<TestSite> {
  const scratch: ScratchDatabase | null = options.databaseUrl
    ? null
    : await createScratchDatabase(dialect, { migrated: true });
  const url = options.databaseUrl ?? scratch!.url;
  const clock = new TestClock(new Date(options.now ?? '2026-11-26T12:00:00Z'));
  const config = loadConfig({
    DATABASE_URL: url,
    SITE_URL: options.siteUrl ?? 'http://news.test',
    PAGE_CACHE_ENTRIES: String(options.pageCacheEntries ?? 500),
    LOG_LEVEL: 'silent',
    MEDIA_DIR: options.mediaDir ?? mkdtempSync(join(tmpdir(), 'silkpress-media-')),
    ...options.env,
  });
  // Cheap scrypt cost: tests hash many passwords; verification code is the same.
  const services = await openServices(config, { clock, passwordHashing: TEST_SCRYPT_PARAMS });
  if (options.demo !== false) await loadDemoContent(publishingDeps(services.deps));
  const app = await buildApp(services.deps, { logger: false, admission: options.admission });
  await app.ready();
  const site: TestSite = {
    app,
    services,
    clock,
    url,
    admission: app.admission,
    async close() {
      await app.close();
      await services.close();
      await scratch?.drop();
      if (!options.mediaDir) rmSync(config.mediaDir, { recursive: true, force: true });
    },
  };
  testSiteOfApp.set(app, site);
  return site;
}
