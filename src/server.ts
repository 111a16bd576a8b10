// The server entry: open db → build app → listen → start jobs (DESIGN.md §3.1). main.ts hands
// it to the CLI's `start` command, loaded only when a server starts (the CLI sits below this
// module and may not import it).
import type { Logger } from 'pino';
import type { RunningServer, ServerEntry, StartOptions } from './cli/server-entry.ts';
import type { Config } from './config.ts';
import { openServices, publishingDeps, type Services } from './compose/index.ts';
import { startWalCheckpoints } from './db/create-db.ts';
import { checkDatabase } from './db/health.ts';
import { buildApp } from './http/app.ts';
import { type JobRunner, startJobs } from './jobs/runner.ts';
import { createLogger, lifecycleLogger } from './logging.ts';
import { rememberSiteUrl } from './settings/site-url.ts';

/** How long stop() lets requests in flight finish before cutting their connections. */
const SHUTDOWN_GRACE_MS = 8000;

/** Loads the demo newsroom into an empty site, saying so in the log. */
async function loadDemo(services: Services, log: ReturnType<typeof lifecycleLogger>): Promise<void> {
  // Imported here: the demo's articles are read once, on a first run, never by a cluster worker.
  const { loadDemoContent } = await import('./content/load-demo.ts');
  const demo = await loadDemoContent(publishingDeps(services.deps));
  if (demo.loaded)
    log.info(
      { articles: demo.articles, pages: demo.pages },
      `First run: loaded demo content (${demo.articles} articles, ${demo.pages} pages).`,
    );
}

/**
 * What the primary process of a cluster does before it starts the workers: migrates, loads the
 * demo on first run (once, not in every worker), and tells whether an owner account exists.
 */
export async function prepareSite(
  config: Config,
  options: { demo?: boolean; logger: Logger },
): Promise<{ ownerExists: boolean }> {
  const services = await openServices(config, {
    onConnectionError: (err) => options.logger.error({ err }, 'database connection error'),
    logError: (err, message) => options.logger.error({ err }, message),
  });
  try {
    if (options.demo !== false) await loadDemo(services, lifecycleLogger(options.logger));
    return { ownerExists: (await services.deps.users.countActiveOwners()) > 0 };
  } finally {
    await services.close();
  }
}

/** Starts Silkpress: migrates, loads the demo on first run, listens, starts the jobs. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger =
    options.logger ??
    createLogger({
      level: config.logLevel,
      format: config.logFormat,
      stdoutIsTty: process.stdout.isTTY === true,
    });
  const lifecycle = lifecycleLogger(logger);
  const services = await openServices(config, {
    onConnectionError: (err) => logger.error({ err }, 'database connection error'),
    logError: (err, message) => logger.error({ err }, message),
    logWarn: (fields, message) => logger.warn(fields, message),
    walCheckpoints: options.walCheckpoints,
  });
  try {
    if (options.demo !== false) await loadDemo(services, lifecycle);
    let jobs: JobRunner | null = null;
    const app = await buildApp(services.deps, {
      logger,
      trustProxy: config.trustProxy,
      admission: config.admission,
      health: {
        checkDatabase: () => checkDatabase(services.database.db, services.database.dialect),
        jobs:
          options.jobs === false
            ? { running: () => false, elsewhere: true }
            : { running: () => jobs?.running() ?? false },
      },
    });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.port === 0 ? config.siteUrl.replace(/:0$/, `:${port}`) : config.siteUrl;
    const host = typeof address === 'object' && address ? address.address : config.host;
    const listening = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    // Commands run without SITE_URL (export wxr) read it from here.
    await rememberSiteUrl(
      services.deps.settings,
      url,
      { configured: config.siteUrlConfigured },
      services.deps.clock.now(),
    );
    const runner =
      options.jobs === false
        ? null
        : startJobs(services.jobs, (job, err) => logger.error({ err, job }, 'background job failed'));
    jobs = runner;
    void runner?.runAll();
    let stopping: Promise<void> | null = null;
    return {
      app,
      services,
      logger,
      url,
      listening,
      stop() {
        stopping ??= (async () => {
          // The listener closes first (new connections are refused, idle keep-alive ones
          // closed) while requests in flight are answered; the jobs finish their current run
          // meanwhile. A connection still open after the grace period (a stalled upload) is cut,
          // so the process stops before an orchestrator's SIGKILL (Docker waits 10 s).
          const cut = setTimeout(() => {
            lifecycle.warn('requests still open after 8 s: closing their connections');
            app.server.closeAllConnections();
          }, SHUTDOWN_GRACE_MS);
          // Closing the listener closes the keep-alive connections idle at that moment only; one
          // whose request is answered during the stop turns idle later and would hold the stop
          // until the cut (a proxy's pooled connections, 8 s on every restart). Close them as
          // they turn idle.
          const idle = setInterval(() => app.server.closeIdleConnections(), 50);
          try {
            await Promise.all([app.close(), runner?.stop()]);
          } finally {
            clearTimeout(cut);
            clearInterval(idle);
          }
          await services.close();
        })();
        return stopping;
      },
    };
  } catch (err) {
    await services.close();
    throw err;
  }
}

/** A cluster primary's share of the work: SQLite's checkpoints for all its workers. */
function startSharedDuties(config: Config, logger: Logger): { stop(): Promise<void> } {
  const checkpoints = startWalCheckpoints(config.databaseUrl, (err) =>
    logger.error({ err }, 'database connection error'),
  );
  return { stop: async () => checkpoints?.close() };
}

/** The server entry the CLI's `start` command runs. */
export const serverEntry: ServerEntry = { startServer, prepareSite, startSharedDuties };
