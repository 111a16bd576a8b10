// The moderation console's decisions over HTTP, on SQLite and PostgreSQL: the pending queue
// most likely spam first with each commenter's record, one decision answered as JSON for the
// script (with undo tokens) or as a flash with an Undo button, undo of approve / spam / trash
// (mail withdrawn, the verdict's correction forgotten, a changed comment left alone), and
// "mark all above X% as spam" with undo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminClient } from '../admin/admin-client.ts';
import { loggedIn, makeUser } from '../admin/admin-client.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import { commentIdOf, firstArticleSlug, postForm, setCommentSettings } from './helpers.ts';

const SPAMMY = (n: number) => `Cheap watches at http://bit.ly/w${n} and http://bit.ly/x${n} buy now`;

interface DecisionAnswer {
  decisions: Array<{ id: number; from: string; to: string; undo?: string }>;
  refused: number;
  message: string;
}

for (const dialect of testDialects()) {
  describe(`console decisions and undo [${dialect}]`, () => {
    let site: TestSite;
    let slug: string;
    let editor: AdminClient;
    const json = { accept: 'application/json' };

    // Each comment from an address of its own, in turn: addresses drawn at random were shared by
    // two comments of the file now and then, and the spam context scores a comment by what came
    // from its address before, so the queue's order and the scores the threshold test compares
    // could come out otherwise by chance.
    let posted = 0;
    const post = async (text: string, who: string) => {
      site.clock.advance(60_000);
      posted += 1;
      return commentIdOf(
        await postForm(
          site.app,
          slug,
          { comment: text, author: who, email: `${who.toLowerCase()}@example.com` },
          { ip: `192.0.2.${(posted % 250) + 1}` },
        ),
      );
    };
    const statusOf = async (id: number) => (await site.services.deps.comments.comments.findById(id))!.status;

    beforeAll(async () => {
      site = await createTestSite(dialect, { env: { COMMENT_FLOOD_SECONDS: '0' } });
      slug = await firstArticleSlug(site.app);
      await makeUser(site, 'owner');
      // Every comment waits, and the filter only records its verdict: a queue with scores.
      await setCommentSettings(site, { commentsHoldAll: true, spamShadowMode: true, notifyAuthors: true });
      ({ client: editor } = await loggedIn(site, 'editor'));
    }, 60_000);
    afterAll(async () => site?.close());

    it('lists the pending queue most likely spam first, with each commenter’s record', async () => {
      const plain = await post('I disagree with the council on the school budget.', 'Vera');
      const spammy = await post(SPAMMY(1), 'Promo');
      const page = await editor.get('/admin/comments');
      const order = [...page.body.matchAll(/data-comment-id="(\d+)"/g)].map((m) => Number(m[1]));
      expect(order.indexOf(spammy)).toBeLessThan(order.indexOf(plain));
      expect(page.body).toContain('first comment');
      const newest = await editor.get('/admin/comments?sort=newest');
      const byDate = [...newest.body.matchAll(/data-comment-id="(\d+)"/g)].map((m) => Number(m[1]));
      expect(byDate.indexOf(spammy)).toBeLessThan(byDate.indexOf(plain));
      // Filters wait behind a closed disclosure until one is in use.
      expect(page.body).toMatch(/<details class="disclosure mod-filters" >/);
      expect((await editor.get('/admin/comments?q=council')).body).toMatch(
        /<details class="disclosure mod-filters" open>/,
      );
      await editor.post('/admin/comments/bulk', { single: `${plain}:approve`, back: '/admin/comments' });
      await post('Another thought on the budget.', 'Vera');
      expect((await editor.get('/admin/comments')).body).toContain('1 approved · 0 spam');
    });

    it('answers the script in JSON and undoes an approval, withdrawing its unsent mail', async () => {
      const id = await post('Please publish me.', 'Ines');
      const mailCount = async () => (await site.services.deps.comments.outbox.list(500)).length;
      const before = await mailCount();
      const res = await editor.post(
        '/admin/comments/bulk',
        { single: `${id}:approve`, back: '/admin/comments' },
        json,
      );
      expect(res.statusCode).toBe(200);
      const answer = res.json<DecisionAnswer>();
      expect(answer.decisions).toEqual([
        { id, from: 'pending', to: 'approved', undo: `${id}:pending:approved` },
      ]);
      expect(await statusOf(id)).toBe('approved');
      expect((await site.app.inject({ url: `/article/${slug}` })).body).toContain('Please publish me.');

      const undo = await editor.post('/admin/comments/undo', { undo: answer.decisions[0]!.undo! }, json);
      expect(undo.json()).toMatchObject({ undone: [{ id, status: 'pending' }], conflicts: 0 });
      expect(await statusOf(id)).toBe('pending');
      expect((await site.services.deps.comments.comments.findById(id))!.approvedAt).toBeNull();
      expect(await mailCount()).toBe(before);
      expect((await site.app.inject({ url: `/article/${slug}` })).body).not.toContain('Please publish me.');
      const detail = (await editor.get(`/admin/comments/${id}`)).body.replace(/\s+/g, ' ');
      expect(detail).toContain('approved → pending');
    });

    it('withdraws only approval mail that no sender has claimed', async () => {
      const id = await post('Mail about me.', 'Quinn');
      const outbox = site.services.deps.comments.outbox;
      const now = site.clock.now();
      const mail = (kind: string, to: string) => ({
        kind,
        to,
        toName: 'X',
        subject: `${kind} ${to}`,
        text: 'x',
        headers: {},
        commentId: id,
      });
      await outbox.enqueue(
        [mail('comment-held', 'mod@example.com'), mail('comment-approved', 'a@example.com')],
        now,
      );
      expect(await outbox.withdrawUnsent(id, ['comment-approved'], now.toISOString(), now)).toEqual({
        kept: 0,
      });
      const left = (await outbox.list(500)).filter((m) => m.subject.endsWith('@example.com'));
      expect(left.map((m) => m.kind)).toContain('comment-held');
      expect(left.map((m) => m.subject)).not.toContain('comment-approved a@example.com');
      // A message a sender already claimed stays (and is counted).
      await outbox.enqueue([mail('comment-approved', 'b@example.com')], now);
      await outbox.claimDue(now, 100, 60_000);
      expect(await outbox.withdrawUnsent(id, ['comment-approved'], now.toISOString(), now)).toEqual({
        kept: 1,
      });
    });

    it('without the script: a flash with an Undo button that works', async () => {
      const id = await post(SPAMMY(2), 'Spammer');
      await editor.get('/admin/comments');
      const res = await editor.post('/admin/comments/bulk', {
        single: `${id}:spam`,
        back: '/admin/comments',
      });
      expect(res.statusCode).toBe(303);
      const page = await editor.get('/admin/comments');
      expect(page.body).toContain('1 comment marked as spam.');
      expect(page.body).toContain('action="/admin/comments/undo"');
      expect(page.body).toContain(`name="undo" value="${id}:pending:spam"`);
      const spam = site.services.deps.spam;
      expect((await spam.verdicts.findByComments([id])).get(id)?.correction).toBe('spam');
      const undone = await editor.post('/admin/comments/undo', {
        undo: `${id}:pending:spam`,
        back: '/admin/comments',
      });
      expect(undone.statusCode).toBe(303);
      expect(await statusOf(id)).toBe('pending');
      expect((await spam.verdicts.findByComments([id])).get(id)?.correction).toBeNull();
      expect((await editor.get('/admin/comments')).body).toContain('Undone: 1 comment back where it was.');
    });

    it('undoes a trash, and leaves alone a comment that changed since', async () => {
      const id = await post('Trash me by mistake.', 'Olga');
      await editor.post('/admin/comments/bulk', { single: `${id}:trash` }, json);
      expect(await statusOf(id)).toBe('trash');
      await editor.post('/admin/comments/undo', { undo: `${id}:pending:trash` }, json);
      expect(await statusOf(id)).toBe('pending');

      const other = await post('Two moderators at once.', 'Pavel');
      await editor.post('/admin/comments/bulk', { single: `${other}:approve` }, json);
      const { client: second } = await loggedIn(site, 'owner');
      await second.get('/admin/comments');
      await second.post('/admin/comments/bulk', { single: `${other}:spam` }, json);
      const stale = await editor.post('/admin/comments/undo', { undo: `${other}:pending:approved` }, json);
      expect(stale.json()).toMatchObject({ undone: [], conflicts: 1 });
      expect(await statusOf(other)).toBe('spam');
      // Nobody undoes another moderator's decision.
      const forged = await editor.post('/admin/comments/undo', { undo: `${other}:approved:spam` }, json);
      expect(forged.json()).toMatchObject({ undone: [], conflicts: 1 });
    });

    it('marks every pending comment at or above a threshold as spam, and undoes it', async () => {
      const spam = [await post(SPAMMY(3), 'BulkA'), await post(SPAMMY(4), 'BulkB')];
      const fine = await post('The new bus timetable is much better for the night shift.', 'Rosa');
      const scores = await site.services.deps.spam.verdicts.findByComments([...spam, fine]);
      const threshold = Math.floor(Math.min(...spam.map((id) => scores.get(id)!.score)) * 100);
      expect(scores.get(fine)!.score * 100).toBeLessThan(threshold);
      const res = await editor.post('/admin/comments/spam-above', { threshold: String(threshold) }, json);
      const answer = res.json<DecisionAnswer>();
      const marked = answer.decisions.map((d) => d.id);
      expect(marked).toEqual(expect.arrayContaining(spam));
      expect(marked).not.toContain(fine);
      for (const id of spam) expect(await statusOf(id)).toBe('spam');
      await editor.post('/admin/comments/undo', { undo: answer.decisions.map((d) => d.undo!) }, json);
      for (const id of marked) expect(await statusOf(id)).toBe('pending');
      expect(await statusOf(fine)).toBe('pending');
      const bad = await editor.post('/admin/comments/spam-above', { threshold: '0' }, json);
      expect(bad.statusCode).toBe(400);
    });
  });
}
