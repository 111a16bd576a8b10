// Mail through a real SMTP server: moderators hear about held comments, commenters confirm
// reply notifications (double opt-in) and can unsubscribe in one click; names cannot inject
// headers; two app instances on one PostgreSQL send every outbox message exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../admin/admin-client.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { postgresAvailable } from '../support/test-db.ts';
import { commentIdOf, decodeHtml, firstArticleSlug, postForm, setCommentSettings } from './helpers.ts';
import { bodyOf, headersOf, type SmtpSink, startSmtpSink } from './smtp-sink.ts';

const runJob = async (site: TestSite, name: string) => {
  const job = site.services.jobs.find((j) => j.name === name);
  if (!job) throw new Error(`no job ${name}`);
  await job.run();
};

/** Quoted-printable soft breaks and =XX escapes removed, for reading bodies. */
const bodyText = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

describe('comment mail over SMTP', () => {
  let smtp: SmtpSink;
  let site: TestSite;
  let slug: string;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    site = await createTestSite('sqlite', { env: { SMTP_URL: smtp.url, COMMENT_FLOOD_SECONDS: '0' } });
    slug = await firstArticleSlug(site.app);
  });
  afterAll(async () => {
    await site?.close();
    await smtp?.close();
  });

  it('tells moderators about a held comment, through the outbox', async () => {
    const owner = await makeUser(site, 'owner', 'Olga Owner');
    const res = await postForm(site.app, slug, {
      comment: 'Hold me please',
      author: 'Pat',
      email: 'pat@example.com',
    });
    expect(res.statusCode).toBe(303);
    expect(smtp.received).toHaveLength(0); // posting never waits for SMTP
    await runJob(site, 'comments.send-outbox');
    const mail = smtp.received.find((m) => m.to.includes(owner.email));
    expect(mail).toBeDefined();
    expect(headersOf(mail!.raw).subject).toContain('Please moderate');
    expect(bodyText(mail!.raw)).toContain('Hold me please');
  });

  it('sends reply notifications only after confirmation, with one-click unsubscribe', async () => {
    await setCommentSettings(site, { commentsHoldFirstTime: false });
    const parentRes = await postForm(site.app, slug, {
      comment: 'Tell me about replies',
      author: 'Quinn',
      email: 'quinn@example.com',
      notify: 'on',
    });
    const parentId = commentIdOf(parentRes);
    await runJob(site, 'comments.send-outbox');
    const confirm = smtp.received.find((m) => m.to.includes('quinn@example.com'));
    expect(headersOf(confirm!.raw).subject).toContain('Confirm reply notifications');
    const link = /http:\/\/news\.test(\/comments\/subscriptions\/confirm\?token=[A-Za-z0-9_%-]+)/.exec(
      bodyText(confirm!.raw),
    )![1]!;

    // Before confirming, a reply sends nothing to Quinn.
    await postForm(site.app, slug, {
      comment: 'Early reply',
      author: 'Rita',
      email: 'rita@example.com',
      parentId: String(parentId),
    });
    await runJob(site, 'comments.send-outbox');
    expect(smtp.received.filter((m) => m.to.includes('quinn@example.com'))).toHaveLength(1);

    // The link opens a page with a button (prefetching scanners confirm nothing); pressing it confirms.
    const opened = await site.app.inject({ url: decodeHtml(link) });
    expect(opened.statusCode).toBe(200);
    const token = new URL(decodeHtml(link), 'http://news.test').searchParams.get('token')!;
    const confirmed = await site.app.inject({
      method: 'POST',
      url: '/comments/subscriptions/confirm',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ token }).toString(),
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('Subscription confirmed');

    await postForm(site.app, slug, {
      comment: 'Second reply',
      author: 'Mallory\r\nBcc: victim@example.com',
      email: 'mallory@example.com',
      parentId: String(parentId),
    });
    await runJob(site, 'comments.send-outbox');
    const replies = smtp.received.filter((m) => m.to.includes('quinn@example.com'));
    expect(replies).toHaveLength(2);
    const reply = replies[1]!;
    const headers = headersOf(reply.raw);
    expect(headers.subject).toContain('replied to your comment');
    expect(headers['bcc']).toBeUndefined();
    expect(smtp.received.some((m) => m.to.includes('victim@example.com'))).toBe(false);
    expect(headers['list-unsubscribe']).toMatch(
      /^<http:\/\/news\.test\/comments\/subscriptions\/unsubscribe\?s=\d+&sig=[\w-]+&lang=[\w-]+>$/,
    );
    expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const unsubscribe = headers['list-unsubscribe']!.slice(1, -1).replace('http://news.test', '');
    const done = await site.app.inject({
      method: 'POST',
      url: unsubscribe,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(done.statusCode).toBe(200);
    const forged = await site.app.inject({ url: unsubscribe.replace(/sig=[\w-]+/, 'sig=forged') });
    expect(forged.statusCode).toBe(404);

    await postForm(site.app, slug, {
      comment: 'Third reply',
      author: 'Sam',
      email: 'sam@example.com',
      parentId: String(parentId),
    });
    await runJob(site, 'comments.send-outbox');
    expect(smtp.received.filter((m) => m.to.includes('quinn@example.com'))).toHaveLength(2);
  });

  it('a Chinese article’s opt-in mail goes out in Chinese, its language said in Content-Language', async () => {
    await setCommentSettings(site, { commentsHoldFirstTime: false, commentsCloseAfterDays: 0 });
    const res = await postForm(
      site.app,
      'wuzibieke-yingtao-jinru-zhongguo-chaoshi',
      { comment: '请告诉我回复。', author: '周杰', email: 'zhou@example.com', notify: 'on' },
      { ip: '198.51.100.40' },
    );
    expect(res.statusCode).toBe(303);
    await runJob(site, 'comments.send-outbox');
    const mail = smtp.received.find((m) => m.to.includes('zhou@example.com'))!;
    const headers = headersOf(mail.raw);
    expect(headers.subject).toMatch(/^\[.+\] 确认接收“.+”的回复通知$/);
    expect(headers['content-language']).toBe('zh-Hans');
    expect(headers.to).toContain('周杰');
    const text = bodyOf(mail.raw);
    expect(text).toContain('您请求在有人回复您对“');
    expect(text).toMatch(/确认：http:\/\/news\.test\/comments\/subscriptions\/confirm\?token=/);
  });

  it('keeps failed mail in the outbox and retries it later', async () => {
    const outbox = site.services.deps.comments!.outbox;
    await outbox.enqueue(
      [{ kind: 't', to: 'bad address', toName: '', subject: 'x', text: 'y', headers: {} }],
      site.clock.now(),
    );
    await runJob(site, 'comments.send-outbox');
    const entry = (await outbox.list(5)).find((m) => m.to === 'bad address')!;
    expect(entry.status).toBe('pending');
    expect(entry.attempts).toBe(1);
    expect(entry.lastError).not.toBeNull();
  });
});

