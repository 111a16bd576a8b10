// Chart data for the spam dashboard from the stored aggregates, worded in the admin language.
import type { CorrectionRow, DayCounts } from '../../../spam/service/stats-repo.ts';
import type { PublicCurve } from '../../../spam/index.ts';
import type { AdminT } from '../types.ts';
import type { BarChart } from './bar-chart.ts';
import type { LineChart } from './line-chart.ts';
import { reasonName } from './reason-text.ts';
import { spamFormats } from './spam-format.ts';

const DAY = 86_400_000;

/** Comments per day by verdict, one bar per day for `days` days up to `now`. */
export function perDayChart(
  ui: AdminT,
  rows: DayCounts[],
  discards: Map<string, number>,
  now: Date,
  days = 30,
): BarChart {
  const f = spamFormats(ui);
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const out: BarChart['rows'] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(now.getTime() - i * DAY).toISOString().slice(0, 10);
    const r = byDay.get(day);
    out.push({
      label: f.day(day),
      datetime: day,
      values: [r?.ham ?? 0, r?.spam ?? 0, Math.max(r?.discard ?? 0, discards.get(day) ?? 0)],
    });
  }
  const total = out.reduce((s, r) => s + r.values.reduce((a, b) => a + b, 0), 0);
  return {
    id: 'chart-per-day',
    title: ui.t('spam.chart.perDay.title'),
    description: ui.t('spam.chart.perDay.description', { total, days }),
    rowHeader: ui.t('spam.chart.perDay.day'),
    series: [
      { label: ui.t('spam.chart.perDay.ham'), tone: 3 },
      { label: ui.t('spam.chart.perDay.spam'), tone: 2 },
      { label: ui.t('spam.chart.perDay.discarded'), tone: 1 },
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
export function correctionsChart(ui: AdminT, rows: CorrectionRow[], now: Date, weeks = 8): BarChart {
  const f = spamFormats(ui);
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
    out.push({
      label: ui.t('spam.chart.corrections.weekOf', { day: f.day(w) }),
      values: counts.get(w) ?? [0, 0],
    });
  }
  return {
    id: 'chart-corrections',
    title: ui.t('spam.chart.corrections.title'),
    description: ui.t('spam.chart.corrections.description'),
    rowHeader: ui.t('spam.chart.corrections.week'),
    series: [
      { label: ui.t('spam.chart.corrections.falsePositives'), tone: 2 },
      { label: ui.t('spam.chart.corrections.falseNegatives'), tone: 4 },
    ],
    rows: out,
  };
}

/** The reasons most often given for spam verdicts, named in the admin language. */
export function reasonsChart(ui: AdminT, reasonJson: string[], top = 8): BarChart {
  const f = spamFormats(ui);
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
    .map(([code, n]) => ({ label: reasonName(ui, code), values: [n] }));
  return {
    id: 'chart-reasons',
    title: ui.t('spam.chart.reasons.title'),
    description: rows.length
      ? ui.t('spam.chart.reasons.description', {
          reasons: f.list(
            rows.map((r) =>
              ui.t('spam.chart.reasons.item', { reason: r.label, count: f.number(r.values[0] ?? 0) }),
            ),
          ),
        })
      : ui.t('spam.chart.reasons.none'),
    rowHeader: ui.t('spam.chart.reasons.reason'),
    series: [{ label: ui.t('spam.chart.reasons.verdicts'), tone: 1 }],
    rows,
  };
}

/**
 * The learning curve on public data: recall at a false-positive rate of at most 1% as a video's
 * comments are decided by a moderator (every spam comment, and each genuine one the filter
 * caught), one line per video the model never saw. Each line is named by its video (a proper
 * name of the public data set, not interface text).
 */
export function learningCurveChart(ui: AdminT, curves: PublicCurve[], measured: string): LineChart {
  const f = spamFormats(ui);
  const shown = curves.filter((c) => c.policy === 'corrections');
  const first = shown.map((c) => c.points[0]?.recallAtTargetFpr ?? 0);
  const last = shown.map((c) => c.points.at(-1)?.recallAtTargetFpr ?? 0);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    id: 'chart-learning',
    title: ui.t('spam.chart.learning.title'),
    description: ui.t('spam.chart.learning.description', {
      videos: shown.length,
      measured: f.day(measured),
      before: f.percent(mean(first)),
      after: f.percent(mean(last)),
    }),
    xLabel: ui.t('spam.chart.learning.x'),
    xAxis: (max) => ui.t('spam.chart.learning.xAxis', { count: max }),
    yLabel: ui.t('spam.chart.learning.y'),
    series: shown.map((c) => ({
      label: c.video.replace(/^Youtube\d+-/, ''),
      points: c.points.map((p) => ({ x: p.decisions, y: p.recallAtTargetFpr })),
    })),
  };
}
