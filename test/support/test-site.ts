// A complete Silkpress (database, demo content, app) on a scratch database, for HTTP tests.
import { createHash } from 'node:crypto';
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
import { scanSources } from '../../src/build-stamp.ts';
import { createFilledDatabase, createScratchDatabase, type ScratchDatabase } from './test-db.ts';
import { TEST_SCRYPT_PARAMS } from '../../src/users/password-hash.ts';
import { repoRoot } from './requirements.ts';

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

const hash = (text: string, length: number) =>
  createHash('sha256').update(text).digest('hex').slice(0, length);

/**
 * A scratch database with the demo newsroom loaded, copied from a template made once per state of
 * the sources and clock reading (loading it costs a site 100–150 ms of CPU, the copy a few ms).
 * What the demo writes depends on the sources and on the clock (the accounts' and settings' dates),
 * not on the site's address or other settings: the demo articles carry their own dates, and the
 * loader uses the database and the Markdown renderer only. The template is made without a secret
 * key row, so the site's own services store theirs on opening, as on an empty database.
 */
function demoDatabase(dialect: 'sqlite' | 'postgres', now: string): Promise<ScratchDatabase> {
  const stamp = scanSources(join(repoRoot, 'src'));
  const template = {
    family: `demo_${hash(repoRoot, 8)}`,
    sources: hash(`${stamp.files}:${stamp.newestMtimeMs}`, 10),
    variant: hash(now, 8),
  };
  return createFilledDatabase(dialect, template, async (url) => {
    const config = loadConfig({
      DATABASE_URL: url,
      LOG_LEVEL: 'silent',
      SECRET_KEY: 'x'.repeat(48),
      MEDIA_DIR: join(tmpdir(), 'silkpress-demo-template-media'),
    });
    const services = await openServices(config, { clock: new TestClock(new Date(now)), migrate: false });
    try {
      await loadDemoContent(publishingDeps(services.deps));
    } finally {
      await services.close();
    }
  });
}

/**
 * Opens a scratch database (unless given one) with the demo loaded (unless `demo: false`), builds
 * the app.
 */
export async function createTestSite(
  dialect: 'sqlite' | 'postgres',
  options: TestSiteOptions = {},
): Promise<TestSite> {
  const now = options.now ?? '2026-11-26T12:00:00Z';
  // A database given (a second instance) gets the demo loaded into it, as a server would do.
  const copyDemo = options.demo !== false && !options.databaseUrl;
  const scratch: ScratchDatabase | null = options.databaseUrl
    ? null
    : copyDemo
      ? await demoDatabase(dialect, now)
      : await createScratchDatabase(dialect, { migrated: true });
  const url = options.databaseUrl ?? scratch!.url;
  const clock = new TestClock(new Date(now));
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
  if (options.demo !== false && !copyDemo) await loadDemoContent(publishingDeps(services.deps));
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
