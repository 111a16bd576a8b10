// Every background job of a running Silkpress, in one list. Each runs on a timer in every
// instance that runs jobs; a job that must happen once across instances claims its work in the
// database (jobs/job-claim-repo.ts, or a conditional UPDATE of its own).
import { commentJobs } from '../comments/jobs.ts';
import { publishScheduledJob } from '../content/publish-scheduled-job.ts';
import type { DatabaseHandle } from '../db/create-db.ts';
import { RateLimitRepo } from '../db/rate-limit-repo.ts';
import { JobClaimRepo } from '../jobs/job-claim-repo.ts';
import { rateLimitCleanupJob } from '../jobs/rate-limit-cleanup.ts';
import type { Job } from '../jobs/runner.ts';
import { accountCleanupJob } from '../users/account-cleanup-job.ts';
import type { AppServices } from './app-services.ts';
import type { CommentsWiring } from './comments.ts';

/** The background jobs over the open database and the built services. */
export function backgroundJobs(o: {
  database: DatabaseHandle;
  services: AppServices;
  comments: Pick<CommentsWiring, 'transport'>;
}): Job[] {
  const { database, services } = o;
  const { clock, accounts, comments, spam } = services;
  return [
    accountCleanupJob(accounts),
    rateLimitCleanupJob(new RateLimitRepo(database.db), clock),
    publishScheduledJob(services, services.editorial, accounts.audit),
    ...commentJobs({
      outbox: comments.outbox,
      privacy: comments.privacy,
      jobClaims: comments.jobClaims,
      clock,
      transport: o.comments.transport,
      settings: () => comments.settings(),
    }),
    ...spam.jobs(new JobClaimRepo(database.db)),
    {
      name: 'database-statistics',
      intervalMs: 6 * 60 * 60 * 1000,
      run: () => database.dialect.optimize(database.db),
    },
  ];
}
