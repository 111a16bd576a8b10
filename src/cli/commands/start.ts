// `silkpress start`: migrate, load the demo on first run, serve until SIGTERM or SIGINT.
import cluster from 'node:cluster';
import type { Command } from 'commander';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import { createLogger, lifecycleLogger, logProcessEvents } from '../../logging.ts';
import { prepareSite, type RunningServer, startServer } from '../../main.ts';
import { JOBS_WORKER_ENV, startCluster } from '../cluster.ts';

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
export function registerStartCommand(program: Command, config: () => Config): void {
  program
    .command('start')
    .description('Start the web server (applies migrations; loads demo content into an empty site).')
    .option('--no-demo', 'do not load demo content on first run')
    .action(async (opts: { demo: boolean }) => {
      const settings = config();
      const logger = createLogger({
        level: settings.logLevel,
        format: settings.logFormat,
        stdoutIsTty: process.stdout.isTTY === true,
      });
      // From here on even Node's own warnings and a crash are log lines (JSON in production).
      logProcessEvents(logger);
      if (cluster.isWorker) {
        // A worker of the cluster below: the primary migrated, loaded the demo and prints the lines.
        const jobs = process.env[JOBS_WORKER_ENV] === '1';
        stopOnSignals(lifecycleLogger(logger), await startServer(settings, { demo: false, logger, jobs }));
        return;
      }
      if (settings.workers > 1) {
        await startPrimary(settings, opts.demo, logger);
        return;
      }
      const server = await startServer(settings, { demo: opts.demo, logger });
      const log = lifecycleLogger(server.logger);
      const [running = '', ...rest] = await startupLines(server);
      log.info({ url: server.url, listening: server.listening }, running);
      for (const line of rest) log.info(line);
      stopOnSignals(log, server);
    });
}

/** Migrates and loads the demo once, then runs `settings.workers` workers until a signal. */
async function startPrimary(settings: Config, demo: boolean, logger: Logger): Promise<void> {
  const log = lifecycleLogger(logger);
  const { ownerExists } = await prepareSite(settings, { demo, logger });
  const primary = startCluster({
    workers: settings.workers,
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
