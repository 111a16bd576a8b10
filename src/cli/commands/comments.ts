// `silkpress comments …`: operator tasks for comments: erase IPs and user agents past the
// retention period now, send the mail outbox now, or show its state.
import type { Command } from 'commander';
import { sendDueMail } from '../../comments/send-outbox.ts';
import type { Config } from '../../config.ts';
import { openServices } from '../../compose/index.ts';

/** Adds `comments purge-ips`, `comments send-mail` and `comments outbox` to the program. */
export function registerCommentsCommand(program: Command, config: () => Config): void {
  const comments = program.command('comments').description('Comment maintenance.');

  comments
    .command('purge-ips')
    .description(
      'Erase IP addresses and user agents older than the retention period (comments, the spam ' +
        "filter's copies, waiting mail), and delete mail sent before then and unconfirmed subscriptions.",
    )
    .option('--days <n>', 'retention in days (default: the site setting)')
    .action(async (options: { days?: string }) => {
      const services = await openServices(config());
      try {
        const feature = services.deps.comments;
        const days =
          options.days !== undefined ? Number(options.days) : (await feature.settings()).ipRetentionDays;
        if (!Number.isInteger(days) || days < 0) throw new Error('--days must be a whole number of days');
        const cutoff = new Date(services.deps.clock.now().getTime() - days * 86_400_000);
        const purged = await feature.privacy.purgeNetworkData(cutoff);
        console.log(
          `Erased IP and user agent of ${purged} comment${purged === 1 ? '' : 's'} older than ${days} days.`,
        );
      } finally {
        await services.close();
      }
    });

  comments
    .command('send-mail')
    .description('Send due mail from the outbox now (needs SMTP_URL).')
    .action(async () => {
      const services = await openServices(config());
      try {
        const feature = services.deps.comments;
        if (!feature.transport) throw new Error('SMTP_URL is not set: mail stays in the outbox');
        const sent = await sendDueMail({
          outbox: feature.outbox,
          transport: feature.transport,
          clock: services.deps.clock,
        });
        console.log(`Sent ${sent} message${sent === 1 ? '' : 's'}.`);
      } finally {
        await services.close();
      }
    });

  comments
    .command('outbox')
    .description('Show how many messages the outbox holds by status.')
    .action(async () => {
      const services = await openServices(config());
      try {
        const counts = await services.deps.comments.outbox.countByStatus();
        const lines = Object.entries(counts).map(([status, n]) => `${status}: ${n}`);
        console.log(lines.length ? lines.join('\n') : 'The outbox is empty.');
      } finally {
        await services.close();
      }
    });
}
