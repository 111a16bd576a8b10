import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the embedded SQLite default', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe('sqlite:./data/silkpress.db');
    expect(c.port).toBe(3000);
    expect(c.siteUrl).toBe('http://localhost:3000');
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
});
