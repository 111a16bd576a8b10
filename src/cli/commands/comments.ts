// `silkpress comments …`: operator tasks for comments: erase IPs and user agents past the
// retention period now, send the mail outbox now, or show its state.
import type { Command } from 'commander';
import type { Config } from '../../config.ts';

/** The module the commands run, loaded when one runs. */
const run = () => import('./comments-run.ts');

/** Adds `comments purge-ips`, `comments send-mail` and `comments outbox` to the program. */
export function registerCommentsCommand(program: Command, config: () => Promise<Config>): void {
  const comments = program.command('comments').description('Comment maintenance.');

  comments
    .command('purge-ips')
    .description(
      'Erase IP addresses and user agents older than the retention period (comments, the spam ' +
        "filter's copies, waiting mail), and delete mail sent before then and unconfirmed subscriptions.",
    )
    .option('--days <n>', 'retention in days (default: the site setting)')
    .action(async (options: { days?: string }) => (await run()).purgeIps(config, options));

  comments
    .command('send-mail')
    .description('Send due mail from the outbox now (needs SMTP_URL).')
    .action(async () => (await run()).sendMail(config));

  comments
    .command('outbox')
    .description('Show how many messages the outbox holds by status.')
    .action(async () => (await run()).showOutbox(config));
}
