// The one place that reads the environment: parsed once into a typed Config, failing fast with
// every bad field named (DESIGN.md §3.1, §3.8).
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { S3Options } from './media/s3-media-store.ts';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

const isSmtpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
};

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/silkpress.db')
    .refine((v) => /^(sqlite:|postgres(ql)?:\/\/)/.test(v), {
      message: 'must start with sqlite: or postgres://',
    }),
  HOST: z
    .string()
    .default('127.0.0.1')
    .refine((v) => isIP(v) !== 0 || HOST_NAME.test(v), {
      message: 'must be an IP address or host name to listen on, such as 127.0.0.1 or 0.0.0.0',
    }),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SITE_URL: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }).optional(),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  PAGE_CACHE_ENTRIES: z.coerce.number().int().min(0).default(2000),
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(65536).default(16),
  SQLITE_CACHE_MB: z.coerce.number().int().min(1).max(65536).default(4),
  COMMENT_FLOOD_SECONDS: z.coerce.number().int().min(0).optional(),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  SMTP_URL: z
    .string()
    .refine(isSmtpUrl, {
      message: 'must be an smtp:// or smtps:// URL, such as smtp://user:pass@mail.example.org:587',
    })
    .optional(),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).optional(),
  MEDIA_DIR: z.string().min(1).default('./data/media'),
  MEDIA_STORE: z.enum(['fs', 's3'], { message: 'must be fs (the MEDIA_DIR folder) or s3' }).default('fs'),
  S3_ENDPOINT: z
    .url({
      protocol: /^https?$/,
      message: 'must be an http(s) URL, such as https://s3.eu-central-1.amazonaws.com',
    })
    .optional(),
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'must be a bucket name (3-63 lower-case letters, digits, dots, hyphens)',
    )
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_PREFIX: z
    .string()
    .regex(/^(?:[A-Za-z0-9._-]+\/)*$/, "must be empty or end in '/', such as media/")
    .default(''),
  S3_PATH_STYLE: z.enum(['true', 'false', '1', '0']).default('true'),
  S3_PUBLIC_URL: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }).optional(),
  WORKERS: z.coerce
    .number({ message: 'must be a whole number of worker processes, such as 1 or 4' })
    .int('must be a whole number of worker processes, such as 1 or 4')
    .min(1, 'must be at least 1')
    .max(256, 'must be at most 256')
    .optional(),
  MALLOC_ARENA_MAX: z
    .string()
    .regex(/^[1-9]\d*$/, 'must be a whole number of malloc arenas, such as 2')
    .default('2'),
  // Node's own variable, read only to leave the heap flags an operator set in it to them.
  NODE_OPTIONS: z.string().optional(),
  MAX_CONCURRENT_REQUESTS: z.coerce
    .number({ message: 'must be a whole number, such as 4' })
    .int('must be a whole number, such as 4')
    .min(1, 'must be at least 1')
    .default(4),
  MAX_QUEUED_REQUESTS: z.coerce
    .number({ message: 'must be a whole number, such as 256' })
    .int('must be a whole number, such as 256')
    .min(0, 'must not be negative')
    .default(256),
  MAX_QUEUE_WAIT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds, such as 250' })
    .min(0, 'must not be negative')
    .default(250),
  THEME: z
    .string()
    .regex(/\.(m?js|ts)$/, 'must name a theme module, such as ./theme/index.js (docs/themes.md)')
    .optional(),
  THEME_CSS: z
    .string()
    .regex(/\.css$/, 'must name a stylesheet, such as ./theme/site.css')
    .optional(),
  SPAM_UPSTREAM_URL: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }).optional(),
  SPAM_UPSTREAM_KEY: z
    .string()
    .regex(/^[A-Za-z0-9._~-]{1,200}$/, 'must be an Akismet API key (letters, digits, . _ ~ -)')
    .optional(),
  SPAM_UPSTREAM_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a whole number of milliseconds, such as 1500' })
    .int('must be a whole number of milliseconds, such as 1500')
    .min(50, 'must be at least 50')
    .max(30_000, 'must be at most 30000')
    .default(1500),
});

/** Validated runtime configuration. */
export interface Config {
  databaseUrl: string;
  host: string;
  port: number;
  siteUrl: string;
  /** True when SITE_URL was set (false: siteUrl is the http://localhost:PORT default). */
  siteUrlConfigured: boolean;
  logLevel: (typeof logLevels)[number];
  /** `json` lines, `pretty` lines for a person, or `auto` (pretty on a terminal, else JSON). */
  logFormat: 'auto' | 'json' | 'pretty';
  pageCacheEntries: number;
  /**
   * Memory budget of the page cache, in bytes (pages, with their compressed forms): PAGE_CACHE_MB,
   * the whole server's; a cluster worker gets its share (`workerShare`).
   */
  pageCacheBytes: number;
  /**
   * SQLite's own page cache, in bytes (the OS file cache holds the rest): SQLITE_CACHE_MB, the
   * whole server's; a cluster worker's connection gets its share (`workerShare`).
   */
  sqliteCacheBytes: number;
  commentFloodSeconds: number | undefined;
  secretKey: string | undefined;
  smtpUrl: string | undefined;
  /** Trust X-Forwarded-For from the load balancer (for client IPs). */
  trustProxy: boolean;
  /** Directory of uploaded images (absolute), for the `fs` media store and backups. */
  mediaDir: string;
  /** Where media live: the MEDIA_DIR folder, or an S3-compatible bucket (docs/scaling.md, "Media"). */
  media: { store: 'fs' } | ({ store: 's3' } & S3Options);
  /** Worker processes `silkpress start` runs (WORKERS; default one per core; 1 = no cluster). */
  workers: number;
  /**
   * glibc malloc arenas of each worker (MALLOC_ARENA_MAX, default 2; read by glibc when a process
   * starts, so the primary passes it to the workers it forks; docs/scaling.md, "Memory per worker, 2026-12-06").
   */
  workerMallocArenas: string;
  /** NODE_OPTIONS as the process got it: flags set there win over the workers' defaults (cli/worker-flags.ts). */
  nodeOptions: string | undefined;
  /** Admission control per worker (docs/scaling.md, "Overload"). */
  admission: { concurrency: number; maxQueue: number; maxWaitMs: number };
  /**
   * An Akismet-protocol service asked during each check (SPAM_UPSTREAM_URL, SPAM_UPSTREAM_KEY,
   * SPAM_UPSTREAM_TIMEOUT_MS), or null: then no comment data leaves the server.
   */
  spamUpstream: { url: string; key: string; timeoutMs: number } | null;
  /**
   * The site theme (docs/themes.md): a module whose exports are merged over the stock theme
   * (THEME), and a stylesheet added after the theme's (THEME_CSS); absolute paths, or null.
   */
  theme: { module: string | null; css: string | null };
}

