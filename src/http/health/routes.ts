// Probes for load balancers and orchestrators: /healthz answers while the process can serve
// (liveness: restart me when it fails), /readyz only while it should get traffic (readiness: the
// database answers, its schema is this build's, background jobs run). Never cached, and logged
// only at warn level and above, so a probe every few seconds does not flood the info log.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { DatabaseHealth } from '../../db/health.ts';

/** What the readiness probe checks. */
export interface HealthDeps {
  checkDatabase(): Promise<DatabaseHealth>;
  /**
   * The background job runner, or null where none runs (then the site is not ready). `elsewhere`:
   * this worker serves requests while another worker of the same server runs the jobs.
   */
  jobs: { running(): boolean; elsewhere?: boolean } | null;
}

type Check = 'ok' | 'unreachable' | 'pending' | 'unknown' | 'running' | 'elsewhere' | 'stopped';

function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('Cache-Control', 'no-store').type('application/json; charset=utf-8');
}

/** Registers GET (and HEAD) /healthz and /readyz. */
export async function healthRoutes(app: FastifyInstance, opts: { health: HealthDeps }): Promise<void> {
  // Never queued or refused by admission control: a busy server is still alive and ready.
  const quiet = { logLevel: 'warn' as const, config: { admission: false } };

  app.get('/healthz', quiet, async (_req, reply) => noStore(reply).send({ status: 'ok' }));

  app.get('/readyz', quiet, async (req, reply) => {
    const db = await opts.health.checkDatabase();
    const checks: Record<'database' | 'migrations' | 'jobs', Check> = {
      database: db.reachable ? 'ok' : 'unreachable',
      migrations: !db.reachable ? 'unknown' : db.pendingMigrations.length ? 'pending' : 'ok',
      jobs: opts.health.jobs?.elsewhere ? 'elsewhere' : opts.health.jobs?.running() ? 'running' : 'stopped',
    };
    const ready =
      checks.database === 'ok' &&
      checks.migrations === 'ok' &&
      (checks.jobs === 'running' || checks.jobs === 'elsewhere');
    if (!ready) req.log.warn({ checks, err: db.error, pending: db.pendingMigrations }, 'not ready');
    return noStore(reply)
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ready' : 'unavailable', checks });
  });
}
