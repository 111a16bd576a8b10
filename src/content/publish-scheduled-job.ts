// The job that publishes scheduled posts when their time comes (every instance runs it; the
// claim in publishDueArticles makes each publication happen once).
import type { Job } from '../jobs/runner.ts';
import type { Clock } from '../kernel/clock.ts';
import { publishDueArticles, type SchedulerDeps } from './scheduler.ts';

/** How often due posts are looked for: a post goes live at most this late. */
export const PUBLISH_SCHEDULED_INTERVAL_MS = 15_000;

/** Where the job records what it published (the admin's audit log). */
export interface SchedulerAuditLog {
  record(
    e: { actorId: null; actorName: string; action: string; target: string; details: Record<string, unknown> },
    now: Date,
  ): Promise<void>;
}

/** The scheduled-publishing job over the article repositories, the change bus and the clock. */
export function publishScheduledJob(
  deps: Pick<SchedulerDeps, 'articles' | 'changes'> & { clock: Clock },
  editorial: { adminArticles: SchedulerDeps['admin'] },
  auditLog?: SchedulerAuditLog,
): Job {
  const now = () => deps.clock.now();
  return {
    name: 'publish-scheduled',
    intervalMs: PUBLISH_SCHEDULED_INTERVAL_MS,
    async run() {
      await publishDueArticles({
        articles: deps.articles,
        admin: editorial.adminArticles,
        changes: deps.changes,
        now,
        audit: auditLog
          ? (e) =>
              auditLog.record(
                {
                  actorId: null,
                  actorName: 'Scheduler',
                  action: e.action,
                  target: `article:${e.articleId}`,
                  details: e.details,
                },
                now(),
              )
          : undefined,
      });
    },
  };
}
