// Privacy: seeded commenter emails, IPs and user agents never appear in any public output
// (every page, feed, sitemap, JSON and error page reachable by crawling), and the privacy
// page's request flow (email → confirmation link → export or erasure).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import {
  commentIdOf,
  decodeHtml,
  firstArticleSlug,
  formTokenFor,
  postForm,
  setCommentSettings,
} from './helpers.ts';

const SECRET_EMAILS = ['private.one@secret-mail.example', 'private.two@secret-mail.example'];
const SECRET_IPS = ['10.99.88.77', '172.16.254.123'];
const SECRET_UA = 'SecretAgent/9.9 (unique-ua-marker)';

const OPINIONS = [
  'The new rail link will matter more for farmers in the south than for the big exporters in the capital region.',
  'I visited the dry port last summer and the queues of trucks were much shorter than the report suggests here.',
  'Customs reform has been promised every year since I started reading this paper, so forgive my doubts today.',
  'My family ships dried fruit through this corridor and the paperwork is honestly still the hardest part of it.',
];

for (const dialect of testDialects()) {
  describe(`comment privacy [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;
    beforeAll(async () => {
      site = await createTestSite(dialect, { env: { COMMENT_FLOOD_SECONDS: '0' } });
      // About comments, not the spam filter's hold band (test/spam covers it): publish what is not spam.
      await setCommentSettings(site, { spamHoldThreshold: 0.5 });
      slug = await firstArticleSlug(site.app);
      await setCommentSettings(site, { commentsHoldFirstTime: false });
      for (const [i, email] of SECRET_EMAILS.entries()) {
        for (const status of ['approved', 'held']) {
          if (status === 'held') await setCommentSettings(site, { commentsHoldAll: true });
          const res = await site.app.inject({
            method: 'POST',
            url: `/article/${slug}/comments`,
            remoteAddress: SECRET_IPS[i]!,
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': SECRET_UA },
            payload: new URLSearchParams({
              // Distinct opinions: four near-identical comments would rightly look like a campaign.
              comment: `${OPINIONS[2 * i + (status === 'held' ? 1 : 0)]} (Comment ${status} ${i} mentioning nothing private)`,
              author: `Commenter ${i}`,
              email,
              url: 'https://commenter.example',
              // As a browser sends it (the spam filter treats a missing token as a bot sign).
              formToken: formTokenFor(site.app),
            }).toString(),
          });
          expect(res.statusCode).toBe(303);
          await setCommentSettings(site, { commentsHoldAll: false });
        }
      }
    });
    afterAll(async () => site?.close());

    it('never shows emails, IPs or user agents on any public URL', async () => {
      const start = [
        '/',
        '/sitemap.xml',
        '/news-sitemap.xml',
        '/robots.txt',
        '/feed.xml',
        '/atom.xml',
        '/feed.json',
        '/comments/feed.xml',
        '/comments/atom.xml',
        `/article/${slug}`,
        `/article/${slug}/comments/feed.xml`,
        `/article/${slug}/comments/atom.xml`,
        '/privacy',
        '/no-such-page',
        '/article/no-such-article',
        '/search?q=comment',
      ];
      const seen = new Set<string>();
      const queue = [...start];
      const secrets = [...SECRET_EMAILS, ...SECRET_IPS, SECRET_UA, 'secret-mail'];
      let crawled = 0;
      while (queue.length > 0 && crawled < 400) {
        const url = queue.shift()!;
        if (seen.has(url)) continue;
        seen.add(url);
        crawled += 1;
        for (const accept of ['text/html', 'application/json']) {
          const res = await site.app.inject({ url, headers: { accept } });
          for (const secret of secrets) expect(res.body, `${url} (${accept})`).not.toContain(secret);
          if (accept !== 'text/html' || res.statusCode !== 200) continue;
          for (const m of res.body.matchAll(/(?:href|src)="([^"#]+)/g)) {
            let link = decodeHtml(m[1]!);
            if (link.startsWith('http://news.test')) link = link.slice('http://news.test'.length);
            if (link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/admin'))
              queue.push(link);
          }
        }
      }
      expect(crawled).toBeGreaterThan(30);
      expect(seen.has('/comments/feed.xml')).toBe(true);
    });

    it('a commenter gets a JSON export of their data after confirming by email', async () => {
      const req = await site.app.inject({
        method: 'POST',
        url: '/privacy/requests',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ email: SECRET_EMAILS[0]!, kind: 'export' }).toString(),
      });
      expect(req.statusCode).toBe(200);
      expect(req.body).toContain('Check your inbox');
      const mail = (await site.services.deps.comments!.outbox.list(5)).find(
        (m) => m.kind === 'privacy-export',
      )!;
      expect(mail.to).toBe(SECRET_EMAILS[0]);
      const raw = await site.services.database.db
        .selectFrom('mail_outbox')
        .select('text_body')
        .where('id', '=', mail.id)
        .executeTakeFirstOrThrow();
      const token = /token=([A-Za-z0-9_%-]+)/.exec(raw.text_body)![1]!;
      const page = await site.app.inject({ url: `/privacy/confirm?token=${token}` });
      expect(page.body).toContain('Confirm your request');
      const exported = await site.app.inject({
        method: 'POST',
        url: '/privacy/confirm',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `token=${token}`,
      });
      expect(exported.headers['content-disposition']).toContain('attachment');
      const data = JSON.parse(exported.body) as {
        email: string;
        comments: { ip: string; text: string; status: string; spamCheck: { verdict: string } | null }[];
      };
      expect(data.email).toBe(SECRET_EMAILS[0]);
      expect(data.comments).toHaveLength(2);
      expect(data.comments[0]!.ip).toBe(SECRET_IPS[0]);
      // What the site's spam filter concluded is the commenter's data too.
      for (const c of data.comments) expect(['ham', 'spam', 'discard']).toContain(c.spamCheck?.verdict);
    });

    it('erasure anonymises the comments (text kept) and the link works once', async () => {
      await site.app.inject({
        method: 'POST',
        url: '/privacy/requests',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ email: SECRET_EMAILS[1]!, kind: 'erase' }).toString(),
      });
      const rows = await site.services.database.db
        .selectFrom('mail_outbox')
        .select(['text_body', 'kind'])
        .where('kind', '=', 'privacy-erase')
        .execute();
      const token = /token=([A-Za-z0-9_%-]+)/.exec(rows[0]!.text_body)![1]!;
      const post = () =>
        site.app.inject({
          method: 'POST',
          url: '/privacy/confirm',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: `token=${token}`,
        });
      const heard: string[] = [];
      const unsubscribe = site.services.deps.changes.subscribe((keys) => heard.push(...keys));
      const done = await post();
      unsubscribe();
      expect(done.statusCode).toBe(200);
      expect(done.body).toContain('2 comments were anonymised');
      // The spam filter's copies lose the person too, and every instance re-reads its fingerprints.
      const prints = heard.filter((k) => k.startsWith('spam-fingerprint:'));
      expect(prints).toHaveLength(2);
      for (const key of prints) {
        const row = await site.services.database.db
          .selectFrom('spam_fingerprints')
          .select(['email', 'ip'])
          .where('id', '=', Number(key.slice('spam-fingerprint:'.length)))
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ email: null, ip: null });
        const verdict = await site.services.database.db
          .selectFrom('spam_verdicts')
          .select('input')
          .where('fingerprint_id', '=', Number(key.slice('spam-fingerprint:'.length)))
          .executeTakeFirstOrThrow();
        expect(verdict.input).not.toContain(SECRET_EMAILS[1]);
        expect(verdict.input).not.toContain(SECRET_IPS[1]);
      }
      // Used once: the link and its button say it was done, and change nothing.
      const again = await post();
      expect(again.statusCode).toBe(200);
      expect(again.body).toContain('Already done');
      expect((await site.app.inject({ url: `/privacy/confirm?token=${token}` })).body).toContain(
        'Already done',
      );
      const page = await site.app.inject({ url: `/article/${slug}` });
      expect(page.body).toContain('Comment approved 1 mentioning nothing private');
      expect(page.body).not.toContain('Commenter 1');
      expect(await site.services.deps.comments!.privacy.commentsByEmail(SECRET_EMAILS[1]!)).toEqual([]);
    });

    it('an invalid request keeps the typed email and names the problem', async () => {
      const res = await site.app.inject({
        method: 'POST',
        url: '/privacy/requests',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'email=not-an-email&kind=export',
      });
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain('value="not-an-email"');
      expect(res.body).toContain('id="privacy-email-error"');
    });

    it('the privacy page states the live retention period', async () => {
      await setCommentSettings(site, { commentsIpRetentionDays: 12 });
      const res = await site.app.inject({ url: '/privacy' });
      expect(res.body).toContain('<strong>12 days</strong>');
      expect(res.body).toContain('action="/privacy/requests"');
    });

    it('the purge job erases IPs and user agents older than the retention period', async () => {
      const id = commentIdOf(
        await postForm(site.app, slug, { comment: 'purge me later', email: 'p@example.com' }),
      );
      site.clock.advance(13 * 86_400_000);
      const job = site.services.jobs.find((j) => j.name === 'comments.purge-network-data')!;
      await job.run();
      expect(await site.services.deps.comments!.comments.findById(id)).toMatchObject({
        ip: null,
        userAgent: null,
      });
    });
  });
}
