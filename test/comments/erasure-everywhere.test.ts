// Erasure reaches every copy of a person (issue 19, item 1): a commenter who commented, was
// moderated, subscribed, was replied to, replied to someone who subscribed, got mail (sent and
// waiting), was checked through the Akismet API and asked for an export, asks for erasure with
// their text; then EVERY column of EVERY table (read from the database's own catalogue, so a table
// added later is searched too) is searched for their email, name, IP, user agent and words. The
// moderators' outbox page no longer shows them, and the info-level logs of all those requests
// never did. Run on SQLite and PostgreSQL.
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/schema.ts';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/logging.ts';
import { AdminClient, makeUser, TEST_PASSWORD } from '../admin/admin-client.ts';
import { createTestSite, type TestSite, testSiteOfApp } from '../support/test-site.ts';
import { testDialects } from '../support/test-db.ts';
import { commentIdOf, firstArticleSlug, formTokenFor, postForm, setCommentSettings } from './helpers.ts';
import { type SmtpSink, startSmtpSink } from './smtp-sink.ts';

const PERSON = {
  name: 'Zebulon Quartzfield',
  email: 'zeb.quartzfield@erase-me.example',
  ip: '10.77.66.55',
  userAgent: 'ErasureProbe/7.7 (zq-ua-marker)',
  url: 'https://zebulon-quartzfield.example',
};
const WORDS = 'marmalade-periscope';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Every column of every table, from the database's catalogue. */
async function allColumns(db: Kysely<Database>, dialect: string): Promise<Array<[string, string]>> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema()`.execute(db);
    return rows.map((r) => [r.table_name, r.column_name]);
  }
  const { rows: tables } = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db);
  const out: Array<[string, string]> = [];
  for (const { name } of tables) {
    const { rows } = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${name})`.execute(db);
    for (const c of rows) out.push([name, c.name]);
  }
  return out;
}

/**
 * `table.column: needle` for every column holding any of the needles (case-insensitive). One
 * query per table counts every column × needle at once (a query per column and needle made
 * several thousand round trips per search, most of this file's time on PostgreSQL).
 */
async function findEverywhere(db: Kysely<Database>, dialect: string, needles: string[]): Promise<string[]> {
  const columns = await allColumns(db, dialect);
  expect(columns.length).toBeGreaterThan(100);
  const byTable = new Map<string, string[]>();
  for (const [table, column] of columns) byTable.set(table, [...(byTable.get(table) ?? []), column]);
  const found = new Set<string>();
  for (const [table, tableColumns] of byTable) {
    const pairs = tableColumns.flatMap((column) => needles.map((needle) => ({ column, needle })));
    const counts = pairs.map(
      ({ column, needle }, i) =>
        sql`sum(CASE WHEN lower(CAST(${sql.ref(column)} AS TEXT)) LIKE ${`%${needle.toLowerCase()}%`} THEN 1 ELSE 0 END) AS ${sql.ref(`h${i}`)}`,
    );
    const { rows } = await sql<Record<string, number | string | null>>`
      SELECT ${sql.join(counts)} FROM ${sql.table(table)}`.execute(db);
    pairs.forEach(({ column, needle }, i) => {
      if (Number(rows[0]![`h${i}`] ?? 0) > 0) found.add(`${table}.${column}: ${needle}`);
    });
  }
  // In the catalogue's order, column by column, as the search always reported them.
  const hits: string[] = [];
  for (const [table, column] of columns)
    for (const needle of needles)
      if (found.has(`${table}.${column}: ${needle}`)) hits.push(`${table}.${column}: ${needle}`);
  return hits;
}

