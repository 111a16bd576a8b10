// `silkpress start`: migrate, load the demo on first run, serve.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';
import { startServer } from '../../main.ts';

/** Adds `start` to the program. */
export function registerStartCommand(program: Command, config: () => Config): void {
  program
    .command('start')
    .description('Start the web server (applies migrations; loads demo content into an empty site).')
    .option('--no-demo', 'do not load demo content on first run')
    .action(async (opts: { demo: boolean }) => {
      const server = await startServer(config(), { demo: opts.demo });
      console.log(`Silkpress is running at ${server.url}`);
      if (new URL(server.url).origin !== server.listening)
        console.log(`  (listening on ${server.listening})`);
      console.log(`Create the first admin account at ${server.url}/admin`);
      console.log(
        '  or from a terminal: npm run silkpress -- user create --role owner --email you@example.org',
      );
      const shutdown = (signal: string) => {
        console.log(`${signal} received, shutting down…`);
        server.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });
}
