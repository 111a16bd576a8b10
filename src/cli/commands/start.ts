// `silkpress start`: migrate, load the demo on first run, serve until SIGTERM or SIGINT.
import cluster from 'node:cluster';
import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Services } from '../../compose/index.ts';
import { type Config, workerShare } from '../../config.ts';
import { createLogger, lifecycleLogger, logProcessEvents } from '../../logging.ts';
import { JOBS_WORKER_ENV, startCluster } from '../cluster.ts';
import { workerExecArgv } from '../worker-flags.ts';

/** A running server and how to stop it. */
export interface RunningServer {
  app: FastifyInstance;
  services: Services;
  /** The process's logger (JSON lines or pretty, per LOG_FORMAT). */
  logger: Logger;
  /** The public address (SITE_URL, with the actual port when PORT is 0). */
  url: string;
  /** The address the server listens on. */
  listening: string;
  /**
   * Stops gracefully: no new connections, requests in flight answered, background jobs finished
   * and stopped, the database closed. Safe to call more than once.
   */
  stop(): Promise<void>;
}

/** Options of `silkpress start`. */
export interface StartOptions {
  /** Load demo content into an empty site (default true). */
  demo?: boolean;
  /** The logger (default: built from LOG_LEVEL and LOG_FORMAT, writing to stdout). */
  logger?: Logger;
  /**
   * Run the background jobs in this process (default true). A worker of a cluster that is not
   * the jobs worker serves requests only.
   */
  jobs?: boolean;
  /**
   * Run SQLite's background checkpoints in this process (default true). A cluster's workers
   * leave them to the primary (`startSharedDuties`).
   */
  walCheckpoints?: boolean;
}

/** What `start` runs: the server entry (src/main.ts), handed down so the CLI never imports it. */
export interface ServerEntry {
  /** Migrates, loads the demo on first run, listens, starts the jobs. */
  startServer(config: Config, options?: StartOptions): Promise<RunningServer>;
  /** A cluster primary's preparation: migrate, load the demo once, tell whether an owner exists. */
  prepareSite(config: Config, options: { demo?: boolean; logger: Logger }): Promise<{ ownerExists: boolean }>;
  /** What a cluster's primary runs for all its workers while they serve (SQLite's checkpoints). */
  startSharedDuties(config: Config, logger: Logger): { stop(): Promise<void> };
}

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

/** Adds `start` to the program. */
export function registerStartCommand(program: Command, config: () => Config, server: ServerEntry): void {
  program
    .command('start')
    .description('Start the web server (applies migrations; loads demo content into an empty site).')
    .option('--no-demo', 'do not load demo content on first run')
    .action(async (opts: { demo: boolean }) => {
      if (cluster.isWorker) return startClusterWorker(config(), server);
      const settings = config();
      const logger = startLogger(settings);
      if (settings.workers > 1) {
        await startPrimary(server, settings, opts.demo, logger);
        return;
      }
      const running = await server.startServer(settings, { demo: opts.demo, logger });
      const log = lifecycleLogger(running.logger);
      const [first = '', ...rest] = await startupLines(running);
      log.info({ url: running.url, listening: running.listening }, first);
      for (const line of rest) log.info(line);
      stopOnSignals(log, running);
    });
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