describe.runIf(postgresAvailable())('two instances on one PostgreSQL', () => {
  let smtp: SmtpSink;
  let a: TestSite;
  let b: TestSite;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    a = await createTestSite('postgres', { env: { SMTP_URL: smtp.url } });
    b = await createTestSite('postgres', { databaseUrl: a.url, demo: false, env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await smtp?.close();
  });

  it('send every outbox message exactly once', async () => {
    const messages = Array.from({ length: 60 }, (_, i) => ({
      kind: 't',
      to: `r${i}@example.com`,
      toName: '',
      subject: `m${i}`,
      text: 'hi',
      headers: {},
    }));
    await a.services.deps.comments!.outbox.enqueue(messages, a.clock.now());
    await Promise.all([
      runJob(a, 'comments.send-outbox'),
      runJob(b, 'comments.send-outbox'),
      runJob(a, 'comments.send-outbox'),
      runJob(b, 'comments.send-outbox'),
    ]);
    const to = smtp.received.flatMap((m) => m.to);
    expect(to.sort()).toEqual(messages.map((m) => m.to).sort());
    expect((await a.services.deps.comments!.outbox.countByStatus()).sent).toBe(60);
  });

  it('run the IP purge once per interval across instances', async () => {
    const claims = await Promise.all(
      [a, b, a, b].map((s) =>
        s.services.deps.comments!.jobClaims.claim(
          'comments.purge-network-data.test',
          s.clock.now(),
          3_600_000,
        ),
      ),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});
