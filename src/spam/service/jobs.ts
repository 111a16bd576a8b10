// Background jobs of the spam defense, for src/jobs/runner.ts: pruning fingerprints past the
// window they are used in (a job claim lets one instance run it per interval), and refreshing the
// reputation lists that are due (each list claimed in its own row, lists/refresh-lists.ts).
import type { Job } from '../../jobs/runner.ts';
import { RECENT_DAYS } from './spam-service.ts';
import type { Clock } from '../../kernel/clock.ts';

/** The job's name (also its claim in job_runs). */
export const PRUNE_FINGERPRINTS_JOB = 'spam.prune-fingerprints';

const DAY = 86_400_000;
/** Runs at most once per hour across instances; each instance looks every ten minutes. */
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
const CHECK_EVERY_MS = 10 * 60_000;

/** What the pruning job uses. */
export interface PruneJobDeps {
  fingerprints: { pruneFingerprints(p: { before: string; undecidedBefore: string }): Promise<number> };
  /** Tells every instance's in-memory context to forget what was pruned. */
  context: { pruned(p: { before: Date; undecidedBefore: Date }): Promise<void> };
  jobClaims: { claim(name: string, now: Date, intervalMs: number): Promise<boolean> };
  clock: Clock;
  /** The IP retention period in days (the comment setting): fingerprints hold IPs and emails. */
  retentionDays(): Promise<number>;
}

/** What the spam jobs use. */
export interface SpamJobDeps extends PruneJobDeps {
  /** Refreshes the reputation lists that are due (each claimed by one process; lists/). */
  refreshLists(): Promise<unknown>;
}

/** The reputation-list refresh job's name. Each list is claimed in its own row. */
export const REFRESH_LISTS_JOB = 'spam.refresh-lists';
/** How often each process looks for lists due (their own intervals are in minutes or more). */
const LISTS_CHECK_EVERY_MS = 60_000;

/**
 * Deletes fingerprints past their window, once per interval across instances: undecided ones after
 * the near-duplicate window (7 days) and decided ones (the author history) after the IP
 * retention, whichever is shorter for each. Returns how many, or null when another instance ran it.
 */
export async function pruneSpamFingerprints(deps: PruneJobDeps): Promise<number | null> {
  const now = deps.clock.now();
  if (!(await deps.jobClaims.claim(PRUNE_FINGERPRINTS_JOB, now, PRUNE_INTERVAL_MS))) return null;
  const retention = (await deps.retentionDays()) * DAY;
  const before = new Date(now.getTime() - retention);
  const undecidedBefore = new Date(now.getTime() - Math.min(retention, RECENT_DAYS * DAY));
  const deleted = await deps.fingerprints.pruneFingerprints({
    before: before.toISOString(),
    undecidedBefore: undecidedBefore.toISOString(),
  });
  await deps.context.pruned({ before, undecidedBefore });
  return deleted;
}

/** The spam jobs to add to the runner. */
export function spamJobs(deps: SpamJobDeps): Job[] {
  return [
    {
      name: PRUNE_FINGERPRINTS_JOB,
      intervalMs: CHECK_EVERY_MS,
      run: async () => void (await pruneSpamFingerprints(deps)),
    },
    {
      name: REFRESH_LISTS_JOB,
      intervalMs: LISTS_CHECK_EVERY_MS,
      run: async () => void (await deps.refreshLists()),
    },
  ];
}
