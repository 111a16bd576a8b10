// `silkpress start`: migrate, load the demo on first run, serve until SIGTERM or SIGINT.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';
import { createLogger, lifecycleLogger, logProcessEvents } from '../../logging.ts';
import { type RunningServer, startServer } from '../../main.ts';

/** What `start` prints once the site is up: where it runs and how to reach the admin. */
export async function startupLines(
  server: Pick<RunningServer, 'url' | 'listening' | 'services'>,
): Promise<string[]> {
  const lines = [`Silkpress is running at ${server.url}`];
  if (new URL(server.url).origin !== server.listening) lines.push(`  (listening on ${server.listening})`);
  if ((await server.services.deps.users.countActiveOwners()) > 0)
    lines.push(`Sign in at ${server.url}/admin`);
  else
    lines.push(
      `Create the first admin account at ${server.url}/admin ` +
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
      const server = await startServer(settings, { demo: opts.demo, logger });
      const log = lifecycleLogger(server.logger);
      const [running = '', ...rest] = await startupLines(server);
      log.info({ url: server.url, listening: server.listening }, running);
      for (const line of rest) log.info(line);
      stopOnSignals(server);
    });
}

/**
 * SIGTERM (systemd, Docker, Kubernetes) and SIGINT (Ctrl-C) stop the server gracefully, then
 * the process exits 0. A repeated signal is ignored rather than killing the process halfway: a
 * Ctrl-C under `npm start` reaches Node twice (from the terminal and forwarded by npm).
 */
function stopOnSignals(server: RunningServer): void {
  const log = lifecycleLogger(server.logger);
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
