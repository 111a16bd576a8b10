// The Akismet-compatible API with the real npm clients `akismet` and `akismet-api` against a
// listening server, plus the wire details those clients do not exercise: bad keys, missing
// parameters, oversized bodies, malformed encodings, rate limits and learning from reports.
import type { LookupFunction } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/spam/network/api-key-service.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

const require = createRequire(import.meta.url);
interface CallbackClient {
  verifyKey(cb: (err: unknown, valid: boolean) => void): void;
  checkComment(options: Record<string, string>, cb: (err: unknown, spam: boolean) => void): void;
  submitSpam(options: Record<string, string>, cb: (err: unknown) => void): void;
}
interface PromiseClient {
  verifyKey(): Promise<boolean>;
  checkSpam(comment: Record<string, unknown>): Promise<boolean>;
  submitHam(comment: Record<string, unknown>): Promise<unknown>;
}
const akismet = require('akismet') as { client(o: Record<string, unknown>): CallbackClient };
const { AkismetClient } = require('akismet-api') as {
  AkismetClient: new (o: Record<string, unknown>) => PromiseClient;
};

// akismet-api posts with superagent; its requests accept a custom DNS `lookup`, which the test
// sets on every request so that KEY.localhost resolves to the loopback address.
const superagentPath = require.resolve('superagent', { paths: [require.resolve('akismet-api')] });
const superagent = require(superagentPath) as {
  Request: { prototype: { request(this: { _lookup?: LookupFunction }): unknown } };
};

const call = <T>(fn: (cb: (err: unknown, value: T) => void) => void): Promise<T> =>
  new Promise((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value))));

const HAM = {
  comment_content:
    'Thanks for the clear write-up on the council budget; the table of school funding helped me a lot.',
  comment_author: 'Maria Lopez',
  comment_author_email: 'maria@example.org',
};
const SPAM_TEXT =
  'CHEAP casino bonus!!! Win money now, free viagra and crypto profits http://bit.ly/x1 http://bit.ly/x2 http://tinyurl.com/x3';

