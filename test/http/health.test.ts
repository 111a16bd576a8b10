// /healthz and /readyz (issue 13): liveness always, readiness only while the database answers
// with this build's schema and the background jobs run; never cached; quiet at info level. And
// request ids: every request's log lines carry one, the caller's X-Request-Id when it is sane.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDatabase } from '../../src/db/health.ts';
import { buildApp } from '../../src/http/app.ts';
import { type JobRunner, startJobs } from '../../src/jobs/runner.ts';
import { createLogger } from '../../src/logging.ts';
import { testDialects } from '../support/test-db.ts';
import { createTestSite, type TestSite } from '../support/test-site.ts';

/** A logger at info level whose JSON lines are kept in `lines`. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger({ level: 'info', format: 'json', stdoutIsTty: false, destination });
  return { lines, logger };
}

for (const dialect of testDialects()) {
  describe(`health endpoints [${dialect}]`, () => {
    let site: TestSite;
    let app: FastifyInstance;
    let jobs: JobRunner;
    const log = capturingLogger();
    beforeAll(async () => {
      site = await createTestSite(dialect, { demo: false });
      jobs = startJobs([], () => {});
      const { db, dialect: d } = site.services.database;
      app = await buildApp(site.services.deps, {
        logger: log.logger,
        health: { checkDatabase: () => checkDatabase(db, d), jobs },
      });
      await app.ready();
    });
    afterAll(async () => {
      await app.close();
      await site.close();
    });

    it('answers /healthz and /readyz with 200, no-store, and logs neither at info', async () => {
      log.lines.length = 0;
      const live = await app.inject({ url: '/healthz' });
      expect(live.statusCode).toBe(200);
      expect(live.json()).toEqual({ status: 'ok' });
      expect(live.headers['cache-control']).toBe('no-store');
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      expect(ready.headers['cache-control']).toBe('no-store');
      expect(ready.json()).toEqual({
        status: 'ready',
        checks: { database: 'ok', migrations: 'ok', jobs: 'running' },
      });
      expect((await app.inject({ method: 'HEAD', url: '/readyz' })).statusCode).toBe(200);
      expect(log.lines).toEqual([]);
    });

    it('logs other requests with their id: a sane X-Request-Id is kept, anything else replaced', async () => {
      log.lines.length = 0;
      const kept = await app.inject({ url: '/no-such-page', headers: { 'x-request-id': 'lb-7f3a.42' } });
      expect(kept.headers['x-request-id']).toBe('lb-7f3a.42');
      const replaced = await app.inject({ url: '/', headers: { 'x-request-id': 'a b<script>' } });
      const id = String(replaced.headers['x-request-id']);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const tooLong = await app.inject({ url: '/', headers: { 'x-request-id': 'x'.repeat(200) } });
      expect(String(tooLong.headers['x-request-id'])).toMatch(/^[0-9a-f-]{36}$/);
      const requestLines = log.lines.filter(
        (l) => l.msg === 'incoming request' || l.msg === 'request completed',
      );
      expect(requestLines).toHaveLength(6);
      expect(requestLines.every((l) => typeof l.reqId === 'string')).toBe(true);
      expect(requestLines.filter((l) => l.reqId === 'lb-7f3a.42')).toHaveLength(2);
      expect(requestLines.filter((l) => l.reqId === id)).toHaveLength(2);
    });

    it('is not ready while a migration is pending', async () => {
      const { db } = site.services.database;
      const row = await db
        .selectFrom('kysely_migration' as never)
        .selectAll()
        .where('name' as never, '=', '010-article-tags-published' as never)
        .executeTakeFirstOrThrow();
      await sql`delete from kysely_migration where name = '010-article-tags-published'`.execute(db);
      try {
        const res = await app.inject({ url: '/readyz' });
        expect(res.statusCode).toBe(503);
        expect(res.json().checks).toEqual({ database: 'ok', migrations: 'pending', jobs: 'running' });
        expect(log.lines.some((l) => l.msg === 'not ready' && l.level === 40)).toBe(true);
      } finally {
        await db
          .insertInto('kysely_migration' as never)
          .values(row as never)
          .execute();
      }
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    });

    it('is not ready once the jobs have stopped, nor when the database is gone; live all along', async () => {
      await jobs.stop();
      const stopped = await app.inject({ url: '/readyz' });
      expect(stopped.statusCode).toBe(503);
      expect(stopped.json().checks.jobs).toBe('stopped');
      await site.services.database.close();
      const gone = await app.inject({ url: '/readyz' });
      expect(gone.statusCode).toBe(503);
      expect(gone.json()).toEqual({
        status: 'unavailable',
        checks: { database: 'unreachable', migrations: 'unknown', jobs: 'stopped' },
      });
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    });
  });
}
