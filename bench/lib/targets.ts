// Ratios against the baseline and the targets, computed from one run's measurements.
import { LOAD_TIMEOUT_SECONDS } from './load.ts';
import type { BenchResults, ScenarioResult, TargetCheck } from './results.ts';

const MB = 1e6;

function rps(scenarios: ScenarioResult[], id: string): number {
  return scenarios.find((s) => s.id === id)?.result.requestsPerSecond ?? Number.NaN;
}

/** Requests/s of each Silkpress scenario divided by the baseline's. */
export function computeRatios(scenarios: ScenarioResult[]): Record<string, number> {
  const baseline = rps(scenarios, 'baseline');
  const ratios: Record<string, number> = {};
  for (const s of scenarios) if (s.id !== 'baseline') ratios[s.id] = s.result.requestsPerSecond / baseline;
  ratios['article-off/article-warm'] = rps(scenarios, 'article-off') / rps(scenarios, 'article-warm');
  // What compression costs (issue 13): the same page asked for with a browser's Accept-Encoding.
  ratios['article-warm-br/article-warm'] = rps(scenarios, 'article-warm-br') / rps(scenarios, 'article-warm');
  ratios['article-off-br/article-off'] = rps(scenarios, 'article-off-br') / rps(scenarios, 'article-off');
  // Against the limit (issue 17): nginx serving the same bytes with one worker per core.
  ratios['article-warm-all/nginx'] = rps(scenarios, 'article-warm-all') / rps(scenarios, 'nginx');
  ratios['article-warm/nginx'] = rps(scenarios, 'article-warm') / rps(scenarios, 'nginx');
  ratios['article-warm-all/article-warm'] =
    rps(scenarios, 'article-warm-all') / rps(scenarios, 'article-warm');
  ratios['article-off-all/article-off'] = rps(scenarios, 'article-off-all') / rps(scenarios, 'article-off');
  return ratios;
}

/** Pages/s of one comment-page scenario. */
function commentRps(r: Omit<BenchResults, 'targets' | 'totalSeconds'>, id: string): number {
  return r.comments.pages.find((p) => p.id === id)?.result.requestsPerSecond ?? Number.NaN;
}

/** Checks the four targets of issue 2 ("Fast") and the comment page target of issue 4. */
export function checkTargets(r: Omit<BenchResults, 'targets' | 'totalSeconds'>): TargetCheck[] {
  const warmRatio = r.ratios['article-warm'] ?? Number.NaN;
  const offRps = rps(r.scenarios, 'article-off');
  const peakOn = r.memory.cacheOn.afterLoad?.peakRss ?? Number.NaN;
  const peakOff = r.memory.cacheOff.afterLoad?.peakRss ?? Number.NaN;
  const peak = Math.max(peakOn, peakOff);
  const articles = r.dataset.generatedArticles + r.dataset.demoArticles;
  return [
    {
      name: 'Warm article page vs baseline',
      goal: '≥ 50% of baseline req/s',
      measured: `${(warmRatio * 100).toFixed(0)}%`,
      met: warmRatio >= 0.5,
    },
    {
      name: 'Cache-off article render',
      goal: '≥ 1,000 req/s',
      measured: `${Math.round(offRps).toLocaleString('en-US')} req/s`,
      met: offRps >= 1000,
    },
    {
      name: `Search p95, ${articles.toLocaleString('en-US')} articles (in-process ArticleRepo.search)`,
      goal: '< 50 ms',
      measured: searchMeasured(r),
      met: searchComplete(r) && r.search.latency.p95 < 50,
    },
    {
      name: `Server RSS, ${articles.toLocaleString('en-US')} articles (peak VmHWM)`,
      goal: '< 200 MB',
      measured: `${(peak / MB).toFixed(0)} MB (cache on ${(peakOn / MB).toFixed(0)}, off ${(peakOff / MB).toFixed(0)})`,
      met: peak < 200 * MB,
    },
    {
      name: `Article with ${r.comments.comments} comments, cache off`,
      goal: '≥ 300 pages/s',
      measured:
        `${Math.round(commentRps(r, 'comments-off')).toLocaleString('en-US')} pages/s ` +
        `(the same bytes from bare node:http: ${Math.round(commentRps(r, 'static-bytes')).toLocaleString('en-US')}/s)`,
      met: commentRps(r, 'comments-off') >= 300,
    },
    ...everyCoreTargets(r),
  ];
}

/** The targets of issue 17 ("Every core"): against nginx, the cache-off tail, memory per worker. */
function everyCoreTargets(r: Omit<BenchResults, 'targets' | 'totalSeconds'>): TargetCheck[] {
  const nginxRatio = r.ratios['article-warm-all/nginx'] ?? Number.NaN;
  const off = r.scenarios.find((s) => s.id === 'article-off-all')?.result;
  const workerPeak = Math.max(
    r.memory.allCoresOn.afterLoad?.peakRss ?? Number.NaN,
    r.memory.allCoresOff.afterLoad?.peakRss ?? Number.NaN,
  );
  const workerPss = Math.max(
    r.memory.allCoresOn.afterLoad?.pss ?? Number.NaN,
    r.memory.allCoresOff.afterLoad?.pss ?? Number.NaN,
  );
  const refused = off ? off.non2xx : Number.NaN;
  return [
    {
      name: 'Warm article, every core, vs nginx serving the same bytes',
      goal: '≥ 50% of nginx req/s',
      measured: Number.isFinite(nginxRatio) ? `${(nginxRatio * 100).toFixed(0)}%` : 'nginx not measured',
      met: nginxRatio >= 0.5,
    },
    {
      name: 'Cache-off article, every core',
      goal: '≥ 1,000 req/s, p99 ≤ 100 ms',
      measured: off
        ? `${Math.round(off.requestsPerSecond).toLocaleString('en-US')} req/s, p99 ${off.latency.p99.toFixed(0)} ms` +
          (refused > 0 ? ` (${refused.toLocaleString('en-US')} answered 503 by admission control)` : '')
        : 'not measured',
      met: off !== undefined && off.requestsPerSecond >= 1000 && off.latency.p99 <= 100,
    },
    {
      name: 'Resident memory per worker after the load (largest worker, peak VmHWM)',
      goal: '≤ 120 MB',
      // The target is judged on the peak resident set; PSS (shared pages counted as their share)
      // is shown beside it because RSS counts Node's shared binary whole in every worker.
      measured:
        `${(workerPeak / MB).toFixed(0)} MB` +
        (Number.isFinite(workerPss) ? ` (PSS ${(workerPss / MB).toFixed(0)} MB)` : ''),
      met: workerPeak <= 120 * MB,
    },
  ];
}

/** True when every query ran at least once within the search budget. */
function searchComplete(r: Omit<BenchResults, 'targets' | 'totalSeconds'>): boolean {
  return r.search.calls >= r.search.queries;
}

function searchMeasured(r: Omit<BenchResults, 'targets' | 'totalSeconds'>): string {
  const s = r.search;
  const http = r.scenarios.find((x) => x.id === 'search-off')?.result;
  const httpText = http
    ? http.responses > 0
      ? `; HTTP under ${r.settings.connections} connections: p95 ${http.latency.p95.toFixed(0)} ms`
      : `; HTTP: no response within the ${LOAD_TIMEOUT_SECONDS} s timeout`
    : '';
  if (!searchComplete(r)) {
    return (
      `only ${s.calls} of ${s.queries} queries finished in ${s.budgetSeconds} s ` +
      `(\`${s.runningWhenStopped ?? '?'}\` was still running)${httpText}`
    );
  }
  return `${s.latency.p95.toFixed(1)} ms${httpText}`;
}
