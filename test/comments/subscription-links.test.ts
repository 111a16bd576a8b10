// Reply-notification links change nothing on GET (mail scanners prefetch links): the page they
// open has a button that POSTs; RFC 8058 one-click POSTs keep working; a used link says it was
// done (issue 19, item 9). Run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsubscribeSignature } from '../../src/http/shared/comment-deps.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import {
  commentIdOf,
  confirmSubscription,
  decodeHtml,
  firstArticleSlug,
  postForm,
  setCommentSettings,
} from './helpers.ts';

const form = { 'content-type': 'application/x-www-form-urlencoded' };

for (const dialect of testDialects()) {
  describe(`subscription links [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;
    let n = 0;
    const subscribe = async () => {
      n += 1;
      const email = `subscriber${n}@example.com`;
      const id = commentIdOf(
        await postForm(
          site.app,
          slug,
          { comment: `Tell me about replies ${n}`, author: `Sub ${n}`, email, notify: 'on' },
          { ip: `192.0.2.${n}` },
        ),
      );
      const db = site.services.database.db;
      const mail = await db
        .selectFrom('mail_outbox')
        .select('text_body')
        .where('to_address', '=', email)
        .where('kind', '=', 'subscription-confirm')
        .executeTakeFirstOrThrow();
      const url = /http:\/\/news\.test(\/comments\/subscriptions\/confirm\?token=\S+)/.exec(
        mail.text_body,
      )![1]!;
      const sub = await db
        .selectFrom('comment_subscriptions')
        .select('id')
        .where('comment_id', '=', id)
        .executeTakeFirstOrThrow();
      return { url, token: new URL(url, 'http://x').searchParams.get('token')!, subId: sub.id };
    };
    const row = (id: number) =>
      site.services.database.db
        .selectFrom('comment_subscriptions')
        .select(['confirmed_at'])
        .where('id', '=', id)
        .executeTakeFirst();
    const unsubscribeUrl = (id: number) =>
      `/comments/subscriptions/unsubscribe?s=${id}&sig=${unsubscribeSignature(site.services.deps.comments!.secret, id)}`;

    beforeAll(async () => {
      site = await createTestSite(dialect, { env: { COMMENT_FLOOD_SECONDS: '0' } });
      slug = await firstArticleSlug(site.app);
      await setCommentSettings(site, { commentsHoldFirstTime: false });
    });
    afterAll(async () => site?.close());

    it('a confirmation link shows a button and confirms only when it is pressed', async () => {
      const { url, token, subId } = await subscribe();
      for (let i = 0; i < 2; i++) {
        const page = await site.app.inject({ url });
        expect(page.statusCode).toBe(200);
        expect(page.headers['cache-control']).toBe('no-store');
        expect(page.body).toContain('action="/comments/subscriptions/confirm"');
        expect(page.body).toContain('method="post"');
        expect(decodeHtml(page.body)).toContain(`value="${token}"`);
      }
      expect((await row(subId))!.confirmed_at).toBeNull();
      const press = () => confirmSubscription(site.app, token);
      const done = await press();
      expect(done.statusCode).toBe(200);
      expect(done.body).toContain('Subscription confirmed');
      expect((await row(subId))!.confirmed_at).not.toBeNull();
      // Used: the link and the button both say it was done before, and nothing changes.
      const again = await site.app.inject({ url });
      expect(again.statusCode).toBe(200);
      expect(again.body).toContain('Already confirmed');
      expect(again.body).not.toContain('<form method="post"');
      expect((await press()).body).toContain('Already confirmed');
      const bad = await site.app.inject({
        method: 'POST',
        url: '/comments/subscriptions/confirm',
        headers: form,
        payload: 'token=not-a-token',
      });
      expect(bad.statusCode).toBe(404);
      expect((await site.app.inject({ url: '/comments/subscriptions/confirm?token=nope' })).statusCode).toBe(
        404,
      );
    });

    it('an unsubscribe link shows a button; the button and one-click POST unsubscribe', async () => {
      const first = await subscribe();
      const link = unsubscribeUrl(first.subId);
      const page = await site.app.inject({ url: link });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Stop reply notifications');
      const action = /<form method="post" action="([^"]+)"/.exec(page.body)![1]!;
      expect(decodeHtml(action)).toBe(link);
      expect(await row(first.subId)).toBeDefined();
      // The page's button: a form POST to the same URL.
      const pressed = await site.app.inject({
        method: 'POST',
        url: decodeHtml(action),
        headers: form,
        payload: '',
      });
      expect(pressed.statusCode).toBe(200);
      expect(pressed.body).toContain('Unsubscribed');
      // Nothing is kept of an address that asked for no more mail.
      expect(await row(first.subId)).toBeUndefined();
      const used = await site.app.inject({ url: link });
      expect(used.body).toContain('Already unsubscribed');
      expect(used.body).not.toContain('<form method="post"');

      // RFC 8058: the mail client POSTs List-Unsubscribe=One-Click to the header's URL.
      const second = await subscribe();
      const oneClick = () =>
        site.app.inject({
          method: 'POST',
          url: unsubscribeUrl(second.subId),
          headers: form,
          payload: 'List-Unsubscribe=One-Click',
        });
      expect((await oneClick()).statusCode).toBe(200);
      expect(await row(second.subId)).toBeUndefined();
      expect((await oneClick()).body).toContain('Already unsubscribed');

      const forged = unsubscribeUrl(second.subId).replace(/sig=[\w-]+/, 'sig=forged');
      expect((await site.app.inject({ url: forged })).statusCode).toBe(404);
      expect(
        (await site.app.inject({ method: 'POST', url: forged, headers: form, payload: '' })).statusCode,
      ).toBe(404);
    });
  });
}
