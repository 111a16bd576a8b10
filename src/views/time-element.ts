// The <time> element: the exact instant in `datetime`, the date for people in its text.
import { type Html, html } from './html.ts';
import { type DateOptions, formatDate } from './format-date.ts';

/**
 * `<time datetime="2026-03-01T21:30:00.000Z">2 March 2026</time>`: the text in the site's
 * language and timezone, the attribute the stored instant (an offset of Z, so exact).
 */
export function renderTime(iso: string, options: DateOptions): Html {
  return html`<time datetime="${iso}">${formatDate(iso, options)}</time>`;
}
