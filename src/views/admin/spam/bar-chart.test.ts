// Bar charts take their colours from the admin's chart palette (a class per series, styled in
// admin.css for light and dark mode), never from a fixed fill that only suits a light page.
import { describe, expect, it } from 'vitest';
import { adminTranslatorFor } from '../../../i18n/index.ts';
import { adminCss } from '../assets.ts';
import { renderBarChart } from './bar-chart.ts';

const ui = adminTranslatorFor('en');

describe('bar chart colours', () => {
  const svg = String(
    renderBarChart(ui, {
      id: 'c',
      title: 'Verdicts',
      description: 'Verdicts per day',
      rowHeader: 'Day',
      series: [
        { label: 'Ham', tone: 3 },
        { label: 'Spam', tone: 2 },
      ],
      rows: [
        { label: 'Mon', values: [3, 1] },
        { label: 'Tue', values: [0, 2] },
      ],
    }),
  );

  it('has no fixed colour: every bar and legend swatch names a palette class', () => {
    expect(svg).not.toMatch(/fill="#|stroke="#/);
    expect(svg.match(/class="chart-fill--3"/g)).toHaveLength(2); // one bar, one swatch
    expect(svg.match(/class="chart-fill--2"/g)).toHaveLength(3); // two bars, one swatch
  });

  it('finds each palette class in admin.css, filled from the checked chart colours', () => {
    for (const tone of [1, 2, 3, 4])
      expect(adminCss).toMatch(new RegExp(`\\.chart-fill--${tone} \\{\\s*fill: var\\(--chart-${tone}\\);`));
  });
});
