// The numbers of a chart as a table behind a disclosure: the accessible alternative to every
// chart's SVG (bar and line alike), readable without SVG; its scrolling region takes focus so a
// keyboard can scroll a wide one.
import { type Html, html } from '../../html.ts';
import type { AdminT } from '../types.ts';

/** A chart's data: one row per label, one column per series. */
export interface ChartTable {
  title: string;
  /** Header of the first column, the rows' labels ("Day", "Reason", "Comments learned"). */
  rowHeader: string;
  /** The series, one column each. */
  columns: string[];
  /** Each row's label and its cells, already written as text (a count, a share); a label that
   * is a day gives it as `datetime` too. */
  rows: Array<{ label: string; datetime?: string; cells: string[] }>;
}

const rowLabel = (r: ChartTable['rows'][number]) =>
  r.datetime ? html`<time datetime="${r.datetime}">${r.label}</time>` : r.label;

/** `<details>` with the chart's title and its table. */
export function renderDataTable(ui: AdminT, t: ChartTable): Html {
  return html`<details class="spam-chart-data">
    <summary>${ui.t('spam.chart.dataTable', { title: t.title })}</summary>
    <div class="admin-table-wrap" tabindex="0" role="region" aria-label="${t.title}">
      <table class="admin-table">
        <caption class="visually-hidden">
          ${t.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.rowHeader}</th>
            ${t.columns.map((label) => html`<th scope="col">${label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${t.rows.map(
            (r) =>
              html`<tr>
                <th scope="row">${rowLabel(r)}</th>
                ${r.cells.map((cell) => html`<td>${cell}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}