for (const dialect of testDialects()) {
  describe(`erasure reaches every copy [${dialect}]`, { timeout: 120_000 }, () => {
    let smtp: SmtpSink;
    let site: TestSite;
    let slug: string;
    let editor: AdminClient;
    /** The site's app with logging on at info level, into `logLines`. */
    let app: FastifyInstance;
    const logLines: string[] = [];

    const db = () => site.services.database.db;
    const runJob = async (name: string) => site.services.jobs.find((j) => j.name === name)!.run();
    /** Posts as the person, from their address and browser. */
    const postAsPerson = async (comment: string, extra: Record<string, string> = {}) => {
      site.clock.advance(60_000);
      const res = await app.inject({
        method: 'POST',
        url: `/article/${slug}/comments`,
        remoteAddress: PERSON.ip,
        headers: { ...FORM, 'user-agent': PERSON.userAgent },
        payload: new URLSearchParams({
          comment,
          author: PERSON.name,
          email: PERSON.email,
          url: PERSON.url,
          formToken: formTokenFor(site.app),
          ...extra,
        }).toString(),
      });
      return commentIdOf(res);
    };
    const postAsQuinn = async (comment: string, extra: Record<string, string> = {}) => {
      site.clock.advance(60_000);
      return commentIdOf(
        await postForm(
          app,
          slug,
          { comment, author: 'Quinn Other', email: 'quinn@other.example', ...extra },
          { ip: '192.0.2.44' },
        ),
      );
    };
    const moderate = async (action: string, ...ids: number[]) => {
      await editor.get('/admin/comments');
      const res = await editor.post('/admin/comments/bulk', { ids: ids.map(String), action, bulk: '1' });
      expect(res.statusCode).toBe(303);
    };
    const approve = (...ids: number[]) => moderate('approve', ...ids);
    /** Follows the confirmation link mailed to `email` for its newest subscription. */
    const confirmSubscription = async (email: string) => {
      const mail = await db()
        .selectFrom('mail_outbox')
        .select('text_body')
        .where('to_address', '=', email)
        .where('kind', '=', 'subscription-confirm')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      const token = /confirm\?token=(\S+)/.exec(mail.text_body)![1]!;
      const res = await app.inject({
        method: 'POST',
        url: '/comments/subscriptions/confirm',
        headers: FORM,
        payload: `token=${token}`,
      });
      expect(res.body).toContain('Subscription confirmed');
    };
    const privacyToken = async (kind: 'export' | 'erase') => {
      await app.inject({
        method: 'POST',
        url: '/privacy/requests',
        headers: FORM,
        payload: new URLSearchParams({ email: PERSON.email, kind, removeText: 'on' }).toString(),
      });
      const mail = await db()
        .selectFrom('mail_outbox')
        .select('text_body')
        .where('kind', '=', `privacy-${kind}`)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      return /token=([A-Za-z0-9_%-]+)/.exec(mail.text_body)![1]!;
    };

    beforeAll(async () => {
      smtp = await startSmtpSink();
      site = await createTestSite(dialect, { env: { SMTP_URL: smtp.url, COMMENT_FLOOD_SECONDS: '0' } });
      const logger = createLogger({
        level: 'info',
        format: 'json',
        stdoutIsTty: false,
        destination: { write: (line: string) => void logLines.push(line) },
      });
      app = await buildApp(site.services.deps, { logger });
      testSiteOfApp.set(app, site);
      slug = await firstArticleSlug(app);
      await makeUser(site, 'owner', 'Olga Owner'); // hears about held comments
      const moderator = await makeUser(site, 'editor');
      editor = new AdminClient(app);
      await editor.logIn(moderator.email, TEST_PASSWORD);
      // Every comment waits for a moderator; the spam filter scores in shadow mode (it records its
      // copies, and learns from moderators, but decides nothing: test/spam covers its verdicts).
      await setCommentSettings(site, {
        commentsHoldAll: true,
        commentsHoldFirstTime: false,
        spamShadowMode: true,
      });
    });
    afterAll(async () => {
      await app?.close();
      await site?.close();
      await smtp?.close();
    });

    it('leaves no trace of the person in any table, and none in the outbox page', async () => {
      // Quinn subscribes to replies; the person comments (held: moderators get their details),
      // subscribes, is approved, answers Quinn, and Quinn answers them.
      const quinn = await postAsQuinn('Quinn opens the discussion.', { notify: 'on' });
      await approve(quinn);
      await confirmSubscription('quinn@other.example');
      const own = await postAsPerson(`My view, with a ${WORDS} in it.`, { notify: 'on' });
      await approve(own);
      await confirmSubscription(PERSON.email);
      const reply = await postAsPerson(`Quinn, about the ${WORDS}: I disagree.`, { parentId: String(quinn) });
      await approve(reply);
      const answer = await postAsQuinn('Quinn answers the person.', { parentId: String(own) });
      await approve(answer);
      await runJob('comments.send-outbox');
      expect(smtp.received.some((m) => m.to.includes(PERSON.email))).toBe(true);
      // One comment a moderator marks spam (the filter learns from their IP), one still waiting
      // with its notice not sent yet, and an Akismet check under their email.
      await moderate('spam', await postAsPerson(`Buy my ${WORDS} course now, great offer.`));
      await postAsPerson(`Another ${WORDS} thought, still held.`);
      await site.services.deps.spam!.service.check(
        {
          content: `Checked through the API: ${WORDS}.`,
          author: PERSON.name,
          email: PERSON.email.toUpperCase(),
          url: PERSON.url,
          ip: PERSON.ip,
          userAgent: PERSON.userAgent,
        },
        { origin: 'api' },
      );
      await privacyToken('export');
      const needles = [
        PERSON.email,
        PERSON.name,
        'Quartzfield',
        PERSON.ip,
        'zq-ua-marker',
        'quartzfield.example',
        WORDS,
      ];
      // The person is in many places before (the search works).
      const before = await findEverywhere(db(), dialect, needles);
      for (const table of [
        'comments',
        'comment_subscriptions',
        'mail_outbox',
        'privacy_requests',
        'spam_verdicts',
        'spam_fingerprints',
        'spam_sources',
      ])
        expect(
          before.some((h) => h.startsWith(`${table}.`)),
          table,
        ).toBe(true);
      const outbox = await editor.get('/admin/comments/outbox');
      expect(outbox.body).toContain(PERSON.email);

      const token = await privacyToken('erase');
      const erased = await app.inject({
        method: 'POST',
        url: '/privacy/confirm',
        headers: FORM,
        payload: `token=${token}`,
      });
      expect(erased.statusCode).toBe(200);
      expect(erased.body).toContain('4 comments were anonymised');

      expect(await findEverywhere(db(), dialect, needles)).toEqual([]);
      // Their text is gone, so is its fingerprint (hashes of its words could confirm a guess).
      const prints = await db()
        .selectFrom('spam_verdicts')
        .innerJoin('spam_fingerprints', 'spam_fingerprints.id', 'spam_verdicts.fingerprint_id')
        .select('spam_fingerprints.simhash')
        .where('spam_verdicts.comment_id', 'in', [own, reply])
        .execute();
      expect(prints.map((p) => p.simhash)).toEqual(['', '']);
      const after = await editor.get('/admin/comments/outbox');
      expect(after.statusCode).toBe(200);
      for (const needle of needles) expect(after.body).not.toContain(needle);
      // Mail quoting them that was still waiting (the held comment's notice) is never sent.
      const sentBefore = smtp.received.length;
      await runJob('comments.send-outbox');
      for (const m of smtp.received.slice(sentBefore))
        for (const needle of needles) expect(m.raw.toLowerCase()).not.toContain(needle.toLowerCase());
      // Quinn's comments and subscription are untouched.
      const page = await app.inject({ url: `/article/${slug}` });
      expect(page.body).toContain('Quinn answers the person.');
      expect(page.body).toContain('Anonymous');
      const subs = await db().selectFrom('comment_subscriptions').select('email').execute();
      expect(subs.map((s) => s.email)).toEqual(['quinn@other.example']);
      // Info-level logs never held them: there is nothing there to erase.
      expect(logLines.length).toBeGreaterThan(50);
      const logs = logLines.join('').toLowerCase();
      expect(logs).toContain('"url":"/privacy/confirm"');
      for (const needle of needles) expect(logs).not.toContain(needle.toLowerCase());
    });

    it('the IP retention purge reaches every copy of an IP, mail included', async () => {
      const ip = '10.123.45.67';
      site.clock.advance(60_000);
      const sent = commentIdOf(
        await postForm(
          app,
          slug,
          { comment: 'Sent notice', author: 'Rae', email: 'rae@x.example', notify: 'on' },
          { ip },
        ),
      );
      await moderate('spam', sent); // the filter learns from the IP: a counter keyed by it
      await runJob('comments.send-outbox');
      // This notice is not sent yet: it waits in the outbox, naming the IP.
      site.clock.advance(60_000);
      const waiting = commentIdOf(
        await postForm(
          app,
          slug,
          { comment: 'Waiting notice', author: 'Rae', email: 'rae@x.example' },
          { ip },
        ),
      );
      const notice = await db()
        .selectFrom('mail_outbox')
        .select(['id', 'text_body'])
        .where('comment_id', '=', waiting)
        .executeTakeFirstOrThrow();
      expect(notice.text_body).toContain(`(IP ${ip})`);
      expect((await findEverywhere(db(), dialect, [ip])).length).toBeGreaterThan(3);

      site.clock.advance(31 * 86_400_000);
      await runJob('comments.purge-network-data');
      await runJob('spam.prune-fingerprints');
      expect(await findEverywhere(db(), dialect, [ip])).toEqual([]);
      // A subscription never confirmed within the period goes too (it holds an address).
      const unconfirmed = await db()
        .selectFrom('comment_subscriptions')
        .select('id')
        .where('email', '=', 'rae@x.example')
        .execute();
      expect(unconfirmed).toEqual([]);
      // The waiting notice is still there to be sent, without the IP; sent mail past the period is gone.
      const kept = await db()
        .selectFrom('mail_outbox')
        .select(['text_body', 'status'])
        .where('id', '=', notice.id)
        .executeTakeFirstOrThrow();
      expect(kept.status).toBe('pending');
      expect(kept.text_body).toContain('Author: Rae <rae@x.example>\n');
      const old = await db()
        .selectFrom('mail_outbox')
        .select('id')
        .where('status', '<>', 'pending')
        .where('created_at', '<', new Date(site.clock.now().getTime() - 30 * 86_400_000).toISOString())
        .execute();
      expect(old).toEqual([]);
    });
  });
}
