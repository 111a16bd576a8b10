// What `silkpress comments …` runs (registered in comments.ts, loaded when one of them runs).
import { sendDueMail } from '../../comments/send-outbox.ts';
import type { Config } from '../../config.ts';
import { openServices } from '../../compose/index.ts';

/** `comments purge-ips`: network data older than the retention period erased. */
export async function purgeIps(config: () => Promise<Config>, options: { days?: string }): Promise<void> {
  const services = await openServices(await config());
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
}

/** `comments send-mail`: the outbox's due mail sent now. */
export async function sendMail(config: () => Promise<Config>): Promise<void> {
  const services = await openServices(await config());
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
}

/** `comments outbox`: the outbox's messages counted by status. */
export async function showOutbox(config: () => Promise<Config>): Promise<void> {
  const services = await openServices(await config());
  try {
    const counts = await services.deps.comments.outbox.countByStatus();
    const lines = Object.entries(counts).map(([status, n]) => `${status}: ${n}`);
    console.log(lines.length ? lines.join('\n') : 'The outbox is empty.');
  } finally {
    await services.close();
  }
}
