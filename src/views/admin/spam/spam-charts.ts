// Chart data for the spam dashboard from the stored aggregates.
import type { CorrectionRow, DayCounts } from '../../../spam/stats-repo.ts';
import type { PublicCurve } from '../../../spam/index.ts';
import type { BarChart } from './bar-chart.ts';
import type { LineChart } from './line-chart.ts';

const DAY = 86_400_000;

/** Comments per day by verdict, one bar per day for `days` days up to `now`. */
export function perDayChart(
  rows: DayCounts[],
  discards: Map<string, number>,
  now: Date,
  days = 30,
): BarChart {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const out: BarChart['rows'] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(now.getTime() - i * DAY).toISOString().slice(0, 10);
    const r = byDay.get(day);
    out.push({
      label: day,
      values: [r?.ham ?? 0, r?.spam ?? 0, Math.max(r?.discard ?? 0, discards.get(day) ?? 0)],
    });
  }
  const total = out.reduce((s, r) => s + r.values.reduce((a, b) => a + b, 0), 0);
  return {
    id: 'chart-per-day',
    title: 'Comments per day by verdict',
    description: `${total} comments scored in the last ${days} days: ham, spam and discarded per day.`,
    rowHeader: 'Day',
    series: [
      { label: 'Ham', tone: 3 },
      { label: 'Spam', tone: 2 },
      { label: 'Discarded', tone: 1 },
    ],
    rows: out,
  };
}

/** Monday of the week of an ISO instant, as YYYY-MM-DD. */
function weekOf(iso: string): string {
  const d = new Date(iso.slice(0, 10) + 'T00:00:00Z');
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * DAY).toISOString().slice(0, 10);
}

/** False positives (spam verdict, moderator said ham) and negatives per week. */
export function correctionsChart(rows: CorrectionRow[], now: Date, weeks = 8): BarChart {
  const counts = new Map<string, [number, number]>();
  for (const r of rows) {
    const w = weekOf(r.correctedAt);
    const c = counts.get(w) ?? [0, 0];
    if (r.verdict !== 'ham' && r.correction === 'ham') c[0]++;
    if (r.verdict === 'ham' && r.correction === 'spam') c[1]++;
    counts.set(w, c);
  }
  const out: BarChart['rows'] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const w = weekOf(new Date(now.getTime() - i * 7 * DAY).toISOString());
    out.push({ label: `week of ${w}`, values: counts.get(w) ?? [0, 0] });
  }
  return {
    id: 'chart-corrections',
    title: 'Corrections per week',
    description:
      'False positives (held as spam, moderator said not spam) and false negatives (let through, moderator said spam) per week.',
    rowHeader: 'Week',
    series: [
      { label: 'False positives', tone: 2 },
      { label: 'False negatives', tone: 4 },
    ],
    rows: out,
  };
}

/** The reasons most often given for spam verdicts. */
export function reasonsChart(reasonJson: string[], top = 8): BarChart {
  const counts = new Map<string, number>();
  for (const text of reasonJson) {
    try {
      const reasons = JSON.parse(text) as { code: string; weight: number }[];
      for (const r of reasons) if (r.weight > 0) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
    } catch {
      continue;
    }
  }
  const rows = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([code, n]) => ({ label: code, values: [n] }));
  return {
    id: 'chart-reasons',
    title: 'Top reasons for spam verdicts',
    description: rows.length
      ? `Most frequent: ${rows.map((r) => `${r.label} (${r.values[0]})`).join(', ')}.`
      : 'No spam verdicts yet.',
    rowHeader: 'Reason',
    series: [{ label: 'Verdicts', tone: 1 }],
    rows,
  };
}

/**
 * The learning curve on public data: recall at a false-positive rate of at most 1% as a video's
 * comments are decided by a moderator (every spam comment, and each genuine one the filter
 * caught), one line per video the model never saw.
 */
export function learningCurveChart(curves: PublicCurve[], measured: string): LineChart {
  const shown = curves.filter((c) => c.policy === 'corrections');
  const first = shown.map((c) => c.points[0]?.recallAtTargetFpr ?? 0);
  const last = shown.map((c) => c.points.at(-1)?.recallAtTargetFpr ?? 0);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    id: 'chart-learning',
    title: 'How the filter learns from moderators',
    description: `Recall at no more than 1% of genuine comments sent to spam, on ${shown.length} YouTube videos the built-in model never saw, as their comments are decided (measured ${measured}): ${Math.round(mean(first) * 100)}% on average before any decision, ${Math.round(mean(last) * 100)}% after the last.`,
    xLabel: 'decisions',
    yLabel: 'recall at FPR ≤ 1%',
    series: shown.map((c) => ({
      label: c.video.replace(/^Youtube\d+-/, ''),
      points: c.points.map((p) => ({ x: p.decisions, y: p.recallAtTargetFpr })),
    })),
  };
}
