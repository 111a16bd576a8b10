// The Akismet API's limits live in the database: a key's requests per minute are counted across
// instances and survive a restart, and an address guessing keys is refused after 20 invalid ones
// (parallel guesses included), while other addresses and valid keys are unaffected.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/spam/network/api-key-service.ts';
import { INVALID_KEY_LIMIT } from '../../src/http/akismet/key-guard.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const form = (values: Record<string, string>) => new URLSearchParams(values).toString();
const guess = () => randomBytes(12).toString('hex');

for (const dialect of testDialects()) {
  describe(`Akismet API limits [${dialect}]`, () => {
    let a: TestSite;
    let b: TestSite;
    beforeAll(async () => {
      a = await createTestSite(dialect, { demo: false });
      b = await createTestSite(dialect, { databaseUrl: a.url, demo: false });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });
    const post = (site: TestSite, path: string, body: Record<string, string>, ip = '192.0.2.1') =>
      site.app.inject({
        method: 'POST',
        url: path,
        remoteAddress: ip,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: form(body),
      });
    const check = (site: TestSite, key: string, ip?: string) =>
      post(
        site,
        '/1.1/comment-check',
        { api_key: key, blog: 'http://b.example', user_ip: '198.51.100.1', comment_content: 'Hello there.' },
        ip,
      );

    it('a key’s rate limit is shared by the instances and survives a restart', async () => {
      const spam = a.services.deps.spam!;
      const key = (await createApiKey(spam.apiKeys, { label: 'Four', rateLimit: 4 }, a.clock.now())).key;
      const codes = [];
      for (const site of [a, b, a, b, a]) codes.push((await check(site, key)).statusCode);
      expect(codes).toEqual([200, 200, 200, 200, 429]);
      // A new instance on the same database (a restart) still refuses within the minute.
      const c = await createTestSite(dialect, { databaseUrl: a.url, demo: false });
      try {
        const refused = await check(c, key);
        expect(refused.statusCode).toBe(429);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
        c.clock.advance(61_000);
        expect((await check(c, key)).statusCode).toBe(200);
      } finally {
        await c.close();
      }
    });

    it('an address guessing keys gets 429 after 20 invalid ones, parallel guesses included', async () => {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          i % 2
            ? post(a, '/1.1/verify-key', { key: guess(), blog: 'http://b.example' }, '203.0.113.66')
            : check(b, guess(), '203.0.113.66'),
        ),
      );
      const invalid = answers.filter((r) => r.statusCode === 200 && r.body === 'invalid');
      const refused = answers.filter((r) => r.statusCode === 429);
      expect(invalid).toHaveLength(INVALID_KEY_LIMIT.limit);
      expect(refused).toHaveLength(50 - INVALID_KEY_LIMIT.limit);
      expect(Number(refused[0]!.headers['retry-after'])).toBeGreaterThan(14 * 60);
      // Other addresses are not affected, and a valid key works from them.
      expect((await post(a, '/1.1/verify-key', { key: guess(), blog: 'x' }, '203.0.113.67')).body).toBe(
        'invalid',
      );
      const spam = a.services.deps.spam!;
      const key = (await createApiKey(spam.apiKeys, { label: 'Good' }, a.clock.now())).key;
      expect((await post(b, '/1.1/verify-key', { key, blog: 'x' }, '203.0.113.68')).body).toBe('valid');
      // The window ends: the address may try again.
      b.clock.advance(INVALID_KEY_LIMIT.windowMs);
      expect((await post(b, '/1.1/verify-key', { key: guess(), blog: 'x' }, '203.0.113.66')).body).toBe(
        'invalid',
      );
    });
  });
}
