// The job that publishes scheduled posts when their time comes (every instance runs it; the
// claim in publishDueArticles makes each publication happen once).
import type { EditorialDeps } from '../content/editorial-deps.ts';
import { publishDueArticles } from '../content/scheduler.ts';
import type { AppDeps } from '../http/deps.ts';
import type { Job } from './runner.ts';

/** How often due posts are looked for: a post goes live at most this late. */
export const PUBLISH_SCHEDULED_INTERVAL_MS = 15_000;

/** Where the job records what it published (the admin's audit log). */
export interface SchedulerAuditLog {
  record(
    e: { actorId: null; actorName: string; action: string; target: string; details: Record<string, unknown> },
    now: Date,
  ): Promise<void>;
}

/** The scheduled-publishing job over the app's dependencies. */
export function publishScheduledJob(
  deps: Pick<AppDeps, 'articles' | 'changes' | 'clock'>,
  editorial: Pick<EditorialDeps, 'adminArticles'>,
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
