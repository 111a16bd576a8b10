// A server-rendered, accessible SVG bar chart (stacked when a row has several series): a <title>
// and <desc> for screen readers, and the same numbers in a table beside it. No script.
import { type Html, html, EMPTY_HTML } from '../../html.ts';
import type { AdminT } from '../types.ts';
import { renderDataTable } from './chart-table.ts';
import { spamFormats } from './spam-format.ts';

/**
 * One series: its label and its colour, one of the admin's four chart colours (`--chart-1` …
 * `--chart-4` in admin.css, chosen for 3:1 against the page in light and in dark mode; a test
 * checks them). A class, not a fill attribute, so the colour follows the scheme.
 */
export interface Series {
  label: string;
  tone: 1 | 2 | 3 | 4;
}

/** A chart: one bar per row, one segment per series. */
export interface BarChart {
  id: string;
  title: string;
  description: string;
  /** Header of the table's first column ("Day", "Week", "Reason"). */
  rowHeader: string;
  series: Series[];
  /** Each bar: its label as shown (a day is `datetime` too) and one value per series. */
  rows: { label: string; datetime?: string; values: number[] }[];
}

const W = 640;
const H = 200;
const PAD = 28;

/** The SVG (decorative details hidden from assistive tech; the table carries the data). */
export function renderBarChart(ui: AdminT, c: BarChart): Html {
  const f = spamFormats(ui);
  const max = Math.max(1, ...c.rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const slot = c.rows.length ? (W - PAD * 2) / c.rows.length : 0;
  const bar = Math.max(2, slot * 0.7);
  const bars = c.rows.flatMap((r, i) => {
    let y = H - PAD;
    const x = PAD + i * slot + (slot - bar) / 2;
    return r.values.map((v, s) => {
      const h = ((H - PAD * 2) * v) / max;
      y -= h;
      return v > 0
        ? html`<rect
            x="${x.toFixed(1)}"
            y="${y.toFixed(1)}"
            width="${bar.toFixed(1)}"
            height="${h.toFixed(1)}"
            class="chart-fill--${c.series[s]?.tone ?? 1}"
            ><title>
              ${ui.t('spam.chart.bar', { label: r.label, value: f.number(v), series: c.series[s]?.label ?? '' })}
            </title></rect
          >`
        : EMPTY_HTML;
    });
  });
  const legend = c.series.map(
    (s, i) =>
      html`<g transform="translate(${String(PAD + i * 120)},10)"
        ><rect width="10" height="10" class="chart-fill--${s.tone}"></rect
        ><text x="14" y="10" font-size="11">${s.label}</text></g
      >`,
  );
  return html`<figure class="spam-chart">
    <svg
      role="img"
      aria-labelledby="${c.id}-title ${c.id}-desc"
      viewBox="0 0 ${String(W)} ${String(H)}"
      width="100%"
    >
      <title id="${c.id}-title">${c.title}</title>
      <desc id="${c.id}-desc">${c.description}</desc>
      <line
        x1="${String(PAD)}"
        y1="${String(H - PAD)}"
        x2="${String(W - PAD)}"
        y2="${String(H - PAD)}"
      ></line>
      <text x="${String(PAD)}" y="${String(H - 8)}" font-size="11">${c.rows[0]?.label ?? ''}</text>
      <text x="${String(W - PAD)}" y="${String(H - 8)}" font-size="11" text-anchor="end">
        ${c.rows.at(-1)?.label ?? ''}
      </text>
      <text x="${String(PAD - 4)}" y="${String(PAD)}" font-size="11" text-anchor="end">${f.number(max)}</text>
      ${legend} ${bars}
    </svg>
    <figcaption>${c.title}</figcaption>
  </figure>`;
}

/** The chart's data as a table (the accessible alternative; also readable without SVG). */
export function renderChartTable(ui: AdminT, c: BarChart): Html {
  const f = spamFormats(ui);
  return renderDataTable(ui, {
    title: c.title,
    rowHeader: c.rowHeader,
    columns: c.series.map((s) => s.label),
    rows: c.rows.map((r) => ({
      label: r.label,
      ...(r.datetime ? { datetime: r.datetime } : {}),
      cells: r.values.map((v) => f.number(v)),
    })),
  });
}