/** The least a worker's share of a cache budget is (a page of 500 comments is about 0.5 MB). */
const MIN_WORKER_CACHE_BYTES = 1024 * 1024;

/**
 * The configuration of one of `workers` cluster workers: the page cache's and SQLite's budgets
 * (PAGE_CACHE_MB, SQLITE_CACHE_MB) are the server's, divided between its workers rather than
 * multiplied by them (each at least 1 MB). Every worker serves the same hot pages, so two 8 MB
 * caches hold nearly what two 16 MB ones did, for 8 MB less in each (docs/scaling.md, "Memory per
 * worker").
 */
export function workerShare(config: Config): Config {
  if (config.workers <= 1) return config;
  const share = (bytes: number) => Math.max(MIN_WORKER_CACHE_BYTES, Math.floor(bytes / config.workers));
  return {
    ...config,
    pageCacheBytes: share(config.pageCacheBytes),
    sqliteCacheBytes: share(config.sqliteCacheBytes),
  };
}

/** Thrown when the environment is invalid; the message lists every bad field. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default) into a Config, or throws ConfigError. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(envSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.MEDIA_STORE === 's3') {
    const missing = (
      ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const
    ).filter((k) => e[k] === undefined);
    if (missing.length > 0) throw new ConfigError(missing.map((k) => `${k}: required when MEDIA_STORE=s3`));
  }
  if ((e.SPAM_UPSTREAM_URL === undefined) !== (e.SPAM_UPSTREAM_KEY === undefined)) {
    throw new ConfigError([
      e.SPAM_UPSTREAM_URL === undefined
        ? 'SPAM_UPSTREAM_URL: must be set with SPAM_UPSTREAM_KEY (the upstream service to ask)'
        : 'SPAM_UPSTREAM_KEY: must be set with SPAM_UPSTREAM_URL (the key the upstream service gave you)',
    ]);
  }
  const loopbackOrAny = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(e.HOST);
  const defaultHost = loopbackOrAny ? 'localhost' : isIP(e.HOST) === 6 ? `[${e.HOST}]` : e.HOST;
  return {
    databaseUrl: e.DATABASE_URL,
    host: e.HOST,
    port: e.PORT,
    siteUrl: (e.SITE_URL ?? `http://${defaultHost}:${e.PORT}`).replace(/\/+$/, ''),
    siteUrlConfigured: e.SITE_URL !== undefined,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    pageCacheEntries: e.PAGE_CACHE_ENTRIES,
    pageCacheBytes: e.PAGE_CACHE_MB * 1024 * 1024,
    sqliteCacheBytes: e.SQLITE_CACHE_MB * 1024 * 1024,
    commentFloodSeconds: e.COMMENT_FLOOD_SECONDS,
    secretKey: e.SECRET_KEY,
    smtpUrl: e.SMTP_URL,
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
    mediaDir: resolve(e.MEDIA_DIR),
    media:
      e.MEDIA_STORE === 's3'
        ? {
            store: 's3',
            endpoint: e.S3_ENDPOINT!,
            bucket: e.S3_BUCKET!,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID!,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
            prefix: e.S3_PREFIX,
            pathStyle: e.S3_PATH_STYLE === 'true' || e.S3_PATH_STYLE === '1',
            publicUrl: e.S3_PUBLIC_URL?.replace(/\/+$/, ''),
          }
        : { store: 'fs' },
    workers: e.WORKERS ?? availableParallelism(),
    workerMallocArenas: e.MALLOC_ARENA_MAX,
    nodeOptions: e.NODE_OPTIONS,
    admission: {
      concurrency: e.MAX_CONCURRENT_REQUESTS,
      maxQueue: e.MAX_QUEUED_REQUESTS,
      maxWaitMs: e.MAX_QUEUE_WAIT_MS,
    },
    spamUpstream:
      e.SPAM_UPSTREAM_URL !== undefined && e.SPAM_UPSTREAM_KEY !== undefined
        ? {
            url: e.SPAM_UPSTREAM_URL.replace(/\/+$/, ''),
            key: e.SPAM_UPSTREAM_KEY,
            timeoutMs: e.SPAM_UPSTREAM_TIMEOUT_MS,
          }
        : null,
    theme: {
      module: e.THEME === undefined ? null : resolve(e.THEME),
      css: e.THEME_CSS === undefined ? null : resolve(e.THEME_CSS),
    },
  };
}
