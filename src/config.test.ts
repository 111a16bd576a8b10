import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, workerShare } from './config.ts';

describe('loadConfig', () => {
  it('uses the embedded SQLite default', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe('sqlite:./data/silkpress.db');
    expect(c.port).toBe(3000);
    expect(c.siteUrl).toBe('http://localhost:3000');
    expect(c.workers).toBe(availableParallelism());
    expect(loadConfig({ WORKERS: '1' }).workers).toBe(1);
  });

  it('sizes the page cache and SQLite cache per process: 16 MB and 4 MB unless told', () => {
    const c = loadConfig({});
    expect(c.pageCacheBytes).toBe(16 * 1024 * 1024);
    expect(c.sqliteCacheBytes).toBe(4 * 1024 * 1024);
    const big = loadConfig({ PAGE_CACHE_MB: '64', SQLITE_CACHE_MB: '32' });
    expect(big.pageCacheBytes).toBe(64 * 1024 * 1024);
    expect(big.sqliteCacheBytes).toBe(32 * 1024 * 1024);
  });

  it("shares the caches' budgets between cluster workers instead of giving each the whole", () => {
    const two = workerShare(loadConfig({ WORKERS: '2' }));
    expect(two.pageCacheBytes).toBe(8 * 1024 * 1024);
    expect(two.sqliteCacheBytes).toBe(2 * 1024 * 1024);
    const one = workerShare(loadConfig({ WORKERS: '1' }));
    expect(one.pageCacheBytes).toBe(16 * 1024 * 1024);
    expect(one.sqliteCacheBytes).toBe(4 * 1024 * 1024);
    // Never below 1 MB a worker, however many workers share it.
    const many = workerShare(loadConfig({ WORKERS: '64' }));
    expect(many.pageCacheBytes).toBe(1024 * 1024);
    expect(many.sqliteCacheBytes).toBe(1024 * 1024);
    expect(many.workers).toBe(64);
  });

  it('accepts PostgreSQL and a site URL, trimming the trailing slash', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h/db', SITE_URL: 'https://news.example.org/' });
    expect(c.databaseUrl).toBe('postgres://u@h/db');
    expect(c.siteUrl).toBe('https://news.example.org');
  });

  it('names every bad field at once', () => {
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'abc', LOG_LEVEL: 'loud', SITE_URL: 'ftp://x' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const fields = (err as ConfigError).issues.map((i) => i.split(':')[0]);
      expect(fields.sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'SITE_URL']);
    }
  });

  it.each([
    ['HOST', 'my host'],
    ['HOST', 'http://0.0.0.0'],
    ['HOST', 'bad_host!'],
    ['SMTP_URL', 'not a url'],
    ['SMTP_URL', 'http://mail.example.org'],
    ['SMTP_URL', 'smtp://'],
    ['WORKERS', '0'],
    ['WORKERS', 'two'],
    ['WORKERS', '1.5'],
    ['PAGE_CACHE_MB', '0'],
    ['PAGE_CACHE_MB', 'lots'],
    ['SQLITE_CACHE_MB', '-4'],
    ['SPAM_UPSTREAM_URL', 'hub.example'],
    ['SPAM_UPSTREAM_KEY', 'a key with spaces'],
    ['SPAM_UPSTREAM_TIMEOUT_MS', '10'],
    ['SPAM_UPSTREAM_TIMEOUT_MS', 'soon'],
    ['THEME', './theme/site.css'],
    ['THEME_CSS', './theme/index.js'],
  ])('names %s when it is %j', (name, value) => {
    try {
      loadConfig({ [name]: value });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).issues.map((i) => i.split(':')[0])).toEqual([name]);
    }
  });

  it('reads the theme: none by default, else absolute paths of its module and stylesheet', () => {
    expect(loadConfig({}).theme).toEqual({ module: null, css: null });
    expect(loadConfig({ THEME: '/srv/theme/index.js', THEME_CSS: '/srv/theme/site.css' }).theme).toEqual({
      module: '/srv/theme/index.js',
      css: '/srv/theme/site.css',
    });
    expect(loadConfig({ THEME: 'theme.mjs' }).theme.module).toBe(resolve('theme.mjs'));
  });

  it('reads the spam upstream: none by default, URL and key together, a 1.5 s timeout by default', () => {
    expect(loadConfig({}).spamUpstream).toBeNull();
    expect(
      loadConfig({ SPAM_UPSTREAM_URL: 'https://hub.example/', SPAM_UPSTREAM_KEY: 'abc123' }).spamUpstream,
    ).toEqual({ url: 'https://hub.example', key: 'abc123', timeoutMs: 1500 });
    expect(
      loadConfig({
        SPAM_UPSTREAM_URL: 'http://127.0.0.1:4000',
        SPAM_UPSTREAM_KEY: 'k',
        SPAM_UPSTREAM_TIMEOUT_MS: '300',
      }).spamUpstream?.timeoutMs,
    ).toBe(300);
    for (const env of [{ SPAM_UPSTREAM_URL: 'https://hub.example' }, { SPAM_UPSTREAM_KEY: 'k' }]) {
      try {
        loadConfig(env);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        expect((err as ConfigError).issues[0]).toMatch(/^SPAM_UPSTREAM_(URL|KEY): must be set with/);
      }
    }
  });

  it('accepts host names and IP addresses, bracketing IPv6 in the default site URL', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).siteUrl).toBe('http://localhost:3000');
    expect(loadConfig({ HOST: 'news.internal' }).siteUrl).toBe('http://news.internal:3000');
    expect(loadConfig({ HOST: 'fd00::5' }).siteUrl).toBe('http://[fd00::5]:3000');
    expect(new URL(loadConfig({ HOST: 'fd00::5' }).siteUrl).port).toBe('3000');
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465?from=a@b.io' }).smtpUrl).toContain(
      'smtps:',
    );
  });
});