for (const dialect of testDialects()) {
  describe(`Akismet-compatible API [${dialect}]`, () => {
    let site: TestSite;
    let key: string;
    let port: number;
    const blog = 'http://blog.example';
    let savedRequest: (() => unknown) | null = null;

    const post = (path: string, body: string, headers: Record<string, string> = {}) =>
      site.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        payload: body,
      });
    const form = (values: Record<string, string>) => new URLSearchParams(values).toString();

    beforeAll(async () => {
      site = await createTestSite(dialect, { demo: false });
      const spam = site.services.deps.spam!;
      key = (await createApiKey(spam.apiKeys, { label: 'Test blog', siteUrl: blog }, site.clock.now())).key;
      await site.app.listen({ port: 0, host: '127.0.0.1' });
      const address = site.app.server.address();
      port = typeof address === 'object' && address ? address.port : 0;
      // akismet-api calls KEY.localhost: resolve every *.localhost name to the loopback address.
      const lookup: LookupFunction = (_host, options, cb) => {
        if ((options as { all?: boolean }).all)
          (cb as unknown as (e: null, a: object[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
        else cb(null, '127.0.0.1', 4);
      };
      const proto = superagent.Request.prototype;
      const original = proto.request;
      savedRequest = original;
      proto.request = function (this: { _lookup?: LookupFunction }) {
        this._lookup ??= lookup;
        return original.call(this);
      };
    }, 60_000);
    afterAll(async () => {
      if (savedRequest) superagent.Request.prototype.request = savedRequest;
      await site?.close();
    });

    it('an ambiguous comment is not spam ("false") and is marked for a moderator', async () => {
      // A toll-free number and "hotline" in a question: the filter's hold band, not spam.
      // (First in this file: later tests teach the site model, which moves scores.)
      const res = await post(
        '/1.1/comment-check',
        form({
          api_key: key,
          blog,
          user_ip: '198.51.100.7',
          comment_content:
            // (not a council's line: a public body's number selling nothing counts towards ham)
            'Is the hotline on 0800 123 4567 still open? The article lists a different one.',
        }),
      );
      expect(res.body).toBe('false');
      expect(res.headers['x-silkpress-verdict']).toBe('hold');
      const ham = await post(
        '/1.1/comment-check',
        form({ api_key: key, blog, user_ip: '198.51.100.8', ...HAM }),
      );
      expect(ham.body).toBe('false');
      expect(ham.headers['x-silkpress-verdict']).toBeUndefined();
    });

    it("a link to the client site's own page (its blog) is the publication's, not a bare link", async () => {
      const check = (values: Record<string, string>) =>
        post('/1.1/comment-check', form({ api_key: key, user_ip: '198.51.100.9', ...values }));
      const elsewhere = await check({
        blog: 'http://other.example',
        comment_content: 'Related: http://blog.example/news/2026/10/gas-prices',
      });
      // (not published: spam or held for a moderator)
      expect(elsewhere.body === 'true' || elsewhere.headers['x-silkpress-verdict'] === 'hold').toBe(true);
      const own = await check({
        blog,
        comment_content: 'Related: http://blog.example/news/2026/11/visa-free-regime',
      });
      expect(own.body).toBe('false');
      expect(own.headers['x-silkpress-verdict']).toBeUndefined();
    });

    it('akismet (npm): verify-key, comment-check ham and spam, submit-spam', async () => {
      const opts = { blog, apiKey: key, host: '127.0.0.1', endPoint: '127.0.0.1', port };
      const client = akismet.client(opts);
      expect(await call<boolean>((cb) => client.verifyKey(cb))).toBe(true);
      const bad = akismet.client({ ...opts, apiKey: '000000000000000000000000' });
      expect(await call<boolean>((cb) => bad.verifyKey(cb))).toBe(false);
      // This client sends the key only to verify-key; for checks it travels as api_key.
      const base = {
        api_key: key,
        user_ip: '203.0.113.7',
        user_agent: 'Mozilla/5.0',
        permalink: `${blog}/a`,
      };
      expect(await call<boolean>((cb) => client.checkComment({ ...base, ...HAM }, cb))).toBe(false);
      expect(
        await call<boolean>((cb) =>
          client.checkComment({ ...base, comment_author: 'viagra-test-123', comment_content: 'hi' }, cb),
        ),
      ).toBe(true);
      await call<unknown>((cb) =>
        client.submitSpam({ ...base, comment_content: SPAM_TEXT }, (e) => cb(e, null)),
      );
    }, 60_000);

    it('akismet-api (npm): the key as the first label of the host name', async () => {
      const client = new AkismetClient({ key, blog, host: `localhost:${port}`, protocol: 'http' });
      expect(await client.verifyKey()).toBe(true);
      const ham = { ip: '203.0.113.8', useragent: 'Mozilla/5.0', content: HAM.comment_content, name: 'Ana' };
      expect(await client.checkSpam(ham)).toBe(false);
      expect(await client.checkSpam({ ...ham, email: 'akismet-guaranteed-spam@example.com' })).toBe(true);
      expect(await client.checkSpam({ ...ham, name: 'viagra-test-123', role: 'administrator' })).toBe(false);
      expect(await client.checkSpam({ ...ham, honeypot: 'filled by a bot' })).toBe(true);
      await client.submitHam(ham);
      const wrong = new AkismetClient({
        key: 'ffffffffffffffffffffffff',
        blog,
        host: `localhost:${port}`,
        protocol: 'http',
      });
      await expect(wrong.checkSpam(ham)).rejects.toThrow(/Invalid API key/);
      await expect(client.checkSpam({ content: 'no ip' })).rejects.toThrow(/user_ip/);
    }, 60_000);

    it('answers in the exact wire format with a guid on every check', async () => {
      const res = await post(
        '/1.2/comment-check',
        form({ api_key: key, blog, user_ip: '198.51.100.1', ...HAM, unknown_thing: 'x' }),
      );
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('false');
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.headers['x-akismet-guid']).toMatch(/^[0-9a-f-]{36}$/);
      const invalid = await post(
        '/1.1/comment-check',
        form({ api_key: 'abc', blog, user_ip: '198.51.100.1' }),
      );
      expect(invalid.body).toBe('invalid');
      expect(invalid.headers['x-akismet-debug-help']).toBeTruthy();
      const noKey = await post('/1.1/verify-key', form({ blog }));
      expect(noKey.body).toBe('invalid');
      const viaHost = await post('/1.1/comment-check', form({ blog, user_ip: '198.51.100.2', ...HAM }), {
        host: `${key}.rest.example`,
      });
      expect(viaHost.body).toBe('false');
      const thanks = await post('/1.1/submit-ham', form({ key, blog, user_ip: '198.51.100.2', ...HAM }));
      expect(thanks.body).toBe('Thanks for making the web a better place.');
    });

    it('missing parameters, oversized bodies and malformed encodings', async () => {
      const noIp = await post('/1.1/comment-check', form({ api_key: key, blog, ...HAM }));
      expect(noIp.statusCode).toBe(200);
      expect(noIp.body).toBe('Missing required field: user_ip.');
      expect(noIp.headers['x-akismet-debug-help']).toBe('Empty "user_ip" value');
      const noBlog = await post('/1.1/submit-spam', form({ api_key: key, user_ip: '198.51.100.3' }));
      expect(noBlog.body).toBe('Missing required field: blog.');
      const big = await post(
        '/1.1/comment-check',
        form({ api_key: key, blog, user_ip: '1.2.3.4', comment_content: 'x'.repeat(70_000) }),
      );
      expect(big.statusCode).toBe(413);
      const badPercent = await post(
        '/1.1/comment-check',
        `api_key=${key}&blog=b&user_ip=1.2.3.4&comment_content=%E0%A4%A`,
      );
      expect(badPercent.statusCode).toBe(400);
      const badUtf8 = await site.app.inject({
        method: 'POST',
        url: '/1.1/comment-check',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: Buffer.concat([
          Buffer.from(`api_key=${key}&blog=b&user_ip=1.2.3.4&comment_content=`),
          Buffer.from([0xc3, 0x28]),
        ]),
      });
      expect(badUtf8.statusCode).toBe(400);
      const overlong = await post(
        '/1.1/comment-check',
        `api_key=${key}&blog=b&user_ip=1.2.3.4&comment_content=%C0%AF`,
      );
      expect(overlong.statusCode).toBe(400);
    });

    it('is_test never teaches the model; submit-spam joined by guid does', async () => {
      const spam = site.services.deps.spam!;
      // A trusted client teaches the model on its own (an untrusted one once a second client
      // reports the same campaign: test/akismet/akismet-network.test.ts).
      const key = (
        await createApiKey(
          spam.apiKeys,
          { label: 'Newsroom', siteUrl: blog, trusted: true },
          site.clock.now(),
        )
      ).key;
      // Not spam before it is reported (held), so the report has something to teach: "Visit my
      // shop …" is spam at first sight since the own-channel signal (2026-12-06).
      const text = 'Visit the shop for replica watches and cheap handbags at great prices every day';
      const check = async (extra: Record<string, string> = {}) => {
        const res = await post(
          '/1.1/comment-check',
          form({ api_key: key, blog, user_ip: '192.0.2.50', comment_content: text, ...extra }),
        );
        return { guid: String(res.headers['x-akismet-guid']), body: res.body };
      };
      const version = async () => (await spam.verdicts.loadModel())?.version ?? 0;
      const before = await version();
      const first = await check({ is_test: '1' });
      await post(
        '/1.1/submit-spam',
        form({
          api_key: key,
          blog,
          user_ip: '192.0.2.50',
          comment_content: text,
          guid: first.guid,
          is_test: '1',
        }),
      );
      const stored = await spam.verdicts.findByGuid(first.guid);
      expect(stored?.isTest).toBe(true);
      expect(await version()).toBe(before);
      const second = await check();
      await post(
        '/1.1/submit-spam',
        form({ api_key: key, blog, user_ip: '192.0.2.50', comment_content: text, guid: second.guid }),
      );
      expect((await spam.verdicts.findByGuid(second.guid))?.correction).toBe('spam');
      expect(await version()).toBe(before + 1);
    });

    it('usage is counted and a key over its rate limit gets 429', async () => {
      const spam = site.services.deps.spam!;
      const small = (await createApiKey(spam.apiKeys, { label: 'Tiny', rateLimit: 3 }, site.clock.now())).key;
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (
            await post(
              '/1.1/comment-check',
              form({ api_key: small, blog, user_ip: '192.0.2.9', comment_content: 'hello' }),
            )
          ).statusCode,
        );
      expect(statuses).toEqual([200, 200, 200, 429]);
      site.clock.advance(61_000);
      const usage = await post('/1.2/usage-limit', form({ api_key: small }));
      expect(usage.statusCode).toBe(200);
      expect(JSON.parse(usage.body)).toMatchObject({ limit: 'none', usage: 3, throttled: false });
      const sites = await post('/1.2/key-sites', form({ api_key: key }));
      const report = JSON.parse(sites.body) as Record<string, unknown>;
      expect(report.total).toBe(1);
    });
  });
}
