// Bar and line charts write their data tables through one function, so both are the same
// accessible table: a caption, a header per series, a header per row, one cell per value.
import { describe, expect, it } from 'vitest';
import { adminTranslatorFor } from '../../../i18n/index.ts';
import { renderChartTable } from './bar-chart.ts';
import { renderLineChartTable } from './line-chart.ts';

const squash = (h: unknown) => String(h).replace(/\s+/g, ' ').replace(/> </g, '><');

const ui = adminTranslatorFor('en');

describe('chart data tables', () => {
  it('writes a bar chart’s rows as counts per series', () => {
    const table = squash(
      renderChartTable(ui, {
        id: 'c',
        title: 'Verdicts',
        description: '',
        rowHeader: 'Day',
        series: [
          { label: 'Ham', tone: 3 },
          { label: 'Spam', tone: 2 },
        ],
        rows: [{ label: 'Mon', values: [3, 1] }],
      }),
    );
    expect(table).toContain('<summary>Verdicts: data table</summary>');
    expect(table).toContain(
      '<div class="admin-table-wrap" tabindex="0" role="region" aria-label="Verdicts">',
    );
    expect(table).toContain('<th scope="col">Day</th><th scope="col">Ham</th><th scope="col">Spam</th>');
    expect(table).toContain('<tr><th scope="row">Mon</th><td>3</td><td>1</td></tr>');
  });

  it('writes a line chart’s points as shares, one row per x, a dash where a line has none', () => {
    const table = squash(
      renderLineChartTable(ui, {
        id: 'l',
        title: 'Learning',
        description: '',
        xLabel: 'Comments',
        xAxis: (max) => `${max} comments`,
        yLabel: 'Share',
        series: [
          {
            label: 'Caught',
            points: [
              { x: 10, y: 0.5 },
              { x: 20, y: 0.754 },
            ],
          },
          { label: 'Wrong', points: [{ x: 20, y: 0.01 }] },
        ],
      }),
    );
    expect(table).toContain(
      '<div class="admin-table-wrap" tabindex="0" role="region" aria-label="Learning">',
    );
    expect(table).toContain(
      '<th scope="col">Comments</th><th scope="col">Caught</th><th scope="col">Wrong</th>',
    );
    expect(table).toContain('<tr><th scope="row">10</th><td>50%</td><td>—</td></tr>');
    expect(table).toContain('<tr><th scope="row">20</th><td>75%</td><td>1%</td></tr>');
  });
});
