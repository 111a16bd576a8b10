// Background jobs of the comments feature, for src/jobs/runner.ts: the outbox sender and the
// retention purge of IPs and user agents. Each is safe to run in every instance at once.
import type { Job } from '../jobs/runner.ts';
import type { CommentSettings } from './comment-settings.ts';
import type { JobClaimRepo } from '../jobs/job-claim-repo.ts';
import type { OutboxRepo } from './outbox-repo.ts';
import type { Clock } from '../kernel/clock.ts';
import type { PrivacyRepo } from './privacy-repo.ts';
import { type MailTransport, sendDueMail } from './send-outbox.ts';

/** What the jobs use. */
export interface CommentJobDeps {
  outbox: OutboxRepo;
  privacy: PrivacyRepo;
  jobClaims: JobClaimRepo;
  clock: Clock;
  /** Null when SMTP is not configured: mail then stays in the outbox (shown in the admin). */
  transport: MailTransport | null;
  settings(): Promise<CommentSettings>;
}

const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** Erases network data older than the retention period, once per hour across instances. */
export async function purgeNetworkData(
  deps: Omit<CommentJobDeps, 'outbox' | 'transport'>,
): Promise<number | null> {
  const now = deps.clock.now();
  if (!(await deps.jobClaims.claim('comments.purge-network-data', now, PURGE_INTERVAL_MS))) return null;
  const settings = await deps.settings();
  const cutoff = new Date(now.getTime() - settings.ipRetentionDays * 86_400_000);
  const purged = await deps.privacy.purgeNetworkData(cutoff);
  await deps.privacy.deleteExpiredRequests(now);
  return purged;
}

/** The jobs to add to the runner. */
export function commentJobs(deps: CommentJobDeps): Job[] {
  const jobs: Job[] = [
    {
      name: 'comments.purge-network-data',
      intervalMs: 10 * 60_000,
      run: async () => void (await purgeNetworkData(deps)),
    },
  ];
  const transport = deps.transport;
  if (transport) {
    jobs.push({
      name: 'comments.send-outbox',
      intervalMs: 15_000,
      run: async () => void (await sendDueMail({ outbox: deps.outbox, transport, clock: deps.clock })),
    });
  }
  return jobs;
}
