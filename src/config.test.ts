import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the embedded SQLite default', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe('sqlite:./data/silkpress.db');
    expect(c.port).toBe(3000);
    expect(c.siteUrl).toBe('http://localhost:3000');
    expect(c.workers).toBe(availableParallelism());
    expect(loadConfig({ WORKERS: '1' }).workers).toBe(1);
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
  ])('names %s when it is %j', (name, value) => {
    try {
      loadConfig({ [name]: value });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).issues.map((i) => i.split(':')[0])).toEqual([name]);
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
