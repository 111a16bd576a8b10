// What `silkpress start` runs (src/cli/commands/start.ts registers it): one server, or a cluster's
// primary and its workers, stopped gracefully on SIGTERM or SIGINT.
import cluster from 'node:cluster';
import type { Logger } from 'pino';
import { type Config, workerShare } from '../config.ts';
import { createLogger, lifecycleLogger, logProcessEvents } from '../logging.ts';
import type { RunningServer, ServerEntry } from './server-entry.ts';
import { JOBS_WORKER_ENV, startCluster } from './cluster.ts';
import { workerExecArgv } from './worker-flags.ts';

/** What `start` prints once the site is up: where it runs and how to reach the admin. */
export async function startupLines(
  server: Pick<RunningServer, 'url' | 'listening' | 'services'>,
): Promise<string[]> {
  return siteLines(server.url, server.listening, (await server.services.deps.users.countActiveOwners()) > 0);
}

function siteLines(url: string, listening: string, ownerExists: boolean): string[] {
  const lines = [`Silkpress is running at ${url}`];
  if (new URL(url).origin !== listening) lines.push(`  (listening on ${listening})`);
  if (ownerExists) lines.push(`Sign in at ${url}/admin`);
  else
    lines.push(
      `Create the first admin account at ${url}/admin ` +
        'or from a terminal: npm run silkpress -- user create --role owner --email you@example.org',
    );
  return lines;
}

/** Runs `start` with its settings: one server, or the primary of a cluster of `settings.workers`. */
export async function runStart(settings: Config, demo: boolean, server: ServerEntry): Promise<void> {
  if (cluster.isWorker) return startClusterWorker(settings, server);
  const logger = startLogger(settings);
  if (settings.workers > 1) {
    await startPrimary(server, settings, demo, logger);
    return;
  }
  const running = await server.startServer(settings, { demo, logger });
  const log = lifecycleLogger(running.logger);
  const [first = '', ...rest] = await startupLines(running);
  log.info({ url: running.url, listening: running.listening }, first);
  for (const line of rest) log.info(line);
  stopOnSignals(log, running);
}

/** The process's logger; from here on even Node's own warnings and a crash are log lines. */
function startLogger(settings: Config): Logger {
  const logger = createLogger({
    level: settings.logLevel,
    format: settings.logFormat,
    stdoutIsTty: process.stdout.isTTY === true,
  });
  logProcessEvents(logger);
  return logger;
}

/**
 * What a worker of the cluster (`startPrimary`) runs: it serves until a signal; the primary
 * migrated, loaded the demo and prints the lines. src/main.ts calls it without building the
 * command tree, so a worker never loads the other commands (and commander) it would not run.
 */
export async function startClusterWorker(
  settings: Config,
  server: Pick<ServerEntry, 'startServer'>,
): Promise<void> {
  const logger = startLogger(settings);
  const jobs = process.env[JOBS_WORKER_ENV] === '1';
  stopOnSignals(
    lifecycleLogger(logger),
    // The caches' budgets are the server's: this worker takes its share.
    await server.startServer(workerShare(settings), { demo: false, logger, jobs, walCheckpoints: false }),
  );
}

/** Migrates and loads the demo once, then runs `settings.workers` workers until a signal. */
async function startPrimary(
  server: ServerEntry,
  settings: Config,
  demo: boolean,
  logger: Logger,
): Promise<void> {
  const log = lifecycleLogger(logger);
  const { ownerExists } = await server.prepareSite(settings, { demo, logger });
  const duties = server.startSharedDuties(settings, logger);
  const primary = startCluster({
    workers: settings.workers,
    // glibc gives each allocating thread (libuv's pool, V8's helpers) an arena whose freed pages
    // mostly stay resident (8 MB in four arenas after the memory bench's load); two share them.
    workerEnv: { MALLOC_ARENA_MAX: settings.workerMallocArenas },
    // The production heap flags even when the primary was started without them (worker-flags.ts).
    workerExecArgv: workerExecArgv(process.execArgv, settings.nodeOptions),
    log,
    onListening: ({ address, port }) => {
      const url = settings.port === 0 ? settings.siteUrl.replace(/:0$/, `:${port}`) : settings.siteUrl;
      const host = address || settings.host;
      const listening = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
      const [running = '', ...rest] = siteLines(url, listening, ownerExists);
      log.info({ url, listening, workers: settings.workers }, running);
      for (const line of rest) log.info(line);
    },
  });
  stopOnSignals(log, {
    stop: async () => {
      const code = await primary.stop();
      // After the workers: the last checkpoint then holds everything they wrote.
      await duties.stop();
      if (code !== 0) throw new Error('a worker did not stop cleanly');
    },
  });
}

/**
 * SIGTERM (systemd, Docker, Kubernetes) and SIGINT (Ctrl-C) stop the server gracefully, then
 * the process exits 0. A repeated signal is ignored rather than killing the process halfway: a
 * Ctrl-C under `npm start` reaches Node twice (from the terminal and forwarded by npm).
 */
function stopOnSignals(log: ReturnType<typeof lifecycleLogger>, server: Pick<RunningServer, 'stop'>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `${signal} received, shutting down…`);
    server.stop().then(
      () => {
        log.info('Stopped: requests answered, jobs stopped, database closed.');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
