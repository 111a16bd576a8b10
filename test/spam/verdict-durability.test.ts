// Issue 13, defect 8: every comment acknowledged to its sender has its spam verdict (with its
// reasons) stored as durably as the comment. A real Silkpress process takes Akismet
// comment-checks and comment form posts in parallel and is killed with SIGKILL right after
// acknowledgements; the database is then read back: every acknowledged check has its verdict,
// every acknowledged comment its stored verdict linked to it.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../src/compose/index.ts';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/create-db.ts';
import { createApiKey } from '../../src/spam/network/api-key-service.ts';
import { createScratchDatabase, type ScratchDatabase, testDialects } from '../support/test-db.ts';
import { compiledCli } from '../support/compiled-cli.ts';

const WORDS = (
  'budget council school library river bridge harvest market railway tram orchard museum ' +
  'clinic ferry tunnel festival archive theatre garden station bakery stadium harbour valley'
).split(' ');

/** A distinct, ordinary sentence for post `i` (near-duplicates would be held or discarded). */
function sentence(i: number): string {
  const pick = (k: number) => WORDS[Math.floor(i / WORDS.length ** k) % WORDS.length]!;
  return `I read about the ${pick(0)} and the ${pick(1)}; my neighbour says the ${pick(2)} plan was changed in ${1990 + (i % 30)}.`;
}
/** Acknowledgements to wait for before the kill; more requests are in flight by then. */
const KILL_AFTER = 120;
/** Form posts acknowledged before the last stretch, which is checks only. */
const FORM_POSTS = 10;

function environment(databaseUrl: string, dir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: join(dir, 'media'),
    HOST: '127.0.0.1',
    PORT: '0',
    SITE_URL: 'http://127.0.0.1:0',
    LOG_LEVEL: 'warn',
    COMMENT_FLOOD_SECONDS: '0',
    TRUST_PROXY: 'true',
  };
}

/** Starts `silkpress start` and resolves with its URL once it listens. */
async function start(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [await compiledCli(), 'start'], { env });
  let out = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no URL in time: ${out}`)), 90_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`exited with ${code}: ${out}`)));
  });
  return { child, url };
}

for (const dialect of testDialects()) {
  describe(`verdicts survive kill -9 [${dialect}]`, () => {
    let scratch: ScratchDatabase;
    let dir: string;
    let key: string;
    let server: { child: ChildProcess; url: string } | null = null;
    beforeAll(async () => {
      scratch = await createScratchDatabase(dialect);
      dir = mkdtempSync(join(tmpdir(), 'silkpress-kill-'));
      const services = await openServices(
        loadConfig(environment(scratch.url, dir) as Record<string, string>),
      );
      try {
        key = (
          await createApiKey(services.deps.spam!.apiKeys, { label: 'kill', rateLimit: 1_000_000 }, new Date())
        ).key;
      } finally {
        await services.close();
      }
      server = await start(environment(scratch.url, dir));
    }, 120_000);
    afterAll(async () => {
      if (server && server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGKILL');
        await once(server.child, 'exit');
      }
      await scratch?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('every acknowledged check and comment has its verdict and reasons after SIGKILL', async () => {
      const { child, url } = server!;
      const home = await (await fetch(`${url}/`)).text();
      const articlePath = /href="(\/article\/[^"#?]+)"/.exec(home)![1]!;
      const guids: string[] = [];
      const commentIds: number[] = [];
      let killed = false;
      // The kill follows a check's answer at once: the moment a verdict answered before it was
      // stored would be lost.
      const acknowledged = () => {
        if (!killed && guids.length + commentIds.length >= KILL_AFTER && commentIds.length >= FORM_POSTS) {
          killed = true;
          child.kill('SIGKILL');
        }
      };
      const check = async (i: number) => {
        const res = await fetch(`${url}/1.1/comment-check`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            api_key: key,
            blog: 'http://blog.example',
            user_ip: `198.51.${i % 250}.${(i * 7) % 250}`,
            comment_author: `Reader ${i}`,
            comment_content: `Check number ${i}: the council budget table helped, thanks for item ${i * 13}.`,
          }),
        });
        const guid = res.headers.get('x-akismet-guid');
        if (res.status === 200 && guid && !killed) {
          guids.push(guid);
          acknowledged();
        }
      };
      const post = async (i: number) => {
        const res = await fetch(`${url}${articlePath}/comments`, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': `203.0.${i % 250}.${(i * 3) % 250}`,
          },
          body: new URLSearchParams({
            comment: sentence(i),
            author: `Writer ${i}`,
            email: `writer${i}@example.org`,
          }),
        });
        const id = /#comment-(\d+)$/.exec(res.headers.get('location') ?? '')?.[1];
        if (res.status === 303 && id && !killed) commentIds.push(Number(id));
      };
      // Twelve requests in flight at a time: five checks to one form post until enough posts are
      // acknowledged, then checks only, until the kill.
      let next = 0;
      const lane = async () => {
        while (!killed && next < 3000) {
          const i = next++;
          const posting = i % 6 === 0 && commentIds.length < FORM_POSTS;
          await (posting ? post(i) : check(i)).catch(() => {});
        }
      };
      await Promise.all(Array.from({ length: 12 }, lane));
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGKILL');
        await exited;
      }
      expect(child.signalCode).toBe('SIGKILL');
      expect(guids.length).toBeGreaterThan(10);
      expect(commentIds.length).toBeGreaterThanOrEqual(FORM_POSTS);

      const db = openDatabase(scratch.url);
      try {
        const verdicts = await db.db
          .selectFrom('spam_verdicts')
          .select(['guid', 'reasons', 'comment_id'])
          .where('guid', 'in', guids)
          .execute();
        const missingChecks = guids.filter((g) => !verdicts.some((v) => v.guid === g));
        expect(missingChecks, `${missingChecks.length} of ${guids.length} acknowledged checks`).toEqual([]);
        for (const v of verdicts) expect(Array.isArray(JSON.parse(v.reasons))).toBe(true);
        const comments = await db.db
          .selectFrom('comments')
          .select('id')
          .where('id', 'in', commentIds)
          .execute();
        expect(comments).toHaveLength(commentIds.length);
        const linked = await db.db
          .selectFrom('spam_verdicts')
          .select(['comment_id', 'reasons'])
          .where('comment_id', 'in', commentIds)
          .execute();
        const missingComments = commentIds.filter((id) => !linked.some((v) => Number(v.comment_id) === id));
        expect(
          missingComments,
          `${missingComments.length} of ${commentIds.length} acknowledged comments`,
        ).toEqual([]);
        // Every stored comment (acknowledged or not) has its verdict: they are written together.
        const orphans = await db.db
          .selectFrom('comments')
          .leftJoin('spam_verdicts', 'spam_verdicts.comment_id', 'comments.id')
          .select('comments.id')
          .where('comments.author_email', 'like', 'writer%@example.org')
          .where('spam_verdicts.id', 'is', null)
          .execute();
        expect(orphans).toEqual([]);
      } finally {
        await db.close();
      }
    }, 120_000);
  });
}
