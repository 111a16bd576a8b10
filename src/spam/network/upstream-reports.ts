// The job that sends moderators' decisions to the upstream service (submit-spam / submit-ham):
// claims due reports, sends each, and retries failures with exponential backoff (1 min, 2, 4 …
// capped at 6 h; 10 attempts, about a day and a half). Claims make it run once across workers.
import type { Job } from '../../jobs/runner.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { UpstreamReport, UpstreamReportRepo } from './upstream-report-repo.ts';

/** The job's name. */
export const UPSTREAM_REPORTS_JOB = 'spam.upstream-reports';
/** Attempts before a report is given up. */
export const MAX_REPORT_ATTEMPTS = 10;

/** When to try again after `attempts` failed attempts, or null to give up. */
export function reportRetryAt(now: Date, attempts: number): Date | null {
  if (attempts >= MAX_REPORT_ATTEMPTS) return null;
  return new Date(now.getTime() + Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000));
}

/** What sending uses. */
export interface UpstreamReportDeps {
  reports: Pick<UpstreamReportRepo, 'claimDue' | 'markSent' | 'markFailed' | 'prune'>;
  send(kind: UpstreamReport['kind'], form: URLSearchParams): Promise<void>;
  clock: Clock;
}

/** Sends due reports in batches until none is due; returns how many were sent. */
export async function sendDueReports(deps: UpstreamReportDeps, maxBatches = 20): Promise<number> {
  let sent = 0;
  for (let i = 0; i < maxBatches; i++) {
    const claimed = await deps.reports.claimDue(deps.clock.now(), 20, 5 * 60_000);
    if (claimed.length === 0) break;
    for (const report of claimed) {
      try {
        await deps.send(report.kind, new URLSearchParams(report.form));
        await deps.reports.markSent(report.id, deps.clock.now());
        sent++;
      } catch (err) {
        const now = deps.clock.now();
        const message = err instanceof Error ? err.message : String(err);
        await deps.reports.markFailed(report.id, message, reportRetryAt(now, report.attempts));
      }
    }
  }
  return sent;
}

/** The job (every 10 s; rows sent and given up are deleted after 30 days). */
export function upstreamReportsJob(deps: UpstreamReportDeps): Job {
  return {
    name: UPSTREAM_REPORTS_JOB,
    intervalMs: 10_000,
    run: async () => {
      await sendDueReports(deps);
      await deps.reports.prune(new Date(deps.clock.now().getTime() - 30 * 86_400_000));
    },
  };
}
