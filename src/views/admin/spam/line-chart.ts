// A small server-rendered SVG line chart (one line per series, y from 0 to 100%), with a title
// and description for screen readers and the same numbers in a table beside it. Colours come
// from CSS classes, so the chart follows the admin's light and dark themes. No script.
import { type Html, html } from '../../html.ts';
import type { AdminT } from '../types.ts';
import { renderDataTable } from './chart-table.ts';
import { spamFormats } from './spam-format.ts';

/** One line: its label and its points (x: a count, y: a share from 0 to 1). */
export interface LineSeries {
  label: string;
  points: Array<{ x: number; y: number }>;
}

/** A line chart. */
export interface LineChart {
  id: string;
  title: string;
  description: string;
  /** The x axis's name, the table's first column ("decisions"). */
  xLabel: string;
  /** The x axis's end label: its largest value with its unit ("60 decisions"). */
  xAxis: (max: number) => string;
  yLabel: string;
  series: LineSeries[];
}

const W = 560;
const H = 220;
const PAD = { left: 44, right: 16, top: 36, bottom: 36 };

/** The SVG (the table carries the data for assistive technology). */
export function renderLineChart(ui: AdminT, c: LineChart): Html {
  const f = spamFormats(ui);
  const pct = (v: number) => f.percent(v);
  const maxX = Math.max(1, ...c.series.flatMap((s) => s.points.map((p) => p.x)));
  const x = (v: number) => PAD.left + ((W - PAD.left - PAD.right) * v) / maxX;
  const y = (v: number) => H - PAD.bottom - (H - PAD.top - PAD.bottom) * v;
  const grid = [0, 0.5, 1].map(
    (v) =>
      html`<line
          class="chart-grid"
          x1="${String(PAD.left)}"
          x2="${String(W - PAD.right)}"
          y1="${y(v).toFixed(1)}"
          y2="${y(v).toFixed(1)}"
        ></line
        ><text class="chart-text" x="${String(PAD.left - 6)}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end"
          >${pct(v)}</text
        >`,
  );
  const lines = c.series.map(
    (s, i) =>
      html`<polyline
          class="chart-line chart-line--${String(i % 4)}"
          fill="none"
          points="${s.points.map((p) => `${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ')}"
        ></polyline
        >${s.points.map(
          (p) =>
            html`<circle
              class="chart-dot chart-line--${String(i % 4)}"
              cx="${x(p.x).toFixed(1)}"
              cy="${y(p.y).toFixed(1)}"
              r="3"
              ><title>
                ${ui.t('spam.chart.point', { series: s.label, share: pct(p.y), x: p.x })}
              </title></circle
            >`,
        )}`,
  );
  const legend = c.series.map(
    (s, i) =>
      html`<g transform="translate(${String(PAD.left + i * 170)},14)"
        ><rect class="chart-swatch chart-line--${String(i % 4)}" width="12" height="4" y="4"></rect
        ><text class="chart-text" x="16" y="10">${s.label}</text></g
      >`,
  );
  return html`<figure class="admin-chart">
    <svg
      role="img"
      aria-labelledby="${c.id}-title ${c.id}-desc"
      viewBox="0 0 ${String(W)} ${String(H)}"
      width="100%"
    >
      <title id="${c.id}-title">${c.title}</title>
      <desc id="${c.id}-desc">${c.description}</desc>
      ${grid} ${legend} ${lines}
      <text class="chart-text" x="${String(PAD.left)}" y="${String(H - 8)}">0</text>
      <text class="chart-text" x="${String(W - PAD.right)}" y="${String(H - 8)}" text-anchor="end">
        ${c.xAxis(maxX)}
      </text>
    </svg>
    <figcaption>${c.title}</figcaption>
  </figure>`;
}

/** The chart's numbers as a table, behind a disclosure: one row per x, a dash where a line has no point. */
export function renderLineChartTable(ui: AdminT, c: LineChart): Html {
  const f = spamFormats(ui);
  const pct = (v: number) => f.percent(v);
  const xs = [...new Set(c.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  return renderDataTable(ui, {
    title: c.title,
    rowHeader: c.xLabel,
    columns: c.series.map((s) => s.label),
    rows: xs.map((xv) => ({
      label: f.number(xv),
      cells: c.series.map((s) => {
        const p = s.points.find((q) => q.x === xv);
        return p ? pct(p.y) : '—';
      }),
    })),
  });
}
