// `silkpress start`: migrate, load the demo on first run, serve until SIGTERM or SIGINT. What it
// runs (src/cli/serve.ts) and the server (src/server.ts) are loaded when it runs, not when the
// command tree is built.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';
import type { ServerEntry } from '../server-entry.ts';

/** Adds `start` to the program; `server` loads the server entry (src/main.ts hands it down). */
export function registerStartCommand(
  program: Command,
  config: () => Promise<Config>,
  server: () => Promise<ServerEntry>,
): void {
  program
    .command('start')
    .description('Start the web server (applies migrations; loads demo content into an empty site).')
    .option('--no-demo', 'do not load demo content on first run')
    .action(async (opts: { demo: boolean }) => {
      const settings = await config();
      const { runStart } = await import('../serve.ts');
      await runStart(settings, opts.demo, await server());
    });
}
